package org.rehabprogress.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plants a patient's planned faults in rows chosen at random, one fault per row. */
final class FaultInjector {

  private FaultInjector() {}

  /**
   * Plants each fault in a row that has none yet and returns the faults planted; a fault with no
   * suitable row (a patient without sleep entries cannot get sleep_hours 25) is left out.
   */
  static List<PlantedFault> plant(
      PatientPlan plan, PatientRows rows, List<PlantedFault> faults, SplittableRandom random) {
    List<PlantedFault> planted = new ArrayList<>();
    for (PlantedFault fault : faults) {
      PatientRows.Table table = fault.inSymptoms() ? rows.symptoms : rows.activities;
      int faultColumn = fault.inSymptoms() ? PatientRows.S_FAULT : PatientRows.A_FAULT;
      int[] candidates = new int[table.size()];
      int n = 0;
      for (int r = 0; r < table.size(); r++) {
        if (table.get(r, faultColumn) == 0 && suits(plan, table, r, fault)) {
          candidates[n++] = r;
        }
      }
      if (n == 0 && fault.kind() == Fault.BAD_DATE) {
        // No row in a month shorter than 31 days: any row then, with day 32.
        for (int r = 0; r < table.size(); r++) {
          candidates[n] = r;
          n += table.get(r, faultColumn) == 0 ? 1 : 0;
        }
      }
      if (n == 0) {
        continue;
      }
      int row = candidates[random.nextInt(n)];
      table.set(row, faultColumn, fault.kind().ordinal() + 1);
      if (fault.kind() == Fault.OUT_OF_RANGE) {
        if (fault.variant() == 0) {
          table.set(row, PatientRows.S_PAIN, 22);
        } else {
          table.set(row, PatientRows.S_SLEEP, 250);
        }
      }
      planted.add(fault);
    }
    return planted;
  }

  private static boolean suits(PatientPlan plan, PatientRows.Table table, int row, PlantedFault f) {
    if (f.kind() == Fault.OUT_OF_RANGE) {
      int column = f.variant() == 0 ? PatientRows.S_PAIN : PatientRows.S_SLEEP;
      return table.get(row, column) >= 0;
    }
    if (f.kind() == Fault.BAD_DATE) {
      return plan.start().plusDays(table.get(row, 0)).lengthOfMonth() < 31;
    }
    return true;
  }
}
