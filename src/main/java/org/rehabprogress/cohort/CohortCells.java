package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.WilcoxonSignedRank;
import org.rehabprogress.stats.Wilson;

/**
 * The figures across patients as they may be shown (SPEC section 5): any count below the threshold,
 * and any figure computed from fewer patients, is suppressed, and so is any cell that could be
 * worked out from a total and the other cells. HTML, CSV, JSON and charts read only these cells, so
 * a suppressed figure cannot leak through any of them.
 *
 * <p>The rules, with {@code m} the threshold:
 *
 * <ul>
 *   <li>Counts of patients (in the cohort, analysed, with the activity-effect figure) are
 *       suppressed below {@code m}; so are the patients not analysed, unless there are none. These
 *       describe who is in the cohort; the differences between them are data completeness, not
 *       outcomes, and are not protected further.
 *   <li>Responders: the number improved is one count shown twice, against the patients with enough
 *       data ({@code n}) and against all patients (ITT, {@code N}); it is suppressed, with both
 *       shares and intervals, when it, {@code n - improved} or {@code N - improved} is below {@code
 *       m} (either rest could otherwise be worked out from its total).
 *   <li>A Wilcoxon test (activity effect, each activity) is suppressed whole when it rests on fewer
 *       than {@code m} values; the per-activity table lists only activities with at least {@code m}
 *       patients with a difference, and counts the others.
 *   <li>Responders by site: a site's patients are suppressed below {@code m}, and while exactly one
 *       site is suppressed the next smallest is too (the sites add up to the shown total); a site's
 *       improved count follows the responder rule within the site and the same complementary rule
 *       across sites.
 *   <li>Leg pain responders (SPEC 3c) follow the responder rule, against the patients with enough
 *       leg pain data and against every patient with a leg pain entry; the ODI change across
 *       patients follows the rule of a Wilcoxon test.
 *   <li>Trajectories: a week's figures are suppressed when fewer than {@code m} patients have pain
 *       in it.
 *   <li>Adjusted figures (SPEC 5b): the pooled flagged-minus-low-impact estimate is suppressed
 *       whole when it rests on fewer than {@code m} patients; the adjusted per-activity table lists
 *       only activities with a coefficient in at least {@code m} patients (Holm's adjustment counts
 *       those), and counts the others; the choice check across patients follows the Wilcoxon rule.
 * </ul>
 *
 * @param rules the threshold
 * @param patients every patient in the cohort (the ITT denominator)
 * @param analysed the analysed patients
 * @param notAnalysed the patients in the cohort without an analysis
 * @param responders improved among the patients with enough data
 * @param respondersItt improved among all patients
 * @param effectPatients the patients with a {@code flagged_minus_low_impact} figure
 * @param activityEffect the signed-rank test of those figures
 * @param activities the activities with enough patients, in name order
 * @param activitiesNotShown the activities with a difference for fewer than {@code m} patients
 * @param sites responders by site, empty when no site is given
 * @param weeks pain by week since start
 * @param unclassified the activities the catalog does not know that at least {@code m} patients
 *     logged, with their number of patients, in name order
 * @param unclassifiedNotShown the number of such activities logged by fewer patients (their names
 *     are free text and could point at a person)
 * @param activityEffectAdjusted the pooled adjusted flagged-minus-low-impact estimate
 * @param activitiesAdjusted the adjusted per-activity rows, in name order
 * @param activitiesAdjustedNotShown the activities with a coefficient in fewer than {@code m}
 *     patients
 * @param choicePatients the patients with a choice-check figure
 * @param choiceCheck the signed-rank test of the choice-check figures
 * @param subgroups the subgroups of {@code --by}, by {@link SubgroupSuppression}'s rules; empty
 *     without {@code --by}
 * @param outcomes the FBSS outcome panel across patients (SPEC 3c): leg pain responders by the
 *     responder rule, the ODI change by the rule of a signed-rank test
 */
public record CohortCells(
    SmallCells rules,
    Cell patients,
    Cell analysed,
    Cell notAnalysed,
    ProportionCells responders,
    ProportionCells respondersItt,
    Cell effectPatients,
    EffectCells activityEffect,
    List<ActivityCells> activities,
    int activitiesNotShown,
    List<SiteCells> sites,
    List<WeekCells> weeks,
    Map<String, Integer> unclassified,
    int unclassifiedNotShown,
    PooledCells activityEffectAdjusted,
    List<AdjustedActivityCells> activitiesAdjusted,
    int activitiesAdjustedNotShown,
    Cell choicePatients,
    EffectCells choiceCheck,
    List<SubgroupCells> subgroups,
    OutcomeCells outcomes) {

  /** Checks for nulls and copies the lists. */
  public CohortCells {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(outcomes, "outcomes");
    activities = List.copyOf(activities);
    sites = List.copyOf(sites);
    weeks = List.copyOf(weeks);
    unclassified = Collections.unmodifiableMap(new TreeMap<>(unclassified));
    Objects.requireNonNull(activityEffectAdjusted, "activityEffectAdjusted");
    Objects.requireNonNull(choiceCheck, "choiceCheck");
    activitiesAdjusted = List.copyOf(activitiesAdjusted);
    subgroups = List.copyOf(subgroups);
  }

  /** Applies the small-cell rules at the result's threshold. */
  public static CohortCells of(CohortResult result) {
    SmallCells rules = result.parameters().smallCells();
    CohortFigures f = result.figures();
    Wilson.Interval r = f.responders();
    Wilson.Interval itt = f.respondersItt();
    // The improved count is shown against n and against N (ITT): either rest could be worked out.
    Cell.Hidden part = rules.part(r.k(), r.n(), itt.n());
    List<ActivityCells> activities = new ArrayList<>();
    int notShown = 0;
    for (ActivityEffect a : f.activities()) {
      if (rules.small(a.patients())) {
        notShown++;
      } else {
        activities.add(
            new ActivityCells(
                a.activity(),
                a.activityClass(),
                rules.count(a.patients()),
                effect(a.test(), a.patients(), rules)));
      }
    }
    List<WeekCells> weeks = new ArrayList<>(f.weeks().size());
    for (WeekPain w : f.weeks()) {
      weeks.add(
          new WeekCells(
              w.week(),
              rules.count(w.patients()),
              rules.figure(w.mean(), w.patients()),
              rules.figure(w.q1(), w.patients()),
              rules.figure(w.q3(), w.patients())));
    }
    Map<String, Integer> unclassified = new TreeMap<>();
    result
        .unclassified()
        .forEach(
            (name, n) -> {
              if (!rules.small(n)) {
                unclassified.put(name, n);
              }
            });
    List<SiteCells> sites = sites(f.sites(), rules);
    return new CohortCells(
        rules,
        rules.count(f.patients()),
        rules.count(result.patients().size()),
        rules.tally(result.notAnalysed().size()),
        proportion(r, rules, part),
        proportion(itt, rules, rules.smallCell(itt.n()) ? Cell.Hidden.SMALL : part),
        rules.count(f.effectPatients()),
        effect(f.activityEffect(), f.effectPatients(), rules),
        activities,
        notShown,
        sites,
        weeks,
        unclassified,
        result.unclassified().size() - unclassified.size(),
        PooledCells.of(f.activityEffectAdjusted(), f.adjustedPatients(), rules),
        adjustedActivities(f, rules),
        f.activitiesAdjustedNotShown(),
        rules.count(f.choicePatients()),
        effect(f.choiceCheck(), f.choicePatients(), rules),
        SubgroupSuppression.of(result.subgroups(), result.parameters().by(), sites, rules),
        outcomes(f.outcomes(), rules));
  }

  private static List<AdjustedActivityCells> adjustedActivities(CohortFigures f, SmallCells rules) {
    List<AdjustedActivityCells> rows = new ArrayList<>();
    for (AdjustedEffect a : f.activitiesAdjusted()) {
      PooledCells effect = PooledCells.of(a.pooled(), a.patients(), rules);
      rows.add(
          new AdjustedActivityCells(
              a.activity(),
              a.activityClass(),
              effect,
              effect.estimate().suppressed() ? effect.estimate() : Cell.of(a.pHolm())));
    }
    return rows;
  }

  /** Applies the responder and signed-rank rules to the outcome panel's figures. */
  private static OutcomeCells outcomes(OutcomeFigures o, SmallCells rules) {
    Wilson.Interval r = o.legPainResponders();
    Wilson.Interval itt = o.legPainRespondersItt();
    Cell.Hidden part = rules.part(r.k(), r.n(), itt.n());
    return new OutcomeCells(
        proportion(r, rules, part),
        proportion(itt, rules, rules.smallCell(itt.n()) ? Cell.Hidden.SMALL : part),
        rules.count(o.odiPatients()),
        effect(o.odiChange(), o.odiPatients(), rules));
  }

  /** Returns a proportion's cells: its n by the count rule, the rest hidden for {@code why}. */
  private static ProportionCells proportion(Wilson.Interval p, SmallCells rules, Cell.Hidden why) {
    return new ProportionCells(
        rules.count(p.n()),
        Cell.of(p.k(), why),
        Cell.of(p.share(), why),
        Cell.of(p.low(), why),
        Cell.of(p.high(), why));
  }

  /**
   * Returns a test's cells: hidden whole as small when it rests on 1 to minCell - 1 values; its n
   * hidden as complementary when the patients with a figure less n (those whose difference is
   * exactly zero) is a small cell. The interval is none when its achieved level is under 95% (n of
   * 5 or fewer in the exact regime; SPEC section 5).
   *
   * @param patients the patients with a figure, zeros included
   */
  private static EffectCells effect(WilcoxonResult t, int patients, SmallCells rules) {
    Cell.Hidden why = rules.smallCell(t.n()) ? Cell.Hidden.SMALL : null;
    Cell.Hidden nWhy =
        why == null && rules.smallCell(patients - t.n()) ? Cell.Hidden.COMPLEMENTARY : why;
    boolean noInterval =
        why == null && t.n() > 0 && t.achievedLevel() < WilcoxonSignedRank.LEVEL_95;
    return new EffectCells(
        Cell.of(t.n(), nWhy),
        Cell.of(t.estimate(), why),
        Cell.of(noInterval ? Double.NaN : t.ciLow(), why),
        Cell.of(noInterval ? Double.NaN : t.ciHigh(), why),
        Cell.of(t.pValue(), why),
        Cell.of(t.statistic(), why),
        Cell.of(t.exact() ? 1 : 0, why),
        noInterval);
  }

  private static List<SiteCells> sites(List<SiteResponders> sites, SmallCells rules) {
    int count = sites.size();
    int[] n = new int[count];
    int[] improved = new int[count];
    boolean[] smallN = new boolean[count];
    for (int i = 0; i < count; i++) {
      n[i] = sites.get(i).responders().n();
      improved[i] = sites.get(i).responders().k();
      smallN[i] = rules.smallCell(n[i]);
    }
    // The sites add up to the shown total: while one is hidden, the next smallest is too.
    boolean[] hideN = rules.complement(n, smallN);
    Cell.Hidden[] whyPart = new Cell.Hidden[count];
    boolean[] hidePart = new boolean[count];
    for (int i = 0; i < count; i++) {
      whyPart[i] =
          smallN[i]
              ? Cell.Hidden.SMALL
              : hideN[i] ? Cell.Hidden.COMPLEMENTARY : rules.part(improved[i], n[i]);
      hidePart[i] = whyPart[i] != null;
    }
    boolean[] hideMore = rules.complement(improved, hidePart);
    List<SiteCells> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SiteResponders s = sites.get(i);
      Wilson.Interval p = s.responders();
      Cell.Hidden whyN =
          smallN[i] ? Cell.Hidden.SMALL : hideN[i] ? Cell.Hidden.COMPLEMENTARY : null;
      Cell.Hidden why =
          whyPart[i] != null ? whyPart[i] : hideMore[i] ? Cell.Hidden.COMPLEMENTARY : null;
      rows.add(
          new SiteCells(
              s.site(),
              new ProportionCells(
                  Cell.of(p.n(), whyN),
                  Cell.of(p.k(), why),
                  Cell.of(p.share(), why),
                  Cell.of(p.low(), why),
                  Cell.of(p.high(), why))));
    }
    return rows;
  }
}
