package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Input text built to break things (control characters, terminal escapes, bidirectional overrides,
 * XML's forbidden characters, a 5,000-character name) in event text, activity names and sites:
 * every chart still parses as XML, no page holds a character XML forbids, and the terminal shows
 * escapes instead of acting on them.
 */
class HostileTextTest {

  /** Characters XML 1.0 forbids or a terminal acts on, each one in some text below. */
  private static final String NASTY =
      "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085\u009b\ufffe\uffff\u202e";

  /** A terminal's retitle and clear-screen sequences. */
  private static final String ESCAPES = "\u001b]0;owned\u0007\u001b[2J\u001b[H";

  private static final String ACTIVITY = "Yard work " + ESCAPES + NASTY;
  private static final String SITE = "North " + NASTY + " clinic";
  private static final String LONG = "Walk" + "x".repeat(5000);

  @TempDir static Path dir;

  private static Path data;

  @BeforeAll
  static void hostileClinic() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    StringBuilder patients = new StringBuilder("patient_id,treatment_start,site\n");
    StringBuilder symptoms = new StringBuilder("patient_id,date,pain,notes\n");
    StringBuilder activities = new StringBuilder("patient_id,date,activity,duration_min\n");
    StringBuilder events = new StringBuilder("patient_id,date,event\n");
    LocalDate start = LocalDate.parse("2026-08-01");
    for (int p = 0; p < 12; p++) {
      String id = "P" + p;
      patients.append(id).append(",2026-08-01,").append(csv(SITE)).append('\n');
      for (int d = 0; d < 92; d++) {
        LocalDate day = start.plusDays(d);
        symptoms
            .append(id)
            .append(',')
            .append(day)
            .append(',')
            .append(3 + (d + p) % 5)
            .append(',')
            .append(csv("note " + NASTY))
            .append('\n');
        String activity = d % 3 == 0 ? ACTIVITY : d % 3 == 1 ? "Golf" : "Walking";
        activities.append(id).append(',').append(day).append(',').append(csv(activity));
        activities.append(",30\n");
      }
      activities.append(id).append(",2026-08-02,").append(LONG).append(",20\n");
      events
          .append(id)
          .append(",2026-08-20,")
          .append(csv("injection " + ESCAPES + NASTY + " <b>&amp;"))
          .append('\n');
    }
    // A rejected row whose value is a terminal escape.
    symptoms.append("P0,2026-08-03,").append(csv("7" + ESCAPES)).append(",\n");
    write("patients.csv", patients);
    write("symptoms.csv", symptoms);
    write("activities.csv", activities);
    write("events.csv", events);
  }

  private static String csv(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static void write(String name, CharSequence text) throws IOException {
    Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void everyReportChartParsesAsXmlAndNoPageHoldsAForbiddenCharacter() throws Exception {
    Path out = dir.resolve("report");
    Run run = Run.of("report", "--in", data.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    List<Path> charts = files(out.resolve("charts"), ".svg");
    assertEquals(36, charts.size());
    for (Path chart : charts) {
      parse(Files.readString(chart), chart.toString());
    }
    List<Path> pages = files(out, ".html");
    // 12 patient pages and the overview in two orders (index.html, index-by-change.html)
    assertEquals(14, pages.size());
    for (Path page : pages) {
      String html = Files.readString(page);
      assertFalse(hasForbidden(html), page.toString());
      for (String svg : inlineSvgs(html)) {
        parse(svg, page.toString());
      }
    }
    String overview = Files.readString(out.resolve("index.html"));
    assertTrue(
        overview.contains("Yard work \ufffd]0;owned"), "the name is shown, its controls replaced");
  }

  @Test
  void everyPdfIsWrittenWhateverTheTextHolds() throws Exception {
    Path out = dir.resolve("report-pdf");
    Run run =
        Run.of("report", "--in", data.toString(), "--out", out.toString(), "--quiet", "--pdf");
    assertEquals(0, run.exit(), run.err());
    List<Path> pdfs = files(out.resolve("patients"), ".pdf");
    assertEquals(12, pdfs.size());
    for (Path pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        assertEquals(1, document.getNumberOfPages(), pdf.toString());
      }
    }
    try (PDDocument clinic = Loader.loadPDF(out.resolve("clinic.pdf").toFile())) {
      assertTrue(new PDFTextStripper().getText(clinic).contains("Clinic report: "));
    }
  }

  @Test
  void everyCohortChartParsesAsXml() throws Exception {
    Path out = dir.resolve("cohort");
    Run run = Run.of("cohort", "--in", data.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(out.resolve("cohort.html"));
    assertFalse(hasForbidden(html));
    List<String> svgs = inlineSvgs(html);
    assertFalse(svgs.isEmpty());
    for (String svg : svgs) {
      parse(svg, "cohort.html");
    }
    assertTrue(html.contains("North \ufffd"), "the site is named, its controls replaced");
  }

  @Test
  void theTerminalShowsEscapesAndShortensLongValues() {
    Run run = Run.of("validate", "--in", data.toString(), "--quiet");
    assertEquals(3, run.exit(), run.err());
    String shown = run.out() + run.err();
    assertFalse(shown.contains("\u001b"), shown);
    assertFalse(shown.contains("\u202e"), shown);
    assertTrue(
        run.out()
            .contains(
                "  Yard work \\e]0;owned\\u0007\\e[2J\\e[H\\u0000\\u0001\\u0007\\u0008\\u000b\\u000c"
                    + "\\e\\u007f\\u0085\\u009b\\ufffe\\uffff\\u202e (372 entries)"),
        run.out());
    assertTrue(
        run.out().contains("  Walk" + "x".repeat(56) + "…(5004 characters) (12 entries)"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "  symptoms.csv:1106: pain \"7\\e]0;owned\\u0007\\e[2J\\e[H\" is not a number;"),
        run.out());
  }

  private static boolean hasForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t'
          || c >= 0x7f && c <= 0x9f
          || c == 0xfffe
          || c == 0xffff) {
        return true;
      }
    }
    return false;
  }

  private static List<String> inlineSvgs(String html) {
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      svgs.add(m.group());
    }
    return svgs;
  }

  private static void parse(String xml, String where) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try {
      factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (org.xml.sax.SAXException e) {
      throw new AssertionError(where + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static List<Path> files(Path folder, String ending) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    }
  }
}
