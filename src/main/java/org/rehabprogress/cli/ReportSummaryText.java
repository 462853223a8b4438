package org.rehabprogress.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.pipeline.ReportOutcome;
import org.rehabprogress.report.LedgerText;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.ReportedPatient;
import org.rehabprogress.report.TerminalText;

/** The terminal summary of a report run: where it wrote, patients per status, the ledger. */
final class ReportSummaryText {

  private static final int SHOWN = 10;

  private ReportSummaryText() {}

  static List<String> lines(ReportOutcome outcome) {
    MonthReport report = outcome.report();
    List<String> lines = new ArrayList<>();
    int n = report.patients().size();
    lines.add(
        "Report for "
            + report.month()
            + " written to "
            + outcome.folder()
            + ": "
            + n
            + (n == 1 ? " patient" : " patients")
            + "; open "
            + outcome.folder().resolve("index.html"));
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
    lines.add(
        "  WORSE "
            + byStatus[Status.WORSE.ordinal()]
            + ", UNCHANGED "
            + byStatus[Status.UNCHANGED.ordinal()]
            + ", INSUFFICIENT_DATA "
            + byStatus[Status.INSUFFICIENT_DATA.ordinal()]
            + ", IMPROVED "
            + byStatus[Status.IMPROVED.ordinal()]
            + "; review flag "
            + review
            + ", persistent pain flag "
            + persistent
            + ", lost to follow-up "
            + lost);
    if (report.notCovered() > 0) {
      lines.add(
          "  "
              + report.notCovered()
              + " more in the input not in treatment by "
              + report.monthEnd()
              + " (left out)");
    }
    lines.addAll(LedgerText.table(report.ledgers()));
    lines.addAll(LedgerText.problems(outcome.data(), SHOWN));
    if (!report.unclassified().isEmpty()) {
      lines.add("Unclassified activities (counted as neutral; add them to a catalog file):");
      for (Map.Entry<String, Long> e : report.unclassified().entrySet()) {
        long k = e.getValue();
        lines.add(
            "  " + TerminalText.value(e.getKey()) + " (" + k + (k == 1 ? " entry)" : " entries)"));
      }
    }
    return lines;
  }
}
