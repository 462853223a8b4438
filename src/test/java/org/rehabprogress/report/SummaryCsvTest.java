package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;

/** summary.csv: column order, rounding, empty cells, flags, neutralised ids. */
class SummaryCsvTest {

  private static final double NA = Double.NaN;

  private static final String HEADER =
      "patient_id,status,review_flag,persistent_pain_flag,weeks_in_treatment,pain_baseline,"
          + "pain_current,pain_change,pain_change_pct,anxiety_baseline,anxiety_current,"
          + "gad7_baseline,gad7_current,sleep_hours_baseline,sleep_hours_current,"
          + "next_day_pain_after_low_impact,next_day_pain_after_flagged,flagged_minus_low_impact,"
          + "pain_trend_per_week,low_impact_min_per_week,flagged_entries,days_logged,"
          + "completeness_pct,adj_flagged_minus_low_impact,adj_ci_low,adj_ci_high,adj_day_pairs,"
          + "flagged_day_pain_minus_other,leg_pain_baseline,leg_pain_current,leg_pain_change,"
          + "leg_pain_status,peg_baseline,peg_current,odi_baseline,odi_current,pgic_latest,"
          + "mme_baseline,mme_current\n";

  private static List<PatientSummary> twoPatients() {
    PatientSummary full =
        new PatientSummary(
            "P1",
            Status.UNCHANGED,
            true,
            true,
            26,
            5.0025,
            2.675,
            -2.3275,
            -46.5267,
            4,
            3.1,
            12,
            7.5,
            6.25,
            7.125,
            3,
            3.755,
            0.755,
            -0.755,
            490 / 3.0,
            2,
            28,
            280 / 3.0,
            0.805,
            -0.125,
            1.735,
            96,
            -0.905,
            // SPEC 3c: leg pain 7.125 -> 3.5 (change -3.625, IMPROVED), PEG 19/3 -> 4,
            // ODI 44.444 -> 30, PGIC 2, MME 67.5 -> 0.05
            7.125,
            3.5,
            -3.625,
            Status.IMPROVED,
            19 / 3.0,
            4,
            44.444,
            30,
            2,
            67.5,
            0.05);
    PatientSummary sparse =
        new PatientSummary(
            "-p2",
            Status.INSUFFICIENT_DATA,
            false,
            false,
            0,
            6,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            -0.004,
            0,
            0,
            3,
            10,
            NA,
            NA,
            NA,
            12,
            NA,
            NA,
            NA,
            NA,
            null,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA);
    return List.of(full, sparse);
  }

  private static String write(List<PatientSummary> rows) throws IOException {
    StringWriter out = new StringWriter();
    SummaryCsv.write(rows, out);
    return out.toString();
  }

  @Test
  void writesOneRowPerPatientInTheColumnOrderOfTheSpec() throws IOException {
    assertEquals(
        HEADER
            + "P1,UNCHANGED,true,true,26,5.00,2.68,-2.33,-46.53,4.00,3.10,12.00,7.50,6.25,7.13,"
            + "3.00,3.76,0.76,-0.76,163.33,2,28,93.33,0.81,-0.13,1.74,96,-0.91,"
            // 7.125 -> 7.13, -3.625 -> -3.63 (half away from zero), 19/3 -> 6.33, 44.444 -> 44.44
            + "7.13,3.50,-3.63,IMPROVED,6.33,4.00,44.44,30.00,2.00,67.50,0.05\n"
            // a patient without leg pain: every SPEC 3c cell empty, the status too
            + "'-p2,INSUFFICIENT_DATA,false,false,0,6.00,,,,,,,,,,,,,0.00,0.00,0,3,10.00,,,,12,"
            + ",,,,,,,,,,,\n",
        write(twoPatients()));
  }

  @Test
  void writesTheHeaderAloneForNoPatients() throws IOException {
    assertEquals(HEADER, write(List.of()));
  }

  @Test
  void namesTheSameColumnsAsItsHeaderConstant() {
    assertEquals(HEADER.strip(), String.join(",", SummaryCsv.HEADER));
    assertEquals(39, SummaryCsv.HEADER.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "tr", "fr-CH"})
  void writesTheSameTextInEveryLocale(String tag) throws IOException {
    String expected = write(twoPatients());
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertEquals(expected, write(twoPatients()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void writesWhatTheAnalysisFound() throws IOException {
    // baseline 5 (09-01 .. 09-04), current (3 + 3 + 3 + 3.02) / 4 = 3.005 (09-27 .. 09-30);
    // change -1.995 shows -2.00 and -39.9 %: IMPROVED; 8 of 30 days logged; day pairs (pain on d
    // and d+1): 09-01..09-03 and 09-27..09-29, 6 of them, too few for an adjusted figure (20) and
    // no flagged day for the choice check
    PatientSummary s =
        new LogBuilder()
            .painDays("2026-09-01", 5, 5, 5, 5)
            .painDays("2026-09-27", 3, 3, 3, 3.02)
            .september()
            .summary();
    assertEquals(
        HEADER
            + "P1,IMPROVED,false,false,4,5.00,3.01,-2.00,-39.90,,,,,,,,,,,0.00,0,8,26.67,,,,6,"
            + ",,,,,,,,,,,\n",
        write(List.of(s)));
  }
}
