package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.canonical.Measure;

/** activity_comparison.csv: one row per patient and activity name. */
class ActivityComparisonCsvTest {

  @Test
  void writesEachActivityBesideTheRestDays() throws IOException {
    // walking on 09-01, 09-03, 09-05 (next-day pain 2, 3, 4: mean 3, SD 1); REST days 09-19,
    // 09-21, 09-23, logged with an anxiety entry and no activity (next-day pain 5, 6, 8: mean
    // 6.33); =cmd once on 09-25 (next day no pain)
    PatientResult first =
        new LogBuilder("A1")
            .activity("2026-09-01", "walking", LOW_IMPACT, 30)
            .pain("2026-09-02", 2)
            .activity("2026-09-03", "walking", LOW_IMPACT, 30)
            .pain("2026-09-04", 3)
            .activity("2026-09-05", "walking", LOW_IMPACT, 30)
            .pain("2026-09-06", 4)
            .symptom("2026-09-19", Measure.ANXIETY, 2)
            .pain("2026-09-20", 5)
            .symptom("2026-09-21", Measure.ANXIETY, 2)
            .pain("2026-09-22", 6)
            .symptom("2026-09-23", Measure.ANXIETY, 2)
            .pain("2026-09-24", 8)
            .activity("2026-09-25", "=cmd", UNCLASSIFIED, 10)
            .september();
    PatientResult second =
        new LogBuilder("B2")
            .activity("2026-09-10", "golf", FLAGGED, 60)
            .pain("2026-09-11", 6)
            .september();
    StringWriter out = new StringWriter();
    ActivityComparisonCsv.write(List.of(first, second), out);
    assertEquals(
        "patient_id,activity,class,days,next_day_pain,next_day_pain_sd,rest_days,"
            + "next_day_pain_after_rest,difference_vs_rest\n"
            + "A1,'=cmd,UNCLASSIFIED,0,,,3,6.33,\n"
            + "A1,walking,LOW_IMPACT,3,3.00,1.00,3,6.33,-3.33\n"
            + "B2,golf,FLAGGED,1,,,0,,\n",
        out.toString());
  }
}
