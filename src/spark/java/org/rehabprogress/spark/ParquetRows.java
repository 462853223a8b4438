package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * A Parquet input as the shuffle route's rows ({@link RecordRows#SCHEMA}), read by Spark's
 * vectorised Parquet reader: each row's columns as the text a CSV cell would hold (dates ISO,
 * timestamps ISO local date-times, numbers as Spark writes them, null as empty), placed by its file
 * (its segment: one per file) and its row number in the file (its line).
 */
final class ParquetRows {

  private static final String FILE = "_rehab_file";
  private static final String ROW = "_rehab_row";

  private ParquetRows() {}

  /**
   * Returns the rows of one Parquet input.
   *
   * @param cells whether rows hold the record's cells (else its CSV bytes)
   */
  static Dataset<Row> read(SparkSession spark, KindInput input, boolean cells) {
    Dataset<Row> parquet = spark.read().parquet(input.paths().toArray(String[]::new));
    List<Column> columns = new ArrayList<>();
    for (StructField field : parquet.schema().fields()) {
      columns.add(text(field));
    }
    columns.add(col("_metadata.file_name").as(FILE));
    columns.add(col("_metadata.row_index").as(ROW));
    return parquet
        .select(columns.toArray(Column[]::new))
        .mapPartitions(new ToRows(input, cells), Encoders.row(RecordRows.SCHEMA));
  }

  /** A column as text: dates ISO, timestamps ISO local date-times, others cast. */
  private static Column text(StructField field) {
    Column c = col("`" + field.name().replace("`", "``") + "`");
    if (field.dataType() instanceof DateType) {
      return functions.date_format(c, "yyyy-MM-dd");
    }
    if (field.dataType() instanceof TimestampType || field.dataType() instanceof TimestampNTZType) {
      return functions.date_format(c, "yyyy-MM-dd'T'HH:mm:ss");
    }
    return c.cast(DataTypes.StringType);
  }

  /** Turns the reader's rows into the shuffle route's. */
  private static final class ToRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final KindInput input;
    private final boolean cells;

    ToRows(KindInput input, boolean cells) {
      this.input = input;
      this.cells = cells;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      int width = input.header().size();
      int column = input.patientColumn();
      int kind = input.kind().ordinal();
      Map<String, Integer> fileIndex = new HashMap<>();
      for (int i = 0; i < input.parts().size(); i++) {
        fileIndex.put(input.parts().get(i).name(), i);
      }
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String[] record = new String[width];
          for (int i = 0; i < width; i++) {
            String v = r.getString(i);
            record[i] = v == null ? "" : v;
          }
          Integer file = fileIndex.get(r.getString(width));
          return RowFactory.create(
              column >= 0 ? record[column].strip() : "",
              kind,
              RecordRows.place(
                  kind, Segment.position(file == null ? 0 : file, r.getLong(width + 1) + 1)),
              cells ? null : RecordText.of(record, ','),
              cells ? record : null,
              null);
        }
      };
    }
  }
}
