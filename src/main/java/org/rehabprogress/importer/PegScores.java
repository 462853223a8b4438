package org.rehabprogress.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PEG-3 questionnaires gathered from their observations (SPEC section 1: {@code peg} is the score,
 * the mean of its three 0-10 items). The records of one patient at one time are one questionnaire:
 * its row takes the score LOINC 91148-7 when the export gives it, else the mean of the three items
 * 75893-8, 91145-3 and 91146-1 (rounded half up to 4 decimals, the canonical files' precision), and
 * every other record of the questionnaire is folded into that row. Items of a questionnaire that
 * has neither the score nor all three items are skipped: one or two items are not a PEG score.
 */
final class PegScores {

  /** The skip reason of items without the rest of their questionnaire. */
  static final String INCOMPLETE =
      "PEG item without the score or the other two items at its time: a PEG score needs all three";

  private record Key(String patientId, String when) {}

  private static final class Questionnaire {
    private final int place;
    private final LocalDate date;
    private final String notes;
    private final Map<Loinc, Double> values = new EnumMap<>(Loinc.class);
    private long records;

    private Questionnaire(int place, LocalDate date, String notes) {
      this.place = place;
      this.date = date;
      this.notes = notes;
    }
  }

  private final RecordTally tally;
  private final Map<Key, Questionnaire> questionnaires = new LinkedHashMap<>();

  /** Creates the questionnaires of one import. */
  PegScores(RecordTally tally) {
    this.tally = tally;
  }

  /**
   * Adds one PEG record, already checked against 0-10.
   *
   * @param when the time the questionnaire was taken, as written; records with the same patient and
   *     time are one questionnaire
   * @param notes the row's notes (the instant)
   */
  void add(String patientId, String when, LocalDate date, String notes, Loinc loinc, double value) {
    Questionnaire q =
        questionnaires.computeIfAbsent(
            new Key(patientId, when), k -> new Questionnaire(tally.reserve(), date, notes));
    q.values.putIfAbsent(loinc, value);
    q.records++;
  }

  /** Writes each questionnaire's row in its place, or skips its items. */
  void finish() {
    for (Map.Entry<Key, Questionnaire> entry : questionnaires.entrySet()) {
      Questionnaire q = entry.getValue();
      Double score = q.values.get(Loinc.PEG_SCORE);
      if (score == null) {
        score = mean(q.values);
      }
      if (score == null) {
        for (long i = 0; i < q.records; i++) {
          tally.skip(INCOMPLETE);
        }
        continue;
      }
      tally.fill(
          q.place,
          new CanonicalRow.Symptom(
              entry.getKey().patientId(),
              q.date,
              null,
              null,
              null,
              null,
              null,
              null,
              score,
              null,
              null,
              q.notes),
          q.records - 1);
    }
  }

  /** Returns the mean of the three items, or null when one is missing. */
  static Double mean(Map<Loinc, Double> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Loinc item : new Loinc[] {Loinc.PEG_PAIN, Loinc.PEG_ENJOYMENT, Loinc.PEG_ACTIVITY}) {
      Double value = values.get(item);
      if (value == null) {
        return null;
      }
      // The decimal as written (7.3 is 7.3, not its binary neighbour), so the mean is exact.
      sum = sum.add(BigDecimal.valueOf(value));
    }
    return sum.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP).doubleValue();
  }
}
