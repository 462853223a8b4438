package org.rehabprogress.spark;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into its lines: at line ends outside quoted cells. */
final class Lines {

  private Lines() {}

  /** Returns the lines of CSV text, without their line ends. */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        lines.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
