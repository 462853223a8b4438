package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.report.PatientContext;

/**
 * Same bytes on a rerun, nothing live from hostile input, and an earlier report kept on failure.
 */
class ReportTrustTest {

  private static final Pattern LIVE_TAG =
      Pattern.compile("<\\s*/?\\s*(script|img|iframe|object|embed)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[A-Za-z][^>]*>");
  private static final Pattern HANDLER =
      Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  private Path run(Path out, ReportCharts charts) throws Exception {
    ReportRun.run(ReportFixture.request(out, false, true), charts, ReportProgress.NONE);
    return out;
  }

  private static Map<String, byte[]> files(Path folder) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void rerunsWithTheSameRunDateGiveTheSameBytes() throws Exception {
    Map<String, byte[]> first = files(run(dir.resolve("one"), new FakeCharts()));
    Map<String, byte[]> second = files(run(dir.resolve("two"), new FakeCharts()));
    assertEquals(first.keySet(), second.keySet());
    // 12 patients x (page + 3 SVG + 3 PNG) + 5 tables + the overview in two orders
    assertEquals(12 * 7 + 7, first.size());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), second.get(name), name);
    }
  }

  @Test
  void givesTheSameBytesUnderGermanAndTurkishLocales() throws Exception {
    Map<String, byte[]> english = files(run(dir.resolve("en"), new FakeCharts()));
    Locale before = Locale.getDefault();
    try {
      for (String tag : List.of("de-DE", "tr-TR")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Map<String, byte[]> other = files(run(dir.resolve(tag), new FakeCharts()));
        assertEquals(english.keySet(), other.keySet());
        for (String name : english.keySet()) {
          assertArrayEquals(english.get(name), other.get(name), tag + " " + name);
        }
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void escapesEveryHostileStringInThePages() throws Exception {
    Map<String, byte[]> files = files(run(dir.resolve("report"), new FakeCharts()));
    int pages = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith(".html")) {
        pages++;
        String html = new String(f.getValue(), StandardCharsets.UTF_8);
        assertFalse(LIVE_TAG.matcher(html).find(), f.getKey());
        TAG.matcher(html)
            .results()
            .forEach(tag -> assertFalse(HANDLER.matcher(tag.group()).find(), tag.group()));
      }
    }
    assertEquals(14, pages);
    String wor = new String(files.get("patients/WOR.html"), StandardCharsets.UTF_8);
    assertTrue(wor.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), wor);
    assertTrue(wor.contains("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>"), wor);
  }

  @Test
  void neutralisesFormulaCellsInTheCsvFiles() throws Exception {
    Path out = run(dir.resolve("report"), new FakeCharts());
    String comparison = Files.readString(out.resolve("activity_comparison.csv"));
    assertTrue(
        comparison.contains("UNC2,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",UNCLASSIFIED,"),
        comparison);
  }

  @Test
  void keepsPatientFilesInsideTheirFolders() throws Exception {
    Path out = run(dir.resolve("report"), new FakeCharts());
    assertTrue(Files.isRegularFile(out.resolve("patients/~...html")));
    assertTrue(Files.isRegularFile(out.resolve("charts/~..-timeline.svg")));
    assertTrue(Files.isRegularFile(out.resolve("patients/P9.html")));
    assertTrue(Files.isRegularFile(out.resolve("patients/p9~2.html")));
    assertEquals(List.of("report"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void reportJsonHoldsTheFiguresAndTheProvenance() throws Exception {
    Path out = run(dir.resolve("report"), new FakeCharts());
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals("2026-10", json.get("month").asText());
    JsonNode imp = json.get("patients").get(2);
    assertEquals("IMP", imp.get("patient_id").asText());
    // 280 minutes over the 31 days of October: exactly 7 * 280 / 31 = 1960 / 31, whose nearest
    // double is 63.225806451612904 (280 / (31 / 7.0), rounded twice, gave 63.2258064516129)
    assertEquals(63.225806451612904, imp.get("summary").get("low_impact_min_per_week").asDouble());
    assertEquals("IMPROVED", imp.get("summary").get("status").asText());
    assertEquals("IMPORTANT_IMPROVEMENT", imp.get("gad7_change").asText());
    assertTrue(imp.get("next_day_pain_by_exposure").get("other").get("mean").isNull());
    assertEquals(
        "pain 6.00 -> 3.00: change -3.00 points <= -2.0: IMPROVED (Farrar et al. 2001; Ostelo et al."
            + " 2008)",
        imp.get("rule").asText());
    JsonNode provenance = json.get("provenance");
    assertEquals("2026-11-01", provenance.get("run_date").asText());
    assertEquals(ToolVersion.get(), provenance.get("tool_version").asText());
    JsonNode inputs = provenance.get("inputs");
    List<String> names = List.of("activities.csv", "symptoms.csv", "patients.csv", "events.csv");
    assertEquals(names.size(), inputs.size());
    for (int i = 0; i < names.size(); i++) {
      Path file = ReportFixture.folder("clinic").resolve(names.get(i));
      assertEquals(names.get(i), inputs.get(i).get("name").asText());
      assertEquals(Files.size(file), inputs.get(i).get("bytes").asLong());
      assertEquals(sha256(Files.readAllBytes(file)), inputs.get(i).get("sha256").asText());
    }
    assertEquals(
        CatalogCsv.sha256(CatalogCsv.builtin()), provenance.get("catalog").get("sha256").asText());
    assertEquals("2026-10", provenance.get("parameters").get("month").asText());
    assertTrue(provenance.get("parameters").get("png").asBoolean());
    assertTrue(provenance.get("parameters").get("catalog").isNull());
  }

  @Test
  void aFailureMidRunLeavesTheEarlierReportAndNoTemporaryFolder() throws Exception {
    Path out = run(dir.resolve("report"), new FakeCharts());
    Map<String, byte[]> before = files(out);
    ReportCharts failing =
        new FakeCharts() {
          @Override
          public DrawnCharts draw(
              PatientResult result, PatientContext context, boolean png, boolean pdf) {
            if (result.patientId().equals("PER")) {
              throw new IllegalStateException("chart failed");
            }
            return super.draw(result, context, png, pdf);
          }
        };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(out, failing));
    assertEquals("chart failed", e.getMessage());
    Map<String, byte[]> after = files(out);
    assertEquals(before.keySet(), after.keySet());
    for (String name : before.keySet()) {
      assertArrayEquals(before.get(name), after.get(name), name);
    }
    assertEquals(List.of("report"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void anOutputFolderThatCannotBeMadeLeavesNothingBehind() throws Exception {
    Files.writeString(dir.resolve("file"), "not a folder");
    OutputFailure e =
        assertThrows(OutputFailure.class, () -> run(dir.resolve("file/report"), new FakeCharts()));
    assertEquals(
        "cannot write "
            + dir.resolve("file/report")
            + ": a file is in the way (file); check that place, or write somewhere else (nothing"
            + " there changed)",
        e.getMessage());
    assertEquals(List.of("file"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
