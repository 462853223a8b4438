package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class SourceCsvTest {

  @TempDir Path dir;

  private Path file(String text) throws Exception {
    Path file = dir.resolve("source.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void matchesHeadersAfterTrimmingInAnyCase() throws Exception {
    Path file = file("\uFEFF  Activity TYPE ,date\nWalking,2023-01-02\n");

    try (SourceCsv csv =
        SourceCsv.open(
            file, "source.csv", List.of("activity type"), "fix", SourceCsv.Names.UNIQUE)) {
      SourceCsv.Row row = csv.next();
      assertEquals("Walking", row.get("Activity Type"));
      assertEquals("2023-01-02", row.get("DATE"));
      assertEquals("line 2", row.location());
      assertNull(csv.next());
    }
  }

  @Test
  void readsTheFirstColumnOfARepeatedName() throws Exception {
    Path file = file("Elapsed Time,Distance,elapsed time\n60,1.5,1.0\n");

    try (SourceCsv csv =
        SourceCsv.open(file, "source.csv", List.of(), "fix", SourceCsv.Names.FIRST_OF_REPEATS)) {
      assertEquals("60", csv.next().get("Elapsed Time"));
    }
  }

  @Test
  void refusesAnUnnamedColumnWhereNamesMustBeUnique() throws Exception {
    Path file = file("Id,,SleepDay\n1,2,4/12/2016\n");

    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> SourceCsv.open(file, "source.csv", List.of(), "fix", SourceCsv.Names.UNIQUE));

    assertEquals(
        "source.csv:1: the header row is not valid CSV or names a column twice; fix",
        e.getMessage());
  }

  @Test
  void readsAnEmptyFileAsNoRecordsWhenNoColumnIsRequired() throws Exception {
    Path file = file("");

    try (SourceCsv csv =
        SourceCsv.open(file, "source.csv", List.of(), "fix", SourceCsv.Names.UNIQUE)) {
      assertNull(csv.next());
    }
  }

  @Test
  void refusesAnEmptyFileThatMustHaveAColumn() throws Exception {
    Path file = file("");

    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> SourceCsv.open(file, "source.csv", List.of("Id"), "fix", SourceCsv.Names.UNIQUE));

    assertEquals("source.csv:0: the file is empty; fix", e.getMessage());
  }
}
