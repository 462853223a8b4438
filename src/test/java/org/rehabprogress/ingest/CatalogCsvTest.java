package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogEntry;

class CatalogCsvTest {

  private static List<CatalogEntry> read(String text) throws InputFileException {
    return CatalogCsv.read(new StringReader(text), "catalog.csv");
  }

  private static String failure(String text) {
    return assertThrows(InputFileException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsRowsWithAliasesSplitOnBars() throws InputFileException {
    List<CatalogEntry> rows =
        read(
            "activity,class,reason,aliases\n"
                + "Swimming,LOW_IMPACT,builds core strength, swim | lap swimming ||\n"
                + "\"Golf, 18 holes\",flagged,\"twists the spine\",\n");

    assertEquals(
        List.of(
            new CatalogEntry(
                "Swimming", LOW_IMPACT, "builds core strength", List.of("swim", "lap swimming")),
            new CatalogEntry("Golf, 18 holes", FLAGGED, "twists the spine", List.of())),
        rows);
  }

  @Test
  void acceptsAByteOrderMarkAndHeaderInAnyCaseAndOrder() throws InputFileException {
    List<CatalogEntry> rows = read("\uFEFF Aliases , CLASS,Activity\nhike|trek,Neutral,Hiking\n");

    assertEquals(List.of(new CatalogEntry("Hiking", NEUTRAL, "", List.of("hike", "trek"))), rows);
  }

  @Test
  void leavesOptionalCellsOfAShortRowEmptyAndSkipsBlankRows() throws InputFileException {
    List<CatalogEntry> rows = read("activity,class,reason,aliases\n,,,\nWalking,LOW_IMPACT\n\n");

    assertEquals(List.of(new CatalogEntry("Walking", LOW_IMPACT, "", List.of())), rows);
  }

  @Test
  void rejectsAnUnknownClassWithItsLine() {
    String message =
        failure("activity,class,reason,aliases\n" + "Walking,LOW_IMPACT,,\n" + "Swimming,LOW,,\n");

    assertEquals(
        "catalog.csv:3: class \"LOW\" is not one of LOW_IMPACT, FLAGGED, NEUTRAL; fix the class",
        message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'activity,class\nWalking,UNCLASSIFIED\n'|catalog.csv:2: class \"UNCLASSIFIED\" is not one"
            + " of LOW_IMPACT, FLAGGED, NEUTRAL; fix the class",
        "'activity,class\nWalking,\n'|catalog.csv:2: class \"\" is not one of LOW_IMPACT, FLAGGED,"
            + " NEUTRAL; fix the class",
        "'activity,class,reason\n ,FLAGGED,why\n'|catalog.csv:2: activity is empty; name the"
            + " activity or delete the row",
        "''|catalog.csv:0: the file is empty; a catalog starts with the header"
            + " activity,class,reason,aliases",
        "'activity,class,alias\n'|catalog.csv:1: unknown column \"alias\"; the columns are"
            + " activity,class,reason,aliases",
        "'activity,reason\n'|catalog.csv:1: required column \"class\" is missing; the header needs"
            + " activity and class (reason and aliases are optional)",
        "'activity,class,Class\n'|catalog.csv:1: column \"class\" appears twice; keep one of them",
      })
  void rejectsABadFileWithOneLine(String text, String message) {
    assertEquals(message, failure(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'activity,class\nWalking,LOW_IMPACT\n\"Golf,FLAGGED\nTennis,FLAGGED\n'|catalog.csv:3: a"
            + " quoted value is not closed; quote the whole value and double any quote inside it",
        "'activity,class\n\"Walking\" fast,LOW_IMPACT\n'|catalog.csv:2: text follows a closing"
            + " quote; quote the whole value and double any quote inside it",
      })
  void rejectsMalformedCsvWithTheLineWhereTheQuoteBegan(String text, String message) {
    assertEquals(message, failure(text));
  }

  @Test
  void writesCsvThatReadsBackToTheSameCatalog() throws IOException, InputFileException {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(
                new CatalogEntry(
                    "Golf, 18 holes", FLAGGED, "twists \"the\" spine", List.of("golf")),
                new CatalogEntry("Walking", LOW_IMPACT, "", List.of("walk", "stroll"))));
    StringWriter out = new StringWriter();

    CatalogCsv.write(catalog, out);

    assertEquals(
        "activity,class,reason,aliases\n"
            + "\"Golf, 18 holes\",FLAGGED,\"twists \"\"the\"\" spine\",golf\n"
            + "Walking,LOW_IMPACT,,walk|stroll\n",
        out.toString());
    assertEquals(catalog.entries(), read(out.toString()));
  }

  @Test
  void hashesTheSameCatalogTheSameWhateverTheOrder() {
    CatalogEntry golf = new CatalogEntry("Golf", FLAGGED, "twists the spine", List.of("a", "b"));
    CatalogEntry walk = new CatalogEntry("Walking", LOW_IMPACT, "", List.of("walk"));
    CatalogEntry golfSwapped =
        new CatalogEntry("Golf", FLAGGED, "twists the spine", List.of("b", "a"));
    CatalogEntry golfNeutral = new CatalogEntry("Golf", NEUTRAL, "twists the spine", List.of("a"));

    String hash = CatalogCsv.sha256(ActivityCatalog.of(List.of(golf, walk)));

    // printf 'activity,class,reason,aliases\nGolf,FLAGGED,twists the spine,a|b\n
    //   Walking,LOW_IMPACT,,walk\n' | sha256sum
    assertEquals("74002a432ab643b97d0a114e5d3edfbf2616ac0b0ba6c1eabd556d81dd256ad2", hash);
    assertEquals(hash, CatalogCsv.sha256(ActivityCatalog.of(List.of(walk, golfSwapped))));
    assertNotEquals(hash, CatalogCsv.sha256(ActivityCatalog.of(List.of(golfNeutral, walk))));
  }

  @Test
  void hashesTheEmptyCatalogAsItsHeader() {
    // printf 'activity,class,reason,aliases\n' | sha256sum
    assertEquals(
        "cd99c07ecfb5671f7ecf401faa147f610ff84e50c7f0bfc0e3b047619d55c426",
        CatalogCsv.sha256(ActivityCatalog.of(List.of())));
  }

  @Test
  void effectiveCatalogLetsAUserRowReplaceOrExtendTheBuiltIn(@TempDir Path dir)
      throws IOException, InputFileException {
    Path file = dir.resolve("mine.csv");
    Files.writeString(
        file,
        "activity,class,reason,aliases\n"
            + "Golf,NEUTRAL,putting only,\n"
            + "Nordic walking,FLAGGED,my patients overdo it,\n"
            + "Aqua zumba,LOW_IMPACT,,\n",
        StandardCharsets.UTF_8);

    ActivityCatalog builtin = CatalogCsv.effective(null);
    ActivityCatalog mine = CatalogCsv.effective(file);

    assertEquals(FLAGGED, builtin.classify("Golf"));
    assertEquals(NEUTRAL, mine.classify("golf"));
    assertEquals("putting only", mine.lookup("Golf").reason());
    assertEquals(FLAGGED, mine.classify("nordic_walking"));
    assertEquals(LOW_IMPACT, mine.classify("walk"));
    assertEquals(LOW_IMPACT, mine.classify("AquaZumba"));
    assertEquals(builtin.entries().size() + 2, mine.entries().size());
    assertNotEquals(CatalogCsv.sha256(builtin), CatalogCsv.sha256(mine));
    assertEquals(CatalogCsv.sha256(builtin), CatalogCsv.sha256(CatalogCsv.builtin()));
  }

  @Test
  void rejectsAMissingUserFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.csv");

    InputFileException e = assertThrows(InputFileException.class, () -> CatalogCsv.effective(file));

    assertEquals(file + ":0: file not found; check the --catalog path", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file, "activity,class\nNataci\u00f3n,LOW_IMPACT\n".getBytes(StandardCharsets.ISO_8859_1));

    InputFileException e = assertThrows(InputFileException.class, () -> CatalogCsv.readFile(file));

    assertEquals(
        file + ":0: the file is not valid UTF-8; save the catalog as UTF-8", e.getMessage());
  }

  @Test
  void rejectsAFolderGivenAsTheCatalog(@TempDir Path dir) {
    InputFileException e = assertThrows(InputFileException.class, () -> CatalogCsv.readFile(dir));

    assertTrue(
        e.getMessage()
            .matches(
                Pattern.quote(dir + ":0: cannot read the file (")
                    + ".+\\); check the --catalog path"),
        e.getMessage());
  }
}
