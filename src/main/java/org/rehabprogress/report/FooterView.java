package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The footer of every page: the tool version, the run date, the input files and the catalog.
 *
 * @param tool {@code rehab 0.1.0}
 * @param runDate the run date, ISO
 * @param inputs one line per input file: name, size and the start of its SHA-256
 * @param catalog the catalog's name and the start of its SHA-256
 */
public record FooterView(String tool, String runDate, List<String> inputs, String catalog) {

  /** Copies the list. */
  public FooterView {
    inputs = List.copyOf(inputs);
  }

  /** Returns the footer of a report with this provenance. */
  static FooterView of(Provenance provenance) {
    List<String> inputs = new ArrayList<>();
    for (Provenance.InputFile f : provenance.inputs()) {
      inputs.add(
          f.name()
              + " ("
              + grouped(f.bytes())
              + " bytes, SHA-256 "
              + f.sha256().substring(0, Math.min(12, f.sha256().length()))
              + "\u2026)");
    }
    String sha = provenance.catalog().sha256();
    return new FooterView(
        "rehab " + provenance.toolVersion(),
        provenance.runDate().toString(),
        inputs,
        provenance.catalog().name()
            + " (SHA-256 "
            + sha.substring(0, Math.min(12, sha.length()))
            + "\u2026)");
  }

  /** Returns a count with commas between groups of three digits, e.g. {@code 1,234,567}. */
  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return n < 0 ? "-" + text : text.toString();
  }
}
