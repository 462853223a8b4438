package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.Duplicate;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.Reject;

/** Formats the account of every row read, and the first rejects, as terminal lines. */
public final class LedgerText {

  private LedgerText() {}

  /** Returns the ledger table: one line per file, rows read = accepted + rejected + duplicates. */
  public static List<String> table(List<FileLedger> ledgers) {
    List<String> lines = new ArrayList<>();
    int width = "file".length();
    for (FileLedger l : ledgers) {
      width = Math.max(width, l.file().length());
    }
    String row = "%-" + width + "s  %10s  %10s  %10s  %10s";
    lines.add(
        String.format(Locale.ROOT, row, "file", "rows read", "accepted", "rejected", "duplicates"));
    for (FileLedger l : ledgers) {
      lines.add(
          String.format(
              Locale.ROOT, row, l.file(), l.read(), l.accepted(), l.rejected(), l.duplicates()));
    }
    return lines;
  }

  /**
   * Returns a reject as the terminal shows it: its value shortened and control characters made
   * visible ({@link TerminalText}).
   */
  public static String shown(Reject r) {
    return TerminalText.quoting(r.describe(), r.value());
  }

  /** Returns the first {@code limit} rejects and duplicates, one line each, with headings. */
  public static List<String> problems(Dataset data, int limit) {
    List<String> lines = new ArrayList<>();
    List<Reject> rejects = data.rejects();
    if (!rejects.isEmpty()) {
      lines.add(
          rejects.size() <= limit
              ? "Rejected rows (" + rejects.size() + "):"
              : "Rejected rows (first " + limit + " of " + rejects.size() + "):");
      rejects.stream().limit(limit).forEach(r -> lines.add("  " + shown(r)));
    }
    List<Duplicate> duplicates = data.duplicates();
    if (!duplicates.isEmpty()) {
      lines.add(
          duplicates.size() <= limit
              ? "Exact repeats, counted once (" + duplicates.size() + "):"
              : "Exact repeats, counted once (first " + limit + " of " + duplicates.size() + "):");
      duplicates.stream()
          .limit(limit)
          .forEach(
              d -> lines.add("  " + d.file() + ":" + d.line() + ": repeats line " + d.firstLine()));
    }
    return lines;
  }
}
