package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.tables.Subgroups;

/**
 * The subgroups of {@code rehab cohort --by} (SPEC section 11) as Tablesaw's summarize/by and the
 * REML pooling compute them, on a cohort counted by hand, with R's figures beside the expected
 * values.
 */
class SubgroupFiguresTest {

  private static final double NA = Double.NaN;

  private final List<CohortPatient> patients = new ArrayList<>();
  private final List<Double> estimates = new ArrayList<>();
  private final List<Double> errors = new ArrayList<>();

  private void add(String sex, Status status, int times) {
    for (int i = 0; i < times; i++) {
      add(sex, status, NA, NA);
    }
  }

  private void add(String sex, Status status, double estimate, double se) {
    String id = "P" + (100 + patients.size());
    patients.add(
        Rows.patient(id, status, NA, null).withSubgroup(Arrays.asList(new String[] {sex})));
    estimates.add(estimate);
    errors.add(se);
  }

  private List<SubgroupFigures> subgroups() {
    return Subgroups.of(
        patients,
        List.of("sex"),
        estimates.stream().mapToDouble(Double::doubleValue).toArray(),
        errors.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * F: 12 patients, 2 without enough data, 4 of 10 improved, 4 adjusted estimates; M: 9 patients, 7
   * of 9 improved, 3 estimates; no sex: 2 patients, none with enough data or an estimate.
   */
  private void cohort() {
    add("F", Status.IMPROVED, 0.8, 0.3);
    add("F", Status.IMPROVED, 1.2, 0.4);
    add("F", Status.UNCHANGED, -0.1, 0.35);
    add("F", Status.WORSE, 0.5, 0.25);
    add("F", Status.IMPROVED, 2);
    add("F", Status.UNCHANGED, 4);
    add("F", Status.INSUFFICIENT_DATA, 2);
    add("M", Status.IMPROVED, 0.2, 0.3);
    add("M", Status.IMPROVED, 0.6, 0.5);
    add("M", Status.UNCHANGED, 1.5, 0.45);
    add("M", Status.IMPROVED, 5);
    add("M", Status.WORSE, 1);
    add(null, Status.INSUFFICIENT_DATA, 2);
  }

  @Test
  void countsEachSubgroupInTheOrderOfItsValuesWithNoValueLast() {
    cohort();
    List<SubgroupFigures> rows = subgroups();
    assertEquals(3, rows.size());
    assertEquals(Arrays.asList("F"), rows.get(0).values());
    assertEquals(Arrays.asList("M"), rows.get(1).values());
    assertEquals(Arrays.asList((String) null), rows.get(2).values());
    // F: 4 + 2 + 4 + 2 = 12 patients; 12 - 2 insufficient = 10 with enough data; 2 + 2 = 4
    // improved.
    assertEquals(12, rows.get(0).patients());
    assertEquals(10, rows.get(0).responders().n());
    assertEquals(4, rows.get(0).responders().k());
    assertEquals(0.4, rows.get(0).responders().share()); // 4 / 10
    // M: 3 + 5 + 1 = 9 patients, all with enough data; 2 + 5 = 7 improved.
    assertEquals(9, rows.get(1).patients());
    assertEquals(9, rows.get(1).responders().n());
    assertEquals(7, rows.get(1).responders().k());
    assertEquals(2, rows.get(2).patients());
    assertEquals(0, rows.get(2).responders().n());
  }

  @Test
  void givesEachSubgroupRsWilsonInterval() {
    cohort();
    List<SubgroupFigures> rows = subgroups();
    // prop.test(4, 10, correct = FALSE)$conf.int
    assertEquals(0.1681803297062362, rows.get(0).responders().low(), 1e-12);
    assertEquals(0.68732623026634165, rows.get(0).responders().high(), 1e-12);
    // prop.test(7, 9, correct = FALSE)$conf.int
    assertEquals(0.45258896910698904, rows.get(1).responders().low(), 1e-12);
    assertEquals(0.93677489288215332, rows.get(1).responders().high(), 1e-12);
  }

  @Test
  void poolsEachSubgroupsAdjustedEstimatesAsMetafor() {
    cohort();
    List<SubgroupFigures> rows = subgroups();
    assertEquals(4, rows.get(0).adjustedPatients());
    // r <- metafor::rma(yi = c(0.8, 1.2, -0.1, 0.5), sei = c(0.3, 0.4, 0.35, 0.25),
    //                   method = "REML"); c(r$b, r$se, r$ci.lb, r$ci.ub, r$pval, r$tau2, r$I2)
    PooledEffect.Estimate f = assertInstanceOf(PooledEffect.Estimate.class, rows.get(0).adjusted());
    assertEquals(4, f.k());
    assertEquals(0.582035153375975, f.estimate(), 1e-4);
    assertEquals(0.244390173110206, f.se(), 1e-4);
    assertEquals(0.103039215904461, f.ciLow(), 1e-4);
    assertEquals(1.06103109084749, f.ciHigh(), 1e-4);
    assertEquals(0.0172384684171364, f.pValue(), 1e-4);
    assertEquals(0.135530538097606, f.tau2(), 1e-4);
    assertEquals(57.4125178817045, f.i2(), 1e-4);
    // r <- metafor::rma(yi = c(0.2, 0.6, 1.5), sei = c(0.3, 0.5, 0.45), method = "REML")
    PooledEffect.Estimate m = assertInstanceOf(PooledEffect.Estimate.class, rows.get(1).adjusted());
    assertEquals(3, rows.get(1).adjustedPatients());
    assertEquals(0.720520197667141, m.estimate(), 1e-4);
    assertEquals(0.397683087465975, m.se(), 1e-4);
    assertEquals(-0.0589243310268629, m.ciLow(), 1e-4);
    assertEquals(1.49996472636114, m.ciHigh(), 1e-4);
    assertEquals(0.0700178903417232, m.pValue(), 1e-4);
    assertEquals(0.303590118937759, m.tau2(), 1e-4);
    assertEquals(64.3230454418885, m.i2(), 1e-4);
    // No estimate among the patients without a sex: metafor stops ("k = 0"), the figure is none.
    assertEquals(0, rows.get(2).adjustedPatients());
    assertEquals(new PooledEffect.None(PooledEffect.Reason.NO_VALUES), rows.get(2).adjusted());
  }

  @Test
  void groupsByEveryCombinationThatSomePatientHas() {
    patients.add(Rows.patient("A", Status.IMPROVED, NA, null).withSubgroup(List.of("F", "40-44")));
    patients.add(Rows.patient("B", Status.WORSE, NA, null).withSubgroup(List.of("F", "5-9")));
    patients.add(Rows.patient("C", Status.IMPROVED, NA, null).withSubgroup(List.of("M", "40-44")));
    patients.add(Rows.patient("D", Status.IMPROVED, NA, null).withSubgroup(List.of("F", "40-44")));
    double[] none = {NA, NA, NA, NA};
    List<SubgroupFigures> rows = Subgroups.of(patients, List.of("sex", "age_band"), none, none);
    // F first, then by band with 5-9 before 40-44 (by the number it starts with); M 5-9 has no
    // patient, so no row.
    assertEquals(
        List.of(List.of("F", "5-9"), List.of("F", "40-44"), List.of("M", "40-44")),
        rows.stream().map(SubgroupFigures::values).toList());
    assertEquals(List.of(1, 2, 1), rows.stream().map(SubgroupFigures::patients).toList());
    assertEquals(
        List.of(0, 2, 1), rows.stream().map(r -> r.responders().k()).toList()); // B is WORSE
  }

  @Test
  void keepsTextThatTablesawWouldReadAsMissingOrAsASeparator() {
    patients.add(Rows.patient("A", Status.IMPROVED, NA, null).withSubgroup(List.of("NA")));
    patients.add(Rows.patient("B", Status.IMPROVED, NA, null).withSubgroup(List.of("a~~~b")));
    patients.add(
        Rows.patient("C", Status.IMPROVED, NA, null)
            .withSubgroup(Arrays.asList(new String[] {null})));
    double[] none = {NA, NA, NA};
    List<SubgroupFigures> rows = Subgroups.of(patients, List.of("group"), none, none);
    assertEquals(
        Arrays.asList(List.of("NA"), List.of("a~~~b"), Arrays.asList((String) null)),
        rows.stream().map(SubgroupFigures::values).toList());
  }

  @Test
  void refusesAnEstimateWithoutItsError() {
    cohort();
    estimates.set(5, 1.0);
    assertThrows(IllegalArgumentException.class, this::subgroups);
  }
}
