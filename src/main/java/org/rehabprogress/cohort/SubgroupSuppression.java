package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.Wilson;

/**
 * The small-cell rules of SPEC section 5 on the subgroups of {@code rehab cohort --by} (section
 * 11), with {@code m} the threshold:
 *
 * <ul>
 *   <li>Each count of a subgroup (its patients; those with enough data, {@code n}; those improved,
 *       with the share and interval; those with an adjusted estimate, with the pooled effect) is
 *       hidden as small when it is 1 to {@code m - 1} itself, so that no text understates it.
 *   <li>Else {@code n} and the adjusted count are hidden as the subgroup's patients are (they would
 *       bound the hidden count, and often give it), and the improved count as {@code n} is.
 *   <li>Else a count is hidden as complementary when what it leaves of a shown total is 1 to {@code
 *       m - 1}: {@code patients - n} (without enough data), {@code n - improved} and {@code
 *       patients - improved} (not improved, and not improved by intention to treat), {@code
 *       patients} less the adjusted count.
 *   <li>Across subgroups, for each of these four counts: the subgroups add up to the cohort's
 *       total, and in a cross table ({@code --by sex,age_band}) each row and each column adds up to
 *       a margin that another run or table may show; so while any such line holds exactly one
 *       hidden count, its smallest shown count is hidden too, as complementary ({@link
 *       SmallCells#complement(int[], boolean[], List)}).
 *   <li>With {@code site} among the columns, a count that responders_by_site.csv hides for a site
 *       is hidden in every subgroup of that site, so that the two tables together reveal no more
 *       than each alone.
 * </ul>
 */
final class SubgroupSuppression {

  private SubgroupSuppression() {}

  /**
   * Returns the subgroups as they may be shown, in the given order.
   *
   * @param rows the subgroups at full precision
   * @param by the columns of {@code --by}
   * @param sites responders by site as shown (read only when {@code by} holds {@code site})
   * @param rules the threshold
   */
  static List<SubgroupCells> of(
      List<SubgroupFigures> rows, List<String> by, List<SiteCells> sites, SmallCells rules) {
    int count = rows.size();
    List<int[]> lines = lines(rows, by.size());
    int[] patients = new int[count];
    int[] n = new int[count];
    int[] improved = new int[count];
    int[] adjusted = new int[count];
    for (int i = 0; i < count; i++) {
      patients[i] = rows.get(i).patients();
      n[i] = rows.get(i).responders().n();
      improved[i] = rows.get(i).responders().k();
      adjusted[i] = rows.get(i).adjustedPatients();
    }
    Cell.Hidden[] whyPatients = new Cell.Hidden[count];
    for (int i = 0; i < count; i++) {
      whyPatients[i] = rules.smallCell(patients[i]) ? Cell.Hidden.SMALL : null;
    }
    complete(whyPatients, patients, lines, rules);
    int site = by.indexOf("site");
    Cell.Hidden[] whyN = new Cell.Hidden[count];
    Cell.Hidden[] whyImproved = new Cell.Hidden[count];
    for (int i = 0; i < count; i++) {
      whyN[i] = own(n[i], whyPatients[i], rules.part(n[i], patients[i]), rules);
      if (whyN[i] == null
          && site >= 0
          && siteCell(sites, rows.get(i).values().get(site)).n().suppressed()) {
        whyN[i] = Cell.Hidden.COMPLEMENTARY;
      }
    }
    complete(whyN, n, lines, rules);
    for (int i = 0; i < count; i++) {
      whyImproved[i] = own(improved[i], whyN[i], rules.part(improved[i], n[i], patients[i]), rules);
      if (whyImproved[i] == null
          && site >= 0
          && siteCell(sites, rows.get(i).values().get(site)).improved().suppressed()) {
        whyImproved[i] = Cell.Hidden.COMPLEMENTARY;
      }
    }
    complete(whyImproved, improved, lines, rules);
    Cell.Hidden[] whyAdjusted = new Cell.Hidden[count];
    for (int i = 0; i < count; i++) {
      whyAdjusted[i] =
          own(adjusted[i], whyPatients[i], rules.part(adjusted[i], patients[i]), rules);
    }
    complete(whyAdjusted, adjusted, lines, rules);
    List<SubgroupCells> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SubgroupFigures f = rows.get(i);
      Wilson.Interval p = f.responders();
      Cell.Hidden why = whyImproved[i];
      cells.add(
          new SubgroupCells(
              f.values(),
              Cell.of(patients[i], whyPatients[i]),
              new ProportionCells(
                  Cell.of(p.n(), whyN[i]),
                  Cell.of(p.k(), why),
                  Cell.of(p.share(), why),
                  Cell.of(p.low(), why),
                  Cell.of(p.high(), why)),
              Cell.of(adjusted[i], whyAdjusted[i]),
              f.adjusted()));
    }
    return cells;
  }

  /**
   * Returns why a count is hidden: small when it is a small cell itself, else as the count it
   * depends on is, else for its own rule ({@code part}); null when it may be shown.
   */
  private static Cell.Hidden own(
      int count, Cell.Hidden inherited, Cell.Hidden part, SmallCells rules) {
    if (rules.smallCell(count)) {
      return Cell.Hidden.SMALL;
    }
    return inherited != null ? inherited : part;
  }

  /** Hides, as complementary, what keeps a line from holding exactly one hidden count. */
  private static void complete(
      Cell.Hidden[] why, int[] counts, List<int[]> lines, SmallCells rules) {
    boolean[] hidden = new boolean[why.length];
    for (int i = 0; i < why.length; i++) {
      hidden[i] = why[i] != null;
    }
    boolean[] more = rules.complement(counts, hidden, lines);
    for (int i = 0; i < why.length; i++) {
      if (more[i] && why[i] == null) {
        why[i] = Cell.Hidden.COMPLEMENTARY;
      }
    }
  }

  /**
   * Returns the lines of the table: for each column of {@code --by}, the subgroups that agree on
   * every other column (with one column, one line of every subgroup).
   */
  static List<int[]> lines(List<SubgroupFigures> rows, int columns) {
    List<int[]> lines = new ArrayList<>();
    for (int d = 0; d < columns; d++) {
      Map<List<String>, List<Integer>> byRest = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        List<String> rest = new ArrayList<>(rows.get(i).values());
        rest.remove(d);
        byRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> line : byRest.values()) {
        lines.add(line.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return lines;
  }

  /** Returns responders_by_site's row of a site (null for no site). */
  private static ProportionCells siteCell(List<SiteCells> sites, String site) {
    for (SiteCells s : sites) {
      if (Objects.equals(s.site(), site)) {
        return s.responders();
      }
    }
    throw new IllegalArgumentException(
        "no row for site " + site + " in " + Arrays.toString(sites.toArray()));
  }
}
