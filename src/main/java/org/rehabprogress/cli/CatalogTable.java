package org.rehabprogress.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.ActivityNames;
import org.rehabprogress.catalog.CatalogEntry;

/** Lays out a catalog as a text table grouped by class, for {@code rehab catalog}. */
final class CatalogTable {

  /** The line width the alias column wraps to, unless that leaves it narrower than its minimum. */
  static final int LINE_WIDTH = 120;

  private static final int MIN_ALIAS_WIDTH = 20;
  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private CatalogTable() {}

  /**
   * Returns the lines of the table: for each of LOW_IMPACT, FLAGGED and NEUTRAL a heading with its
   * count, then its activities in alphabetical order with reason and wrapped aliases.
   */
  static List<String> lines(ActivityCatalog catalog, int lineWidth) {
    int activityWidth = "ACTIVITY".length();
    int reasonWidth = "REASON".length();
    for (CatalogEntry e : catalog.entries()) {
      activityWidth = Math.max(activityWidth, e.activity().length());
      reasonWidth = Math.max(reasonWidth, e.reason().length());
    }
    int aliasColumn = INDENT.length() + activityWidth + GAP.length() + reasonWidth + GAP.length();
    int aliasWidth = Math.max(MIN_ALIAS_WIDTH, lineWidth - aliasColumn);
    List<String> lines = new ArrayList<>();
    for (ActivityClass c :
        List.of(ActivityClass.LOW_IMPACT, ActivityClass.FLAGGED, ActivityClass.NEUTRAL)) {
      List<CatalogEntry> group = new ArrayList<>();
      for (CatalogEntry e : catalog.entries()) {
        if (e.activityClass() == c) {
          group.add(e);
        }
      }
      group.sort(Comparator.comparing(e -> ActivityNames.key(e.activity())));
      lines.add("");
      lines.add(
          c.name() + " (" + group.size() + (group.size() == 1 ? " activity)" : " activities)"));
      if (group.isEmpty()) {
        continue;
      }
      lines.add(
          strip(
              INDENT
                  + pad("ACTIVITY", activityWidth)
                  + GAP
                  + pad("REASON", reasonWidth)
                  + GAP
                  + "ALIASES"));
      for (CatalogEntry e : group) {
        List<String> aliasLines = wrap(e.aliases(), aliasWidth);
        String first =
            INDENT + pad(e.activity(), activityWidth) + GAP + pad(e.reason(), reasonWidth) + GAP;
        lines.add(strip(first + (aliasLines.isEmpty() ? "" : aliasLines.get(0))));
        for (int i = 1; i < aliasLines.size(); i++) {
          lines.add(" ".repeat(aliasColumn) + aliasLines.get(i));
        }
      }
    }
    return lines;
  }

  /** Joins aliases with ", " into lines no wider than width, breaking only between aliases. */
  static List<String> wrap(List<String> aliases, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < aliases.size(); i++) {
      String item = aliases.get(i) + (i + 1 < aliases.size() ? "," : "");
      if (line.length() > 0 && line.length() + 1 + item.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(item);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String strip(String line) {
    return line.stripTrailing();
  }
}
