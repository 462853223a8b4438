package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.canonical.Measure;

/**
 * The same rows in another order give the same logs: a shuffled file (sorted in place by {@link
 * RowSort}) against the same records stably sorted by patient id and date before reading (read as
 * they come), so that the rows of a patient's day keep their relative order in both.
 */
class RowOrderTest {

  @TempDir Path sortedDir;
  @TempDir Path shuffledDir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aShuffledFileGivesTheLogsOfTheSameRowsSorted(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> symptoms = new ArrayList<>();
    List<String[]> activities = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      String id = "P" + random.nextInt(400); // P10 sorts before P9: ids out of numeric order
      String date = String.format("2026-%02d-%02d", 1 + random.nextInt(3), 1 + random.nextInt(28));
      String notes = notes(random);
      String pain = random.nextInt(80) == 0 ? "11" : String.valueOf(random.nextInt(11));
      symptoms.add(
          new String[] {
            id, date, id + "," + date + "," + pain + "," + random.nextInt(11) + ",,7.5,," + notes
          });
      String minutes = random.nextInt(80) == 0 ? "-5" : String.valueOf(5 + random.nextInt(90));
      activities.add(
          new String[] {
            id,
            date,
            id
                + ","
                + date
                + ","
                + (random.nextBoolean() ? "Walking" : "Golf")
                + ","
                + minutes
                + ","
                + (random.nextBoolean() ? "light" : "")
                + ","
                + notes
          });
      if (random.nextInt(30) == 0) {
        symptoms.add(symptoms.get(random.nextInt(symptoms.size()))); // an exact repeat
        activities.add(activities.get(random.nextInt(activities.size())));
      }
    }
    write(symptoms, activities, random);
    ReadOptions options = new ReadOptions(null, 3, null);
    Dataset shuffled =
        CanonicalReader.read(InputFolder.of(shuffledDir, null, null, null, null), options, 5000);
    Dataset sorted =
        CanonicalReader.read(InputFolder.of(sortedDir, null, null, null, null), options, 5000);
    List<String> expected = describe(sorted);
    List<String> actual = describe(shuffled);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + i + " of the description");
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(true, shuffled.duplicates().size() > 100, "the files hold repeats");
    assertEquals(true, shuffled.rejects().size() > 100, "the files hold bad rows");
  }

  private static String notes(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0 -> "\"a note, with a comma\"";
      case 1 -> "\"two\nlines\"";
      case 2 -> "\"said \"\"ouch\"\"\"";
      case 3 -> "caf\u00e9 " + random.nextInt(5);
      default -> "";
    };
  }

  /** Writes the records in a random order, and the same stably sorted by patient id and date. */
  private void write(List<String[]> symptoms, List<String[]> activities, SplittableRandom random)
      throws Exception {
    for (String file : List.of("symptoms.csv", "activities.csv")) {
      boolean s = file.equals("symptoms.csv");
      List<String[]> rows = new ArrayList<>(s ? symptoms : activities);
      for (int i = rows.size() - 1; i > 0; i--) {
        rows.set(i, rows.set(random.nextInt(i + 1), rows.get(i)));
      }
      String header = s ? CanonicalReaderTest.SYMPTOMS : CanonicalReaderTest.ACTIVITIES;
      CanonicalReaderTest.write(shuffledDir, file, header + text(rows));
      // A stable sort: the rows of a patient's day keep their order in the shuffled file.
      rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
      CanonicalReaderTest.write(sortedDir, file, header + text(rows));
    }
  }

  private static String text(List<String[]> rows) {
    StringBuilder text = new StringBuilder();
    rows.forEach(r -> text.append(r[2]).append('\n'));
    return text.toString();
  }

  /** Every accepted row in log order, the reasons of the rejects and the counts of the ledgers. */
  private static List<String> describe(Dataset data) {
    List<String> out = new ArrayList<>();
    SymptomLog s = data.symptoms();
    for (int i = 0; i < s.size(); i++) {
      StringBuilder row = new StringBuilder(data.patientIds().get(s.patient(i)) + " " + s.day(i));
      for (Measure m : Measure.ALL) {
        row.append(' ').append(s.value(m, i));
      }
      out.add(row + " " + s.notes(i));
    }
    ActivityLog a = data.activities();
    for (int i = 0; i < a.size(); i++) {
      out.add(
          data.patientIds().get(a.patient(i))
              + " "
              + a.day(i)
              + " "
              + a.names().get(a.activity(i))
              + " "
              + a.minutes(i)
              + " "
              + a.intensity(i)
              + " "
              + a.notes(i));
    }
    data.rejects().stream().map(Reject::reason).sorted().forEach(out::add);
    data.ledgers().forEach(l -> out.add(l.toString()));
    return out;
  }
}
