package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;

/**
 * rehab report --pdf (SPEC section 4): a one-page A4 PDF per patient that states the verdict and
 * its rule, clinic.pdf with the overview, text at 8 pt or more (chart text included), and the same
 * bytes on a rerun. Read back with PDFBox.
 */
class ReportPdfTest {

  @TempDir Path dir;

  private Path report(Inputs inputs, YearMonth month, String name, boolean pdf) throws Exception {
    Path out = dir.resolve(name);
    ReportRequest request =
        new ReportRequest(inputs, month, out, null, false, false, pdf, ReportFixture.AS_OF, null);
    assertTrue(ReportRun.run(request, ChartDrawing.INSTANCE, ReportProgress.NONE).written());
    return out;
  }

  /** The text of a PDF with the smallest font size of its characters, in points. */
  private record Text(int pages, String text, float smallest, float width, float height) {}

  private static Text text(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      float[] smallest = {Float.MAX_VALUE};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                  // The size on the page: the font size times the text matrix's scale (chart text
                  // is drawn at size 1 and scaled).
                  smallest[0] = Math.min(smallest[0], p.getYScale());
                }
              }
              super.writeString(text, positions);
            }
          };
      String text = stripper.getText(pdf);
      return new Text(
          pdf.getNumberOfPages(),
          text,
          smallest[0],
          pdf.getPage(0).getMediaBox().getWidth(),
          pdf.getPage(0).getMediaBox().getHeight());
    }
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder.resolve("patients"))) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  /**
   * Returns each patient's id, status word as the page shows it, and PDF file, from report.json.
   */
  private static List<String[]> statuses(Path folder) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (JsonNode p :
        new ObjectMapper().readTree(folder.resolve("report.json").toFile()).get("patients")) {
      String page = p.get("page").asText();
      rows.add(
          new String[] {
            p.get("patient_id").asText(),
            p.get("summary").get("status").asText().replace('_', ' '),
            page.substring(0, page.length() - ".html".length()) + ".pdf"
          });
    }
    return rows;
  }

  private static void everyPatientHasAOnePagePdfWithTheVerdict(Path out, String month)
      throws IOException {
    List<String[]> statuses = statuses(out);
    assertEquals(statuses.size(), pdfs(out).size());
    for (String[] s : statuses) {
      Path file = out.resolve(s[2]);
      Text t = text(file);
      assertEquals(1, t.pages(), s[0]);
      // A4 portrait: 210 x 297 mm is 595.3 x 841.9 points
      assertEquals(595.3, t.width(), 0.1);
      assertEquals(841.9, t.height(), 0.1);
      assertTrue(t.text().contains("Patient " + s[0] + ": " + month), t.text());
      assertTrue(t.text().contains(" " + s[1]), s[0] + " " + s[1] + "\n" + t.text());
      assertTrue(t.text().contains("How this was decided: "), t.text());
      assertTrue(t.text().contains("Since last month"), t.text());
      assertTrue(t.smallest() >= 8f, s[0] + ": " + t.smallest() + " pt");
    }
  }

  @Test
  void writesAOnePagePdfPerPatientThatStatesTheVerdict() throws Exception {
    Path out = report(ReportFixture.inputs("clinic"), ReportFixture.MONTH, "pdf", true);
    everyPatientHasAOnePagePdfWithTheVerdict(out, "October 2026");
    Text imp = text(out.resolve("patients/IMP.pdf"));
    assertTrue(imp.text().contains("▼ IMPROVED, was INSUFFICIENT DATA in September"), imp.text());
    assertTrue(
        imp.text()
            .contains(
                "How this was decided: pain 6.00 → 3.00: change -3.00 points ≤ -2.0: IMPROVED"),
        imp.text());
    // The timeline is drawn into the page, its text included.
    assertTrue(imp.text().contains("IMP: pain by day"), imp.text());
    Text clinic = text(out.resolve("clinic.pdf"));
    assertTrue(clinic.pages() >= 1);
    // A4 landscape
    assertEquals(841.9, clinic.width(), 0.1);
    assertTrue(clinic.text().contains("Clinic report: October 2026"), clinic.text());
    assertTrue(clinic.text().contains("▲ WORSE"), clinic.text());
    assertTrue(clinic.smallest() >= 8f, clinic.smallest() + " pt");
  }

  @Test
  void givesTheSameBytesOnARerun() throws Exception {
    Path one = report(ReportFixture.inputs("clinic"), ReportFixture.MONTH, "one", true);
    Path two = report(ReportFixture.inputs("clinic"), ReportFixture.MONTH, "two", true);
    for (Path file : pdfs(one)) {
      assertArrayEquals(
          Files.readAllBytes(file),
          Files.readAllBytes(two.resolve("patients").resolve(file.getFileName())),
          file.getFileName().toString());
    }
    assertArrayEquals(
        Files.readAllBytes(one.resolve("clinic.pdf")),
        Files.readAllBytes(two.resolve("clinic.pdf")));
  }

  @Test
  void writesNoPdfWithoutBeingAsked() throws Exception {
    Path out = report(ReportFixture.inputs("clinic"), ReportFixture.MONTH, "nopdf", false);
    assertEquals(List.of(), pdfs(out));
    assertTrue(Files.notExists(out.resolve("clinic.pdf")));
  }

  @Test
  void givesEveryPatientOfTheSampleDataAOnePagePdf() throws Exception {
    Inputs sample = new Inputs(ProjectRoot.sampleData(), null, null, null, null, null, null);
    Path out = report(sample, YearMonth.of(2026, 10), "sample", true);
    everyPatientHasAOnePagePdfWithTheVerdict(out, "October 2026");
  }
}
