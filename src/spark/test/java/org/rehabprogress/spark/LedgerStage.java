package org.rehabprogress.spark;

import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.Dates;

/** A stage that only reads each patient's records: its ledger lines and rejects. */
final class LedgerStage implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final List<KindInput> inputs;
  private final String datePattern;

  LedgerStage(List<KindInput> inputs, String datePattern) {
    this.inputs = List.copyOf(inputs);
    this.datePattern = datePattern;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    DateTimeFormatter format = datePattern == null ? null : Dates.pattern(datePattern);
    PatientGroups groups = new PatientGroups(rows);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return groups.hasNext();
      }

      @Override
      public Row next() {
        PatientRecords records = groups.next();
        Dataset data = records.read(inputs, format);
        return RowFactory.create(
            records.patientId(),
            StageRows.ledger(data).toArray(),
            StageRows.rejects(data, records, inputs).toArray());
      }
    };
  }
}
