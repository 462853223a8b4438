package org.rehabprogress.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.ingest.CanonicalReader;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.ingest.ReadOptions;
import org.rehabprogress.ingest.Reject;

@org.junit.jupiter.api.extension.ExtendWith(SharedSpark.class)
class IntakeTest {

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/fixtures/spark/messy"})
  void readsEveryRowAsTheCliDoes(String folder) throws Exception {
    Path in = Path.of(folder);
    Dataset cli =
        CanonicalReader.read(
            InputFolder.of(in, null, null, null, null), new ReadOptions(null, 2, null));
    SparkSession spark = SharedSpark.get();
    List<KindInput> inputs = InputFiles.find(spark, in.toAbsolutePath().toString(), null);
    org.apache.spark.sql.Dataset<Row> stage =
        Grouping.byPatient(spark, inputs)
            .mapPartitions(new LedgerStage(inputs, null), Encoders.row(StageRows.SCHEMA))
            .cache();

    assertEquals(cli.ledgers(), Ledgers.sum(stage, inputs));
    List<String> expected = new ArrayList<>();
    for (Reject r : cli.rejects()) {
      expected.add(r.file() + "|" + r.column() + "|" + r.value() + "|" + r.reason());
    }
    List<String> actual = new ArrayList<>();
    for (Row r : Ledgers.rejects(stage).collectAsList()) {
      actual.add(
          r.getAs("file")
              + "|"
              + r.getAs("column")
              + "|"
              + r.getAs("value")
              + "|"
              + r.getAs("reason"));
    }
    assertEquals(expected, actual);
    stage.unpersist();
  }
}
