package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;

/**
 * Since last month (SPEC section 4): each patient's {@code previous} in report.json is the same as
 * that patient's figures in a separate report for the month before, and null for a patient not in
 * treatment by its end.
 */
class SinceLastMonthTest {

  @TempDir Path dir;

  private JsonNode report(Inputs inputs, YearMonth month) throws Exception {
    Path out = dir.resolve(month.toString());
    ReportRequest request =
        new ReportRequest(inputs, month, out, null, false, false, false, ReportFixture.AS_OF, null);
    assertTrue(ReportRun.run(request, new FakeCharts(), ReportProgress.NONE).written());
    return new ObjectMapper().readTree(out.resolve("report.json").toFile());
  }

  private void previousEqualsTheRunForTheMonthBefore(Inputs inputs, YearMonth month)
      throws Exception {
    JsonNode now = report(inputs, month);
    JsonNode before = report(inputs, month.minusMonths(1));
    Map<String, JsonNode> earlier = new HashMap<>();
    before.get("patients").forEach(p -> earlier.put(p.get("patient_id").asText(), p));
    int compared = 0;
    for (JsonNode p : now.get("patients")) {
      JsonNode previous = p.get("previous");
      JsonNode separate = earlier.get(p.get("patient_id").asText());
      if (separate == null) {
        assertTrue(previous.isNull(), p.get("patient_id").asText());
        continue;
      }
      String id = p.get("patient_id").asText();
      assertEquals(month.minusMonths(1).toString(), previous.get("month").asText(), id);
      assertEquals(separate.get("summary").get("status"), previous.get("status"), id);
      // Full precision both sides (report.json writes the shortest decimal of the double).
      assertEquals(separate.get("summary").get("pain_current"), previous.get("pain_current"), id);
      assertEquals(separate.get("summary").get("review_flag"), previous.get("review_flag"), id);
      assertEquals(
          separate.get("summary").get("persistent_pain_flag"),
          previous.get("persistent_pain_flag"),
          id);
      assertEquals(separate.get("lost_to_follow_up"), previous.get("lost_to_follow_up"), id);
      compared++;
    }
    assertEquals(before.get("patients").size(), compared);
  }

  @Test
  void previousEqualsASeparateRunForTheMonthBeforeOnTheFixture() throws Exception {
    previousEqualsTheRunForTheMonthBefore(ReportFixture.inputs("clinic"), ReportFixture.MONTH);
  }

  @Test
  void previousEqualsASeparateRunForTheMonthBeforeOnTheSampleData() throws Exception {
    Inputs sample = new Inputs(ProjectRoot.sampleData(), null, null, null, null, null, null);
    previousEqualsTheRunForTheMonthBefore(sample, YearMonth.of(2026, 10));
    previousEqualsTheRunForTheMonthBefore(sample, YearMonth.of(2026, 9));
  }

  @Test
  void previousIsNullForAPatientNotInTreatmentByTheEndOfTheMonthBefore() throws Exception {
    JsonNode now = report(ReportFixture.inputs("clinic"), ReportFixture.MONTH);
    Map<String, JsonNode> byId = new HashMap<>();
    now.get("patients").forEach(p -> byId.put(p.get("patient_id").asText(), p));
    // EMPTY starts 2026-09-15, before end(September): covered in September, with no entry then.
    assertEquals("INSUFFICIENT_DATA", byId.get("EMPTY").get("previous").get("status").asText());
    // NEW's first entry is in October: not covered in September.
    assertTrue(byId.get("NEW").get("previous").isNull());
    assertTrue(byId.get("NEW").has("previous"), "previous is written as null, not left out");
  }
}
