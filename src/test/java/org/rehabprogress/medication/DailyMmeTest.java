package org.rehabprogress.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.medication.MmeTest.assertMme;
import static org.rehabprogress.medication.Rows.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ingest.Medication;

/** A patient's MME on each day, worked out by hand. */
class DailyMmeTest {

  private static final LocalDate SEP_1 = LocalDate.parse("2026-09-01");
  private static final LocalDate OCT_31 = LocalDate.parse("2026-10-31");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** Renders the steps as "from..to: mme" lines, "?" for an unknown total. */
  private static List<String> steps(DailyMme mme) {
    return mme.steps().stream()
        .map(
            s ->
                s.from()
                    + ".."
                    + s.to()
                    + ": "
                    + (s.mme() == null ? "?" : s.mme().stripTrailingZeros().toPlainString()))
        .toList();
  }

  @Test
  void aTaperStepsDownAndItsWindowsSumExactly() {
    // Oxycodone 40, 30, then 20 mg a day: 60, 45, 30 MME (x 1.5).
    DailyMme mme =
        DailyMme.of(
            List.of(
                row("oxycodone", "40", "mg", "2026-09-01", "2026-09-14"),
                row("oxycodone", "30", "mg", "2026-09-15", "2026-09-28"),
                row("oxycodone", "20", "mg", "2026-09-29", null)),
            SEP_1,
            OCT_31);
    assertEquals(
        List.of(
            "2026-09-01..2026-09-14: 60",
            "2026-09-15..2026-09-28: 45",
            "2026-09-29..2026-10-31: 30"),
        steps(mme));
    // A current window of the last 14 days: 14 x 30 = 420, a mean of 30 MME a day.
    assertMme("420", mme.total(day("2026-10-18"), OCT_31));
    // A window across the first step down: 7 x 60 + 7 x 45 = 420 + 315 = 735 (mean 52.5).
    assertMme("735", mme.total(day("2026-09-08"), day("2026-09-21")));
    assertMme("45", mme.on(day("2026-09-20")).mme());
  }

  @Test
  void aPatchCountsItsRateTimesTwoPointFourOnTheDaysItIsWorn() {
    DailyMme mme =
        DailyMme.of(
            List.of(row("Fentanyl 25 mcg/h patch", "25", "mcg/h", "2026-09-10", "2026-09-19")),
            SEP_1,
            day("2026-09-30"));
    // 25 x 2.4 = 60 MME a day for the 10 days worn: 600 in all.
    assertEquals(
        List.of(
            "2026-09-01..2026-09-09: 0", "2026-09-10..2026-09-19: 60", "2026-09-20..2026-09-30: 0"),
        steps(mme));
    assertMme("600", mme.total(SEP_1, day("2026-09-30")));
  }

  @Test
  void overlappingRowsOfOneDrugAreSummed() {
    // Long-acting oxycodone 20 mg (30 MME) all along, short-acting 10 mg (15 MME) for three days.
    DailyMme mme =
        DailyMme.of(
            List.of(
                row("OxyContin 10 mg", "20", "mg", "2026-09-01", null),
                row("oxycodone 5 mg capsule", "10", "mg", "2026-09-05", "2026-09-07")),
            SEP_1,
            day("2026-09-10"));
    assertEquals(
        List.of(
            "2026-09-01..2026-09-04: 30",
            "2026-09-05..2026-09-07: 45",
            "2026-09-08..2026-09-10: 30"),
        steps(mme));
    assertEquals(2, mme.on(day("2026-09-06")).opioids().size());
  }

  @Test
  void differentOpioidsAddUpAndOtherDrugsAreLeftOut() {
    // Morphine 30 mg (30) + tramadol 100 mg (20) = 50; paracetamol adds nothing.
    DailyMme mme =
        DailyMme.of(
            List.of(
                row("morphine", "30", "mg"),
                row("tramadol", "100", "mg"),
                row("paracetamol", "4000", "mg")),
            SEP_1,
            day("2026-09-30"));
    assertEquals(List.of("2026-09-01..2026-09-30: 50"), steps(mme));
    assertEquals(2, mme.on(SEP_1).opioids().size());
  }

  @Test
  void sumsExactlyWhereBinaryFloatingPointWouldNot() {
    // Three tramadol rows of 0.5 mg: 0.1 MME each, 0.3 in all (0.1 + 0.1 + 0.1 in doubles is
    // 0.30000000000000004).
    DailyMme mme =
        DailyMme.of(
            List.of(
                row("tramadol", "0.5", "mg"),
                row("tramadol", "0.5", "mg"),
                row("tramadol", "0.5", "mg")),
            SEP_1,
            SEP_1);
    assertEquals(new java.math.BigDecimal("0.3"), mme.on(SEP_1).mme().stripTrailingZeros());
  }

  @Test
  void anOpioidItCannotConvertMakesItsDaysUnknown() {
    Medication buccal =
        row("Fentanyl 0.2 MG Buccal Tablet", "0.4", "mg", "2026-09-10", "2026-09-12");
    DailyMme mme =
        DailyMme.of(List.of(row("oxycodone", "20", "mg"), buccal), SEP_1, day("2026-09-20"));
    assertEquals(
        List.of(
            "2026-09-01..2026-09-09: 30",
            "2026-09-10..2026-09-12: ?",
            "2026-09-13..2026-09-20: 30"),
        steps(mme));
    assertEquals(List.of(buccal), mme.on(day("2026-09-11")).unknown());
    assertNull(mme.total(day("2026-09-05"), day("2026-09-15")));
    assertMme("240", mme.total(day("2026-09-13"), day("2026-09-20"))); // 8 x 30
  }

  @Test
  void buprenorphineAloneIsAnOpioidDayOfZeroMme() {
    DailyMme mme = DailyMme.of(List.of(row("Butrans", "10", "mcg/h")), SEP_1, day("2026-09-07"));
    assertEquals(List.of("2026-09-01..2026-09-07: 0"), steps(mme));
    assertEquals(1, mme.on(SEP_1).opioids().size());
  }

  @Test
  void cutsRowsToTheRangeAndCountsAnOngoingRowUpToItsLastDay() {
    DailyMme mme =
        DailyMme.of(
            List.of(
                row("morphine", "10", "mg", "2026-08-01", "2026-09-03"),
                row("morphine", "20", "mg", "2026-09-29", null),
                row("morphine", "99", "mg", "2026-10-01", null)),
            SEP_1,
            day("2026-09-30"));
    assertEquals(
        List.of(
            "2026-09-01..2026-09-03: 10",
            "2026-09-04..2026-09-28: 0",
            "2026-09-29..2026-09-30: 20"),
        steps(mme));
    assertThrows(IllegalArgumentException.class, () -> mme.total(SEP_1, OCT_31));
  }

  @Test
  void noRowsIsZeroEveryDay() {
    DailyMme mme = DailyMme.of(List.of(), SEP_1, day("2026-09-30"));
    assertEquals(List.of("2026-09-01..2026-09-30: 0"), steps(mme));
    assertEquals(30, mme.steps().get(0).days());
  }
}
