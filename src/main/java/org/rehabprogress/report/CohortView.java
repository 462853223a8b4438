package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.AdjustedActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.PooledCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.SubgroupCells;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;

/**
 * What cohort.html shows, every text ready to print (the template escapes it); figures come from
 * the suppressed cells only, so a small cell shows as {@code <11} here as everywhere.
 *
 * @param title the page title
 * @param scope which patients and days the cohort covers
 * @param minCell the suppression threshold, {@code <11}
 * @param patients who is in the cohort, one sentence
 * @param responders responders among patients with enough data, one sentence
 * @param respondersItt responders among all patients (ITT), one sentence
 * @param adjustedEffect the pooled adjusted flagged-minus-low-impact effect in words (SPEC 5b)
 * @param adjustedDetail its p-value, patients, tau^2 and I^2, or empty
 * @param choiceCheck the choice check across patients in words
 * @param choiceDetail its Hodges-Lehmann interval, patients and p-value, or empty
 * @param adjustedActivities the adjusted per-activity rows
 * @param adjustedNotShown a sentence on the activities with a coefficient in too few patients, or
 *     empty
 * @param effect the unadjusted flagged-minus-low-impact estimate with its interval, p-value and
 *     test
 * @param activities the unadjusted per-activity rows
 * @param legPainResponders leg pain responders among patients with enough leg pain data (SPEC 3c)
 * @param legPainRespondersItt leg pain responders among every patient with leg pain
 * @param odiChange the ODI change across patients with its interval, p-value and test
 * @param activitiesNotShown a sentence on the activities of too few patients, or empty
 * @param sites the responders-by-site rows, empty when no site is given
 * @param subgroupColumns the columns of {@code --by}, empty without it
 * @param subgroups the subgroups' rows
 * @param unclassified activity names the catalog does not know, with patients, or empty
 * @param ledger the account of every input row
 * @param rejects a sentence on rejected rows and repeats
 * @param charts the charts
 * @param footer the footer
 */
public record CohortView(
    String title,
    String scope,
    String minCell,
    String patients,
    String responders,
    String respondersItt,
    String adjustedEffect,
    String adjustedDetail,
    String choiceCheck,
    String choiceDetail,
    List<AdjustedRow> adjustedActivities,
    String adjustedNotShown,
    String effect,
    String legPainResponders,
    String legPainRespondersItt,
    String odiChange,
    List<ActivityRow> activities,
    String activitiesNotShown,
    List<SiteRow> sites,
    List<String> subgroupColumns,
    List<SubgroupRow> subgroups,
    List<String> unclassified,
    List<FileLedger> ledger,
    String rejects,
    CohortSvgs charts,
    FooterView footer) {

  /** Copies the lists. */
  public CohortView {
    adjustedActivities = List.copyOf(adjustedActivities);
    activities = List.copyOf(activities);
    sites = List.copyOf(sites);
    subgroupColumns = List.copyOf(subgroupColumns);
    subgroups = List.copyOf(subgroups);
    unclassified = List.copyOf(unclassified);
    ledger = List.copyOf(ledger);
  }

  /**
   * An activity's row.
   *
   * @param activity the activity (catalog name)
   * @param activityClass its class
   * @param patients patients with a difference from REST days
   * @param estimate the Hodges-Lehmann estimate in points
   * @param interval the 95% interval
   * @param pValue the p-value
   */
  public record ActivityRow(
      String activity,
      String activityClass,
      String patients,
      String estimate,
      String interval,
      String pValue) {}

  /**
   * An activity's adjusted row (SPEC 5b).
   *
   * @param activity the activity (catalog name)
   * @param activityClass its class
   * @param patients patients with a per-activity coefficient
   * @param estimate the pooled estimate in points, signed
   * @param interval its 95% interval
   * @param pValue the p-value
   * @param pHolm the Holm-adjusted p-value
   */
  public record AdjustedRow(
      String activity,
      String activityClass,
      String patients,
      String estimate,
      String interval,
      String pValue,
      String pHolm) {}

  /**
   * A site's row.
   *
   * @param site the site
   * @param n patients with enough data
   * @param improved those improved
   * @param share the share in percent
   * @param interval its Wilson 95% interval
   */
  public record SiteRow(String site, String n, String improved, String share, String interval) {}

  /**
   * A subgroup's row.
   *
   * @param values its value in each column of {@code --by}, {@code (not given)} for none
   * @param patients its analysed patients
   * @param n those with enough data
   * @param improved those improved
   * @param share the share in percent
   * @param interval its Wilson 95% interval
   * @param adjustedN its patients with an adjusted estimate
   * @param adjusted their pooled adjusted effect, points
   * @param adjustedInterval its 95% interval
   */
  public record SubgroupRow(
      List<String> values,
      String patients,
      String n,
      String improved,
      String share,
      String interval,
      String adjustedN,
      String adjusted,
      String adjustedInterval) {

    /** Copies the values. */
    public SubgroupRow {
      values = List.copyOf(values);
    }
  }

  /**
   * Returns the page's view.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param ledger the account of every input row
   * @param rejects the rejected rows
   * @param duplicates the exact repeats
   * @param charts the charts, checked here before the page embeds them
   * @param provenance the run's provenance
   */
  public static CohortView of(
      CohortResult result,
      CohortCells cells,
      List<FileLedger> ledger,
      int rejects,
      int duplicates,
      CohortSvgs charts,
      Provenance provenance) {
    SmallCells rules = cells.rules();
    List<ActivityRow> activities = new ArrayList<>();
    for (ActivityCells a : cells.activities()) {
      EffectCells e = a.effect();
      activities.add(
          new ActivityRow(
              a.activity(),
              a.activityClass().name().replace('_', ' '),
              CohortCellText.count(a.patients(), rules),
              signed(CohortCellText.points(e.estimate(), rules)),
              e.noInterval()
                  ? e.intervalNote()
                  : interval(
                      CohortCellText.points(e.ciLow(), rules),
                      CohortCellText.points(e.ciHigh(), rules)),
              CohortCellText.pValue(e.pValue(), rules)));
    }
    List<AdjustedRow> adjusted = new ArrayList<>();
    for (AdjustedActivityCells a : cells.activitiesAdjusted()) {
      PooledCells e = a.effect();
      adjusted.add(
          new AdjustedRow(
              a.activity(),
              a.activityClass().name().replace('_', ' '),
              CohortCellText.count(e.n(), rules),
              signed(CohortCellText.points(e.estimate(), rules)),
              interval(
                  CohortCellText.points(e.ciLow(), rules),
                  CohortCellText.points(e.ciHigh(), rules)),
              CohortCellText.pValue(e.pValue(), rules),
              CohortCellText.pValue(a.pHolm(), rules)));
    }
    List<SiteRow> sites = new ArrayList<>();
    for (SiteCells s : cells.sites()) {
      ProportionCells p = s.responders();
      sites.add(
          new SiteRow(
              s.site() == null ? "(no site given)" : s.site(),
              CohortCellText.count(p.n(), rules),
              CohortCellText.count(p.improved(), rules),
              CohortCellText.percent(p.share(), rules),
              interval(
                  CohortCellText.percent(p.ciLow(), rules),
                  CohortCellText.percent(p.ciHigh(), rules))));
    }
    List<SubgroupRow> subgroups = new ArrayList<>();
    for (SubgroupCells g : cells.subgroups()) {
      ProportionCells p = g.responders();
      subgroups.add(
          new SubgroupRow(
              g.values().stream().map(v -> v == null ? "(not given)" : v).toList(),
              CohortCellText.count(g.patients(), rules),
              CohortCellText.count(p.n(), rules),
              CohortCellText.count(p.improved(), rules),
              CohortCellText.percent(p.share(), rules),
              interval(
                  CohortCellText.percent(p.ciLow(), rules),
                  CohortCellText.percent(p.ciHigh(), rules)),
              CohortCellText.count(g.adjustedPatients(), rules),
              CohortCellText.points(g.adjusted(PooledEffect.Estimate::estimate), rules),
              interval(
                  CohortCellText.points(g.adjusted(PooledEffect.Estimate::ciLow), rules),
                  CohortCellText.points(g.adjusted(PooledEffect.Estimate::ciHigh), rules))));
    }
    List<String> unclassified = new ArrayList<>();
    for (Map.Entry<String, Integer> e : cells.unclassified().entrySet()) {
      unclassified.add(e.getKey() + " (" + e.getValue() + " patients)");
    }
    if (cells.unclassifiedNotShown() > 0) {
      unclassified.add(
          Figures.count(cells.unclassifiedNotShown(), "other name", "other names")
              + " logged by fewer than "
              + rules.minCell()
              + " patients each (not named: free text could point at a person)");
    }
    return new CohortView(
        "Cohort analysis",
        scope(result.parameters()),
        rules.label(),
        CohortText.patients(result, cells),
        CohortText.proportion(cells.responders(), rules) + " of the patients with enough data",
        CohortText.proportion(cells.respondersItt(), rules)
            + " of all patients in the cohort (intention to treat)",
        capitalized(CohortText.adjustedSentence(cells)) + ".",
        CohortText.adjustedDetail(cells),
        capitalized(CohortText.choiceSentence(cells)) + ".",
        CohortText.choiceDetail(cells),
        adjusted,
        cells.activitiesAdjustedNotShown() == 0
            ? ""
            : Figures.count(cells.activitiesAdjustedNotShown(), "activity", "activities")
                + " with a coefficient for fewer than "
                + rules.minCell()
                + " patients not shown.",
        CohortText.effect(cells),
        CohortText.proportion(cells.outcomes().legPainResponders(), rules)
            + " of the patients with enough leg pain data",
        CohortText.proportion(cells.outcomes().legPainRespondersItt(), rules)
            + " of the patients who recorded leg pain (those without enough data as"
            + " non-responders)",
        CohortText.odiChange(cells),
        activities,
        cells.activitiesNotShown() == 0
            ? ""
            : Figures.count(cells.activitiesNotShown(), "activity", "activities")
                + " with a difference for fewer than "
                + rules.minCell()
                + " patients not shown.",
        sites,
        result.parameters().by(),
        subgroups,
        unclassified,
        ledger,
        Figures.count(rejects, "row was", "rows were")
            + " rejected and "
            + Figures.count(duplicates, "exact repeat was", "exact repeats were")
            + " counted once; rehab validate --rejects FILE lists them.",
        new CohortSvgs(
            InlineSvg.checked(charts.forest()),
            charts.waterfall() == null ? null : InlineSvg.checked(charts.waterfall()),
            InlineSvg.checked(charts.trajectories()),
            charts.sites() == null ? null : InlineSvg.checked(charts.sites())),
        FooterView.of(provenance));
  }

  private static String scope(CohortParameters p) {
    if (p.from() == null && p.to() == null) {
      return "Every patient over the whole log: each patient's end is the last logged day.";
    }
    StringBuilder s = new StringBuilder("Patients");
    if (p.from() != null) {
      s.append(" starting on or after ").append(p.from());
    }
    if (p.to() != null) {
      s.append(p.from() != null ? " and" : "")
          .append(" starting by ")
          .append(p.to())
          .append(", each ending at the last logged day on or before ")
          .append(p.to());
    } else {
      s.append(", each ending at the last logged day");
    }
    return s.append('.').toString();
  }

  private static String capitalized(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String signed(String points) {
    return !points.isEmpty() && Character.isDigit(points.charAt(0)) && !points.equals("0.00")
        ? "+" + points
        : points;
  }

  private static String interval(String low, String high) {
    if (low.isEmpty() || high.isEmpty()) {
      return Figures.NONE;
    }
    boolean hidden = low.startsWith("<") || low.equals(CohortCellText.COMPLEMENTARY);
    return low.equals(high) && hidden ? low : low + " to " + high;
  }
}
