package org.rehabprogress.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;

/** Builds what index.html shows from a month's report. */
public final class IndexPage {

  private IndexPage() {}

  /**
   * Returns the overview of a report, each group in id order.
   *
   * @param report the report
   * @param sparklines each patient's pain sparkline (an SVG element), in the order of {@code
   *     report.patients()}
   * @throws IllegalArgumentException when a sparkline holds anything but drawing elements
   */
  public static IndexView view(MonthReport report, List<String> sparklines) {
    return view(report, sparklines, false);
  }

  /** The overview ordered by id within each group. */
  public static final String BY_ID_FILE = "index.html";

  /** The same overview ordered by the size of the pain change within each group. */
  public static final String BY_SIZE_FILE = "index-by-change.html";

  /**
   * Returns the overview of a report, each group ordered by the size of the pain change (largest
   * first) when {@code bySize}, else by id; each links to the other order.
   *
   * @param report the report
   * @param sparklines each patient's pain sparkline (an SVG element), in the order of {@code
   *     report.patients()}
   * @param bySize whether to order within groups by the size of the pain change
   * @throws IllegalArgumentException when a sparkline holds anything but drawing elements
   */
  public static IndexView view(MonthReport report, List<String> sparklines, boolean bySize) {
    if (sparklines.size() != report.patients().size()) {
      throw new IllegalArgumentException("one sparkline per patient expected");
    }
    Map<ReportedPatient, String> lines = new IdentityHashMap<>();
    for (int i = 0; i < sparklines.size(); i++) {
      lines.put(report.patients().get(i), InlineSvg.checked(sparklines.get(i)));
    }
    List<IndexView.Group> groups = new ArrayList<>();
    List<IndexView.Row> rows = new ArrayList<>();
    int rank = -1;
    for (ReportedPatient p : Overview.order(report.patients(), bySize)) {
      int next = Overview.rank(p.result());
      if (next != rank && !rows.isEmpty()) {
        groups.add(new IndexView.Group(Overview.title(rank), rows));
        rows = new ArrayList<>();
      }
      rank = next;
      rows.add(row(p, lines.get(p), report.month()));
    }
    if (!rows.isEmpty()) {
      groups.add(new IndexView.Group(Overview.title(rank), rows));
    }
    return new IndexView(
        "Clinic report: " + Figures.month(report.month()),
        report.monthStart() + " to " + report.monthEnd(),
        report.staleExport(),
        tallies(report),
        covered(report),
        Figures.month(report.month().minusMonths(1)),
        sites(report) > 1,
        bySize ? "size of the pain change, largest first" : "patient id",
        bySize ? BY_ID_FILE : BY_SIZE_FILE,
        bySize ? "patient id" : "size of the pain change, largest first",
        groups,
        QualityView.of(report),
        FooterView.of(report.provenance()));
  }

  /** Returns the number of distinct sites patients.csv gives for the patients covered. */
  private static long sites(MonthReport report) {
    return report.patients().stream()
        .map(p -> p.background().site())
        .filter(Objects::nonNull)
        .distinct()
        .count();
  }

  private static IndexView.Row row(ReportedPatient p, String sparkline, YearMonth month) {
    PatientResult r = p.result();
    PatientSummary s = r.summary();
    List<String> flags = new ArrayList<>();
    if (s.reviewFlag()) {
      flags.add("\u2691 review");
    }
    if (s.persistentPainFlag()) {
      flags.add("\u2691 persistent pain");
    }
    if (r.lostToFollowUp()) {
      flags.add("\u25CB lost to follow-up");
    }
    return new IndexView.Row(
        r.patientId(),
        "patients/" + p.fileName() + ".html",
        p.background().site() == null ? Figures.NONE : p.background().site(),
        Figures.symbol(s.status()),
        Figures.word(s.status()),
        Figures.css(s.status()),
        Figures.number(s.painBaseline()) + " \u2192 " + Figures.number(s.painCurrent()),
        change(s),
        flags,
        SinceLastMonth.cell(p.previous()),
        SinceLastMonth.marks(r, p.previous()),
        Integer.toString(s.weeksInTreatment()),
        Adherence.lowImpactCell(s, p.context()),
        Integer.toString(s.flaggedEntries()),
        s.daysLogged() + "/" + r.monthDays() + " (" + Figures.whole(s.completenessPct(), "%") + ")",
        sparkline);
  }

  private static String change(PatientSummary s) {
    if (!Double.isFinite(s.painChange())) {
      return Figures.NONE;
    }
    return Figures.signed(s.painChange())
        + (Double.isFinite(s.painChangePct())
            ? " (" + Figures.signed(s.painChangePct(), "%") + ")"
            : "");
  }

  private static List<IndexView.Tally> tallies(MonthReport report) {
    int[] byStatus = new int[Status.values().length];
    int review = 0;
    int persistent = 0;
    int lost = 0;
    for (ReportedPatient p : report.patients()) {
      PatientSummary s = p.result().summary();
      byStatus[s.status().ordinal()]++;
      review += s.reviewFlag() ? 1 : 0;
      persistent += s.persistentPainFlag() ? 1 : 0;
      lost += p.result().lostToFollowUp() ? 1 : 0;
    }
    List<IndexView.Tally> tallies = new ArrayList<>();
    for (Status s :
        List.of(Status.WORSE, Status.UNCHANGED, Status.INSUFFICIENT_DATA, Status.IMPROVED)) {
      tallies.add(
          new IndexView.Tally(
              Figures.symbol(s), Figures.word(s), byStatus[s.ordinal()], Figures.css(s)));
    }
    tallies.add(new IndexView.Tally("\u2691", "review flag", review, "flag"));
    tallies.add(new IndexView.Tally("\u2691", "persistent pain flag", persistent, "flag"));
    tallies.add(new IndexView.Tally("\u25CB", "lost to follow-up", lost, "lost"));
    return tallies;
  }

  private static String covered(MonthReport report) {
    String text =
        Figures.count(report.patients().size(), "patient", "patients")
            + " in treatment by "
            + report.monthEnd();
    if (report.notCovered() > 0) {
      text +=
          "; "
              + Figures.count(report.notCovered(), "patient", "patients")
              + " in the input not shown (treatment starts after the month, or nothing logged)";
    }
    return text;
  }
}
