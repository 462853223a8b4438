package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabprogress.ingest.Duplicate;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.Reject;

/**
 * The overview's data-quality panel: the account of every input row, the first rejects and repeats,
 * the activity names the catalog does not know, and file warnings.
 *
 * @param ledger one row per input file: rows read = accepted + rejected + duplicates
 * @param rejects the first rejects
 * @param rejectCount all rejects
 * @param duplicates the first exact repeats
 * @param duplicateCount all exact repeats
 * @param unclassified the unknown activity names with their entries, in name order
 * @param warnings file-level warnings
 */
public record QualityView(
    List<FileLedger> ledger,
    List<RejectRow> rejects,
    int rejectCount,
    List<String> duplicates,
    int duplicateCount,
    List<NameCount> unclassified,
    List<String> warnings) {

  /** How many rejects and repeats the panel lists; the CSV files hold them all. */
  static final int SHOWN = 10;

  /** Copies the lists. */
  public QualityView {
    ledger = List.copyOf(ledger);
    rejects = List.copyOf(rejects);
    duplicates = List.copyOf(duplicates);
    unclassified = List.copyOf(unclassified);
    warnings = List.copyOf(warnings);
  }

  /**
   * A rejected row.
   *
   * @param where {@code file:line}
   * @param column the column at fault, or empty
   * @param value the cell as read
   * @param reason what is wrong and what is expected
   */
  public record RejectRow(String where, String column, String value, String reason) {}

  /**
   * An activity name and its number of entries.
   *
   * @param name the name as written
   * @param entries its entries, e.g. {@code 3 entries}
   */
  public record NameCount(String name, String entries) {}

  /** Returns whether no row was rejected or repeated. */
  public boolean clean() {
    return rejectCount == 0 && duplicateCount == 0;
  }

  /** Returns the panel of a report. */
  static QualityView of(MonthReport report) {
    List<RejectRow> rejects = new ArrayList<>();
    for (Reject r : report.rejects().subList(0, Math.min(SHOWN, report.rejects().size()))) {
      rejects.add(new RejectRow(r.file() + ":" + r.line(), r.column(), r.value(), r.reason()));
    }
    List<String> duplicates = new ArrayList<>();
    for (Duplicate d :
        report.duplicates().subList(0, Math.min(SHOWN, report.duplicates().size()))) {
      duplicates.add(d.file() + ":" + d.line() + " repeats line " + d.firstLine());
    }
    List<NameCount> unclassified = new ArrayList<>();
    for (Map.Entry<String, Long> e : report.unclassified().entrySet()) {
      unclassified.add(new NameCount(e.getKey(), Figures.count(e.getValue(), "entry", "entries")));
    }
    return new QualityView(
        report.ledgers(),
        rejects,
        report.rejects().size(),
        duplicates,
        report.duplicates().size(),
        unclassified,
        report.warnings());
  }
}
