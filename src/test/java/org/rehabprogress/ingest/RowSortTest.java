package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows sorted in place by patient, day and line, every column moving with its row. */
class RowSortTest {

  @Test
  void sortsASmallFileByPatientThenDayThenLine() {
    // row:        0      1      2      3      4      5
    int[] patient = {2, 0, 1, 0, 2, 0};
    int[] day = {20003, 20002, 20001, 20001, 20001, 20002};
    int[] line = {2, 3, 4, 5, 6, 7};
    int[] code = {20, 30, 40, 50, 60, 70};
    double[] pain = {2, 3, Double.NaN, 5, 6, 7};
    int[] start = RowSort.sort(6, 3, patient, day, line, new int[][] {code}, new double[][] {pain});
    // Patient 0: rows 3 (day 20001), then 1 and 5 (day 20002, lines 3 < 7); patient 1: row 2;
    // patient 2: rows 4 (day 20001), then 0 (day 20003).
    assertArrayEquals(new int[] {0, 0, 0, 1, 2, 2}, patient);
    assertArrayEquals(new int[] {20001, 20002, 20002, 20001, 20001, 20003}, day);
    assertArrayEquals(new int[] {5, 3, 7, 4, 6, 2}, line);
    assertArrayEquals(new int[] {50, 30, 70, 40, 60, 20}, code);
    assertArrayEquals(new double[] {5, 3, 7, Double.NaN, 6, 2}, pain);
    assertArrayEquals(new int[] {0, 3, 4, 6}, start, "patient 0 has 3 rows, 1 has 1, 2 has 2");
    assertEquals(2, RowSort.find(start, day, line, 0, 20002, 7));
    assertEquals(4, RowSort.find(start, day, line, 2, 20001, 6));
    assertEquals(-1, RowSort.find(start, day, line, 0, 20002, 4), "no row 4 on that day");
    assertEquals(-1, RowSort.find(start, day, line, 1, 20003, 2), "row 2 is patient 2's");
  }

  /**
   * Random files of several shapes against a sort by (patient, day, line) with a comparator; the
   * other columns hold each row's original index, so that a row split across columns shows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // shape, patients, rows
    "shuffled, 300, 20000",
    "patients in another order, 300, 20000",
    "round robin, 300, 20000",
    "one patient, 1, 5000",
    "many rows a day, 20, 4000",
    "days far apart, 50, 2000",
    "many patients few rows, 70000, 140000",
    "patients without rows, 1000, 300",
    "sorted but for one row, 100, 3000",
  })
  void givesWhatAComparatorSortGives(String shape, int patients, int n) {
    SplittableRandom random = new SplittableRandom(shape.hashCode());
    int[] patient = new int[n];
    int[] day = new int[n];
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case "many rows a day" -> {
          patient[i] = random.nextInt(patients);
          day[i] = 20000 + random.nextInt(3); // about 67 rows a day: the long-run path
        }
        case "days far apart" -> {
          patient[i] = random.nextInt(patients);
          day[i] = Dates.MIN_DAY + random.nextInt(Dates.MAX_DAY - Dates.MIN_DAY + 1);
        }
        case "patients without rows" -> {
          patient[i] = 3 * random.nextInt(patients / 3);
          day[i] = 20000 + random.nextInt(30);
        }
        default -> {
          patient[i] = (int) ((long) i * patients / n);
          day[i] = 20000 + i % Math.max(1, n / patients) / 2; // two rows a day
        }
      }
    }
    int[] order = IntStream.range(0, n).toArray();
    switch (shape) {
      case "shuffled",
          "one patient",
          "many rows a day",
          "days far apart",
          "many patients few rows",
          "patients without rows" ->
          shuffle(order, random);
      case "patients in another order" ->
          order =
              IntStream.range(0, n)
                  .boxed()
                  .sorted(Comparator.comparingInt(i -> (patient[i] * 7919) % patients))
                  .mapToInt(Integer::intValue)
                  .toArray();
      case "round robin" ->
          order =
              IntStream.range(0, n)
                  .boxed()
                  .sorted(Comparator.comparingInt(i -> i % (n / patients)))
                  .mapToInt(Integer::intValue)
                  .toArray();
      case "sorted but for one row" -> {
        int last = order[n - 1];
        System.arraycopy(order, 0, order, 1, n - 1);
        order[0] = last;
      }
      default -> {}
    }
    int[] p = new int[n];
    int[] d = new int[n];
    int[] line = new int[n];
    int[] original = new int[n];
    double[] half = new double[n];
    for (int k = 0; k < n; k++) {
      p[k] = patient[order[k]];
      d[k] = day[order[k]];
      line[k] = 2 + 3 * k; // unique, ascending in input order, as a file's lines
      original[k] = k;
      half[k] = k % 10 == 0 ? Double.NaN : k / 2.0;
    }
    Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(
        expected,
        Comparator.<Integer>comparingInt(k -> p[k])
            .thenComparingInt(k -> d[k])
            .thenComparingInt(k -> line[k]));
    int[] copyP = p.clone();
    int[] copyD = d.clone();
    int[] copyLine = line.clone();
    int[] start =
        RowSort.sort(n, patients, p, d, line, new int[][] {original}, new double[][] {half});
    for (int k = 0; k < n; k++) {
      int row = expected[k];
      assertEquals(row, original[k], "row at " + k);
      assertEquals(copyP[row], p[k]);
      assertEquals(copyD[row], d[k]);
      assertEquals(copyLine[row], line[k]);
      assertEquals(
          Double.doubleToRawLongBits(row % 10 == 0 ? Double.NaN : row / 2.0),
          Double.doubleToRawLongBits(half[k]));
    }
    for (int c = 0; c < patients; c++) {
      for (int k = start[c]; k < start[c + 1]; k++) {
        assertEquals(c, p[k]);
      }
    }
    assertEquals(n, start[patients]);
    for (int k = 0; k < n; k += 97) {
      assertEquals(k, RowSort.find(start, d, line, p[k], d[k], line[k]));
    }
  }

  @Test
  void sortsNoRows() {
    int[] start =
        RowSort.sort(0, 2, new int[0], new int[0], new int[0], new int[0][], new double[0][]);
    assertArrayEquals(new int[] {0, 0, 0}, start);
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
