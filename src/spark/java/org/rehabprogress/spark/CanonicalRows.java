package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Records;
import org.rehabprogress.spark.KindInput.Format;

/**
 * Reads one canonical file with Spark into records of text cells, one row per record: the cells as
 * written (an empty cell as ""), the trimmed patient_id cell to group by, and where the record is
 * (which file, its order in the file, its line or row when the engine knows it). CSV goes through
 * Spark's CSV reader (RFC 4180 quoting, quoted line breaks); a record that reader cannot split to
 * the header's width is split again by rehab's own parser, so that its cells, and so its reject,
 * are the CLI's.
 */
final class CanonicalRows {

  /** The columns of a record row. */
  static final StructType SCHEMA =
      new StructType()
          .add("pid", DataTypes.StringType, false)
          .add("kind", DataTypes.IntegerType, false)
          .add("file", DataTypes.IntegerType, false)
          .add("seq", DataTypes.LongType, false)
          .add("line", DataTypes.LongType, true)
          .add("cells", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static final int PID = 0;
  static final int KIND = 1;
  static final int FILE = 2;
  static final int SEQ = 3;
  static final int LINE = 4;
  static final int CELLS = 5;

  private static final String CORRUPT = "_rehab_corrupt";
  private static final String FILE_NAME = "_rehab_file";
  private static final String ORDER = "_rehab_order";

  private CanonicalRows() {}

  /** Reads every file of one input into record rows. */
  static Dataset<Row> read(SparkSession spark, KindInput input) {
    int width = input.header().size();
    Dataset<Row> raw;
    boolean csv = input.format() == Format.CSV;
    if (csv) {
      List<String> names = columnNames(input.header());
      StructType schema = new StructType();
      for (int i = 0; i < width; i++) {
        schema = schema.add(names.get(i), DataTypes.StringType, true);
      }
      schema = schema.add(CORRUPT, DataTypes.StringType, true);
      raw =
          spark
              .read()
              .schema(schema)
              .option("header", "true")
              .option("enforceSchema", "true")
              .option("sep", String.valueOf(input.delimiter()))
              .option("quote", "\"")
              .option("escape", "\"")
              .option("multiLine", "true")
              .option("encoding", "UTF-8")
              .option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", CORRUPT)
              .option("ignoreLeadingWhiteSpace", "false")
              .option("ignoreTrailingWhiteSpace", "false")
              .csv(input.paths().toArray(String[]::new));
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        columns.add(col("`" + names.get(i).replace("`", "``") + "`"));
      }
      columns.add(col(CORRUPT));
      columns.add(col("_metadata.file_name").as(FILE_NAME));
      // A multi-line CSV file is never split: one task reads it in order, so this grows with it.
      columns.add(monotonically_increasing_id().as(ORDER));
      raw = raw.select(columns.toArray(Column[]::new));
    } else {
      Dataset<Row> parquet = spark.read().parquet(input.paths().toArray(String[]::new));
      List<Column> columns = new ArrayList<>();
      for (StructField field : parquet.schema().fields()) {
        columns.add(text(field));
      }
      columns.add(org.apache.spark.sql.functions.lit(null).cast(DataTypes.StringType).as(CORRUPT));
      columns.add(col("_metadata.file_name").as(FILE_NAME));
      columns.add(col("_metadata.row_index").as(ORDER));
      raw = parquet.select(columns.toArray(Column[]::new));
    }
    return raw.mapPartitions(new ToRecords(input), Encoders.row(SCHEMA));
  }

  /**
   * Returns the names of the CSV reader's columns: the header cells when they are distinct and
   * plain, so that Spark's header check passes quietly; else positional names (rehab matches the
   * header itself).
   */
  static List<String> columnNames(List<String> header) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean plain = true;
    for (String cell : header) {
      String name = cell.toLowerCase(java.util.Locale.ROOT);
      plain &=
          !cell.isEmpty() && cell.equals(cell.strip()) && !name.startsWith("_") && seen.add(name);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      names.add(plain ? header.get(i) : "c" + i);
    }
    return names;
  }

  /** A Parquet column as text: dates ISO, timestamps ISO local date-times, others cast. */
  private static Column text(StructField field) {
    Column c = col("`" + field.name().replace("`", "``") + "`");
    if (field.dataType() instanceof DateType) {
      return org.apache.spark.sql.functions.date_format(c, "yyyy-MM-dd");
    }
    if (field.dataType() instanceof TimestampType || field.dataType() instanceof TimestampNTZType) {
      return org.apache.spark.sql.functions.date_format(c, "yyyy-MM-dd'T'HH:mm:ss");
    }
    return c.cast(DataTypes.StringType);
  }

  /** Turns the reader's rows into record rows. */
  private static final class ToRecords implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final KindInput input;

    ToRecords(KindInput input) {
      this.input = input;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      int width = input.header().size();
      int patientColumn = patientColumn(input.header());
      boolean parquet = input.format() == Format.PARQUET;
      Map<String, Integer> fileIndex = new HashMap<>();
      for (int i = 0; i < input.fileNames().size(); i++) {
        fileIndex.put(input.fileNames().get(i), i);
      }
      int kind = input.kind().ordinal();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String corrupt = r.getString(width);
          String fileName = r.getString(width + 1);
          long order = r.getLong(width + 2);
          String[] cells;
          if (corrupt != null) {
            try {
              cells = Records.split(corrupt, input.delimiter(), input.name());
            } catch (InputFileException e) {
              throw new JobFailure(e);
            }
          } else {
            cells = new String[width];
            for (int i = 0; i < width; i++) {
              String v = r.getString(i);
              cells[i] = v == null ? "" : v;
            }
          }
          String pid =
              patientColumn >= 0 && patientColumn < cells.length
                  ? cells[patientColumn].strip()
                  : "";
          Integer file = fileIndex.get(fileName);
          return RowFactory.create(
              pid,
              kind,
              file == null ? 0 : file,
              order,
              parquet ? Long.valueOf(order + 1) : null,
              cells);
        }
      };
    }
  }

  /** Returns the patient_id column's position, matched as rehab matches header cells. */
  static int patientColumn(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().toLowerCase(java.util.Locale.ROOT).equals("patient_id")) {
        return i;
      }
    }
    return -1;
  }
}
