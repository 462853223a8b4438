package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehab cohort --by} end to end on the sample data (SPEC section 11): the subgroups in
 * subgroups.csv, cohort.json and cohort.html say the same, and the usage errors.
 */
class CohortSubgroupsTest {

  @TempDir Path dir;

  private Run cohort(Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "cohort", "--in", "sample-data", "--out", out.toString(), "--as-of=2026-11-20"));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @Test
  void writesTheSubgroupsInEveryOutput() throws Exception {
    Path out = dir.resolve("by");
    Run run = cohort(out, "--by", "SEX", "--min-cell", "3", "--quiet");
    assertEquals(0, run.exit(), run.err());
    List<String> csv = Files.readAllLines(out.resolve("subgroups.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "sex,patients,patients_suppressed,n,n_suppressed,improved,improved_suppressed,share,"
            + "share_suppressed,ci_low,ci_low_suppressed,ci_high,ci_high_suppressed,adj_n,"
            + "adj_n_suppressed,adj_estimate,adj_estimate_suppressed,adj_se,adj_se_suppressed,"
            + "adj_ci_low,adj_ci_low_suppressed,adj_ci_high,adj_ci_high_suppressed,adj_p_value,"
            + "adj_p_value_suppressed,adj_tau2,adj_tau2_suppressed,adj_i2,adj_i2_suppressed",
        csv.get(0));
    assertEquals(3, csv.size(), "F and M");
    JsonNode json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());
    JsonNode subgroups = json.get("subgroups");
    assertEquals(2, subgroups.size());
    assertEquals("F", subgroups.get(0).get("by").get("sex").asText());
    assertEquals("M", subgroups.get(1).get("by").get("sex").asText());
    int patients = 0;
    for (JsonNode g : subgroups) {
      // --min-cell 3: the sample's 27 women and 13 men are shown and add up to the cohort.
      patients += g.get("patients").asInt();
      assertTrue(g.get("responders").has("ci_low"), g.toString());
      assertTrue(g.get("activity_effect_adjusted").has("tau2"), g.toString());
    }
    assertEquals(json.get("analysed").asInt(), patients);
    assertEquals(27, subgroups.get(0).get("patients").asInt());
    assertTrue(csv.get(1).startsWith("F,27,,"), csv.get(1));
    String html = Files.readString(out.resolve("cohort.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<h2>Subgroups</h2>"), "the page's section");
    assertTrue(json.get("provenance").get("parameters").get("by").toString().contains("sex"));
  }

  @Test
  void aPlainRunWritesNoSubgroups() throws Exception {
    Path out = dir.resolve("plain");
    assertEquals(0, cohort(out, "--quiet").exit());
    assertFalse(Files.exists(out.resolve("subgroups.csv")));
    String json = Files.readString(out.resolve("cohort.json"), StandardCharsets.UTF_8);
    assertFalse(json.contains("\"subgroups\""), "no subgroups without --by");
  }

  @Test
  void aColumnNoPatientHasIsAUsageError() {
    Run run = cohort(dir.resolve("x"), "--by", "ethnicity", "--quiet");
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: --by ethnicity: no analysed patient has a value in a column ethnicity in"
            + " patients.csv; name a column of patients.csv (matched case-insensitively), or"
            + " age_band (from birth_year) or years_since_surgery_band (from surgery_date)\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("x")), "nothing written");
  }

  @Test
  void patientIdAndRepeatsAreUsageErrors() {
    Run id = cohort(dir.resolve("y"), "--by", "patient_id", "--quiet");
    assertEquals(2, id.exit());
    assertTrue(id.err().contains("every patient a subgroup of one"), id.err());
    Run twice = cohort(dir.resolve("z"), "--by", "sex,SEX", "--quiet");
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("--by names sex twice; name it once"), twice.err());
  }
}
