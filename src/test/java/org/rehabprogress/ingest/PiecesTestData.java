package org.rehabprogress.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rehabprogress.canonical.Measure;

/** A symptoms file with notes holding commas, quotes and line breaks, bad rows and repeats. */
final class PiecesTestData {

  private PiecesTestData() {}

  /** Writes a file with notes holding commas, quotes and line breaks, bad rows and repeats. */
  static String symptoms(long seed, int rows) {
    return symptoms(seed, rows, false);
  }

  /**
   * Writes a file as {@link #symptoms(long, int)} does, its rows in a random order when {@code
   * shuffled} (a repeat then lies anywhere in the file).
   */
  static String symptoms(long seed, int rows, boolean shuffled) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < rows; i++) {
      String row;
      if (previous != null && random.nextInt(50) == 0) {
        row = previous; // an exact repeat
      } else {
        int patient = i / 40;
        String notes =
            switch (random.nextInt(12)) {
              case 0 -> "\"a note, with a comma\"";
              case 1 -> "\"two\nlines\"";
              case 2 -> "\"said \"\"ouch\"\"\"";
              default -> "";
            };
        String pain = random.nextInt(60) == 0 ? "12" : String.valueOf(random.nextInt(11));
        row =
            String.format(
                "P%03d,2026-%02d-%02d,%s,,,,,%s",
                patient, 1 + (i % 40) / 28, 1 + (i % 40) % 28, pain, notes);
      }
      lines.add(row);
      previous = row;
    }
    if (shuffled) {
      for (int i = lines.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        lines.set(i, lines.set(j, lines.get(i)));
      }
    }
    StringBuilder text = new StringBuilder(CanonicalReaderTest.SYMPTOMS);
    lines.forEach(row -> text.append(row).append('\n'));
    return text.toString();
  }

  static List<String> describe(Dataset data) {
    List<String> out = new ArrayList<>();
    SymptomLog s = data.symptoms();
    for (int i = 0; i < s.size(); i++) {
      out.add(
          data.patientIds().get(s.patient(i))
              + " "
              + s.day(i)
              + " "
              + s.value(Measure.PAIN, i)
              + " "
              + s.notes(i));
    }
    data.rejects().forEach(r -> out.add(r.describe()));
    data.duplicates().forEach(d -> out.add(d.toString()));
    out.add(data.ledgers().toString());
    return out;
  }
}
