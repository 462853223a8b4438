package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearableEntriesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Back (lower) pain (Mild)|Back (lower) pain|1",
        "Anxiety (Moderate)|Anxiety|2",
        "Sciatica (unbearable)|Sciatica|4",
        "Back (lower) pain|Back (lower) pain|null",
        "Leg pain (left)|Leg pain (left)|null",
        "Headache ( Severe )|Headache|3"
      })
  void splitsTheSeverityWordFromTheName(String detail, String name, Integer severity) {
    assertEquals(new BearableEntries.Detail(name, severity), BearableEntries.detail(detail));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "9:45|Asleep 02:45 - 12:30. In bed 02:15 - 13:15|9.75",
        "7.5||7.5",
        "|Asleep 23:40 - 07:10. In bed 23:00 - 07:30|7.5",
        "|Asleep 13:00 - 13:45|0.75"
      })
  void readsSleepFromTheAmountOrTheAsleepSpan(String amount, String detail, double hours) {
    assertEquals(
        hours,
        BearableEntries.sleepHours(amount == null ? "" : amount, detail == null ? "" : detail),
        1e-9);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"long|Asleep", "|In bed 23:00 - 07:30"})
  void findsNoSleepInOtherText(String amount, String detail) {
    assertNull(BearableEntries.sleepHours(amount == null ? "" : amount, detail));
  }
}
