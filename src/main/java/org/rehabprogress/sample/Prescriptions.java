package org.rehabprogress.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a synthetic patient's medications.csv rows: about half the patients have their medications
 * recorded; of those, most take an opioid (some taper it in steps during treatment, some stop) and
 * some a drug that is not an opioid, listed without MME. The rest have no row, so their opioid dose
 * is unknown, not zero.
 */
final class Prescriptions {

  /** Columns of the medications table: start and end (day offsets), drug, dose, unit. */
  static final int M_START = 0;

  static final int M_END = 1;
  static final int M_DRUG = 2;
  static final int M_DOSE = 3;
  static final int M_UNIT = 4;

  /** The end of a row still taken at the last day. */
  static final int ONGOING = Integer.MIN_VALUE;

  /** The units as written. */
  static final String[] UNITS = {"mg", "mcg/h"};

  /**
   * A drug the sample prescribes.
   *
   * @param spellings the ways exports and clinicians write it (the patient keeps one)
   * @param unit 0 for mg a day, 1 for mcg/h (a patch)
   * @param doses the daily doses it is prescribed at, smallest first
   * @param opioid whether it is an opioid (tapered and converted to MME)
   */
  record Drug(List<String> spellings, int unit, int[] doses, boolean opioid) {}

  static final List<Drug> OPIOIDS =
      List.of(
          new Drug(
              List.of("Oxycodone hydrochloride 5 MG Oral Tablet", "oxycodone", "OxyContin 10 mg"),
              0,
              new int[] {10, 15, 20, 30, 40, 60},
              true),
          new Drug(
              List.of("Tramadol 50 mg capsule", "tramadol"),
              0,
              new int[] {100, 150, 200, 300, 400},
              true),
          new Drug(
              List.of("Morphine sulfate MR 30 mg", "morphine"),
              0,
              new int[] {20, 30, 40, 60, 90},
              true),
          new Drug(List.of("Co-codamol 30/500", "codeine"), 0, new int[] {120, 180, 240}, true),
          new Drug(List.of("Fentanyl transdermal patch"), 1, new int[] {12, 25, 37, 50}, true),
          new Drug(List.of("Tapentadol 50 mg tablet"), 0, new int[] {100, 150, 200}, true));

  private static final double[] OPIOID_SHARES = {0.38, 0.2, 0.12, 0.12, 0.1, 0.08};

  static final List<Drug> OTHERS =
      List.of(
          new Drug(List.of("Gabapentin 300 mg capsule"), 0, new int[] {900, 1200, 1800}, false),
          new Drug(List.of("pregabalin"), 0, new int[] {150, 300}, false),
          new Drug(List.of("Amitriptyline 10 mg at night"), 0, new int[] {10, 25}, false),
          new Drug(List.of("Naproxen 500 mg tablet"), 0, new int[] {500, 1000}, false),
          new Drug(List.of("paracetamol"), 0, new int[] {2000, 4000}, false),
          new Drug(List.of("Duloxetine 60 mg"), 0, new int[] {60}, false));

  private Prescriptions() {}

  /** Returns the drug a table row's drug code names: opioids first, then the others. */
  static Drug drug(int code) {
    return code < OPIOIDS.size() ? OPIOIDS.get(code) : OTHERS.get(code - OPIOIDS.size());
  }

  /**
   * Appends a patient's rows to {@code table} (start offset, end offset or {@link #ONGOING}, drug
   * code * 8 + spelling, dose, unit), drawing from {@code random}.
   */
  static void add(PatientPlan plan, SplittableRandom random, PatientRows.Table table) {
    if (!Seeds.chance(random, 0.55)) {
      return; // no medication recorded: the dose is unknown
    }
    int span = plan.span();
    if (Seeds.chance(random, 0.65)) {
      int code = pick(random, OPIOID_SHARES);
      Drug drug = OPIOIDS.get(code);
      int spelling = random.nextInt(drug.spellings().size());
      int level = random.nextInt(drug.doses().length);
      // Most came to treatment already on the opioid; some began it in the first weeks.
      int start =
          Seeds.chance(random, 0.7) ? -60 - random.nextInt(840) : random.nextInt(span / 3 + 1);
      boolean taper = Seeds.chance(random, 0.45) && span >= 42 && level > 0;
      if (!taper) {
        table.add(start, ONGOING, code * 8 + spelling, drug.doses()[level], drug.unit());
      } else {
        int day = Math.max(start + 1, 14 + random.nextInt(Math.max(1, span / 2)));
        int steps = 2 + random.nextInt(3);
        boolean stops = Seeds.chance(random, 0.4);
        for (int step = 0; ; step++) {
          boolean last = step == steps || level == 0 || day > span;
          if (last && !(stops && day <= span)) {
            table.add(start, ONGOING, code * 8 + spelling, drug.doses()[level], drug.unit());
            break;
          }
          table.add(start, day - 1, code * 8 + spelling, drug.doses()[level], drug.unit());
          if (last) {
            break; // stopped
          }
          start = day;
          level--;
          day += 14 + random.nextInt(15);
        }
      }
    }
    if (Seeds.chance(random, 0.5)) {
      int code = random.nextInt(OTHERS.size());
      Drug drug = OTHERS.get(code);
      int dose = drug.doses()[random.nextInt(drug.doses().length)];
      int start = Seeds.chance(random, 0.6) ? -30 - random.nextInt(400) : random.nextInt(span + 1);
      table.add(start, ONGOING, (OPIOIDS.size() + code) * 8, dose, drug.unit());
    }
  }

  private static int pick(SplittableRandom random, double[] shares) {
    double u = random.nextDouble();
    for (int i = 0; i < shares.length - 1; i++) {
      u -= shares[i];
      if (u < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }
}
