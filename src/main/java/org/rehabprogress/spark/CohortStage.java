package org.rehabprogress.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.cohort.ActivityGroups;
import org.rehabprogress.cohort.Admission;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.InputFileException;

/**
 * The cohort's per-patient stage, run in the executors: each patient's records through the CLI's
 * row rules, then through the cohort's per-patient analysis ({@link CohortAnalysis#admit}), one
 * patient at a time.
 */
final class CohortStage implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * What every task needs to know.
   *
   * @param inputs the job's inputs
   * @param datePattern the --date-format pattern, or null
   * @param catalogText the effective catalog as catalog CSV
   * @param from --from, or null
   * @param to --to, or null
   * @param minCell --min-cell
   */
  record Setup(
      List<KindInput> inputs,
      String datePattern,
      String catalogText,
      LocalDate from,
      LocalDate to,
      int minCell)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    Setup {
      inputs = List.copyOf(inputs);
    }

    /** Returns the catalog the text holds. */
    ActivityCatalog catalog() {
      try {
        return ActivityCatalog.of(CatalogCsv.read(new StringReader(catalogText), "catalog"));
      } catch (InputFileException e) {
        throw new IllegalStateException("the driver wrote this catalog", e);
      }
    }
  }

  private final Setup setup;

  CohortStage(Setup setup) {
    this.setup = setup;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ActivityCatalog catalog = setup.catalog();
    CohortParameters parameters = new CohortParameters(setup.from(), setup.to(), setup.minCell());
    DateTimeFormatter format =
        setup.datePattern() == null ? null : Dates.pattern(setup.datePattern());
    PatientGroups groups = new PatientGroups(rows);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return groups.hasNext();
      }

      @Override
      public Row next() {
        return patient(groups.next(), catalog, parameters, format);
      }
    };
  }

  private Row patient(
      PatientRecords records,
      ActivityCatalog catalog,
      CohortParameters parameters,
      DateTimeFormatter format) {
    Dataset data = records.read(setup.inputs(), format);
    List<Object> values = new ArrayList<>();
    values.add(records.patientId());
    values.add(StageRows.ledger(data).toArray());
    values.add(StageRows.rejects(data, records, setup.inputs()).toArray());
    List<String> written = data.activities().names();
    values.add(written.toArray(String[]::new));
    if (data.patientIds().isEmpty()) {
      // Every record was rejected: no patient.
      values.add(null);
      values.add(null);
      values.add(null);
      values.add(null);
    } else {
      ActivityGroups groups = ActivityGroups.of(data.activities(), catalog);
      List<ActivityClass> classes = List.copyOf(ActivityClasses.of(data.activities(), catalog));
      Admission a = CohortAnalysis.admit(data, 0, groups, classes, parameters);
      values.addAll(java.util.Arrays.asList(CohortRows.admission(a, groups, written)));
    }
    return RowFactory.create(values.toArray());
  }
}
