package org.rehabprogress.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.DayPairs;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.cohort.AdjustedFigures;
import org.rehabprogress.cohort.Admission;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.Excluded;
import org.rehabprogress.cohort.NotAnalysed;
import org.rehabprogress.stats.Ratio;

class RecordCodecTest {

  /** Every kind of value the codec writes, nullable where a reference may be null. */
  record Everything(
      boolean flag,
      byte b,
      short s,
      char c,
      int i,
      long l,
      float f,
      double d,
      Integer boxed,
      Double none,
      String text,
      String missing,
      Status status,
      LocalDate day,
      int[] ints,
      long[] longs,
      double[] doubles,
      boolean[] flags,
      byte[] raw,
      String[] names,
      List<String> list,
      Set<Integer> set,
      Map<String, List<Double>> map,
      List<Admission> admissions,
      Amount amount) {}

  /** A value class that reads back its own text, as an exact ratio does. */
  static final class Amount {
    private final long cents;

    private Amount(long cents) {
      this.cents = cents;
    }

    public static Amount parse(String text) {
      return new Amount(Long.parseLong(text.replace(".", "")));
    }

    @Override
    public String toString() {
      return cents / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", cents % 100);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Amount a && a.cents == cents;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(cents);
    }
  }

  /** A record that holds itself. */
  record Node(String name, List<Node> children) {}

  record Small(int count, String name) {}

  record Unwritable(String name, Object anything) {}

  private static PatientSummary summary(String id) {
    // Each figure differs from the others, so that a swap of two components would show; NaN and
    // -0.0 must come back as they were (a record's equals tells -0.0 from 0.0 and NaN from 1.0).
    return new PatientSummary(
        id,
        Status.WORSE,
        true,
        false,
        13,
        4.25,
        Double.NaN,
        -0.0,
        17.5,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        -0.125,
        150,
        3,
        21,
        67.74193548387096,
        0.75,
        0.25,
        1.25,
        40,
        1.5,
        // SPEC 3c: leg pain, its verdict, PEG, ODI, PGIC and MME a day
        7.25,
        3.5,
        -3.75,
        Status.IMPROVED,
        6.0,
        Double.NaN,
        44,
        28,
        2,
        92.5,
        45);
  }

  @Test
  void returnsEverySummaryFigureExactly() {
    RecordCodec<PatientSummary> codec = RecordCodec.of(PatientSummary.class);
    PatientSummary s = summary("P0001");
    assertEquals(s, codec.decode(codec.encode(s)));
  }

  @Test
  void returnsAFigureAddedToTheSummaryWithNoChange() throws Exception {
    // Every component of the summary as it is declared today (and as it will be when a figure is
    // added): each set to a value of its own through the canonical constructor, then compared.
    RecordComponent[] components = PatientSummary.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int k = 0; k < components.length; k++) {
      types[k] = components[k].getType();
      values[k] = valueOf(types[k], k);
    }
    PatientSummary s = PatientSummary.class.getDeclaredConstructor(types).newInstance(values);
    RecordCodec<PatientSummary> codec = RecordCodec.of(PatientSummary.class);
    assertEquals(s, codec.decode(codec.encode(s)));
  }

  private static Object valueOf(Class<?> type, int k) {
    if (type == double.class) {
      return k + 0.5;
    }
    if (type == int.class) {
      return k;
    }
    if (type == boolean.class) {
      return k % 2 == 0;
    }
    if (type == String.class) {
      return "value " + k;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[k % type.getEnumConstants().length];
    }
    throw new AssertionError("a test value of " + type + " is needed here");
  }

  @Test
  void returnsEachCaseOfASealedInterface() {
    RecordCodec<Admission> codec = RecordCodec.of(Admission.class);
    CohortPatient p =
        new CohortPatient(
            summary("P0002"),
            "Riverside",
            LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-06-30"),
            new double[] {6.5, Double.NaN, 5.25},
            new int[] {0, 3, 7},
            new double[] {0.5, -1.25, 0},
            Ratio.of(9),
            // a value beyond longs travels as exactly as a small one
            new Ratio[] {
              Ratio.of(1, 2), Ratio.parse("-5/4"), Ratio.parse("123456789012345678901/3")
            },
            new AdjustedFigures(
                0.75,
                0.3,
                Ratio.of(3, 2),
                new int[] {3, 7},
                new double[] {0.5, -0.25},
                new double[] {0.2, 0.4}),
            // --by values, null for none; the day pairs of --panel
            Arrays.asList("F", null),
            new DayPairs(
                "P0002",
                LocalDate.parse("2026-01-05"),
                new int[] {0, 1},
                new double[] {5, 6.5},
                new double[] {6.5, 4},
                new boolean[] {true, false},
                new boolean[] {true, true},
                new boolean[] {false, false},
                new double[] {30, 20.5},
                new double[] {45, 0},
                new double[] {0, 0}),
            Ratio.parse("-37/2"));
    CohortPatient back = (CohortPatient) codec.decode(codec.encode(p));
    assertEquals(p.subgroup(), back.subgroup());
    assertArrayEquals(p.pairs().nextDayPain(), back.pairs().nextDayPain());
    assertArrayEquals(p.pairs().flagged(), back.pairs().flagged());
    assertArrayEquals(p.pairs().lowImpactMinutes(), back.pairs().lowImpactMinutes());
    assertEquals(p.summary(), back.summary());
    assertEquals("Riverside", back.site());
    assertEquals(p.start(), back.start());
    assertEquals(p.end(), back.end());
    assertArrayEquals(p.weeklyPain(), back.weeklyPain());
    assertArrayEquals(p.activityGroups(), back.activityGroups());
    assertArrayEquals(p.differencesVsRest(), back.differencesVsRest());
    assertEquals(p.effectExact(), back.effectExact());
    assertArrayEquals(p.differencesExact(), back.differencesExact());
    assertEquals(p.adjusted().estimate(), back.adjusted().estimate());
    assertEquals(p.adjusted().se(), back.adjusted().se());
    assertEquals(p.adjusted().choiceExact(), back.adjusted().choiceExact());
    assertArrayEquals(p.adjusted().activityGroups(), back.adjusted().activityGroups());
    assertArrayEquals(p.adjusted().estimates(), back.adjusted().estimates());
    assertArrayEquals(p.adjusted().standardErrors(), back.adjusted().standardErrors());
    assertEquals(Ratio.parse("-37/2"), back.odiChangeExact());
    NotAnalysed n = new NotAnalysed("P0003", NotAnalysed.Reason.STARTS_AFTER_LAST_ENTRY);
    assertEquals(n, codec.decode(codec.encode(n)));
    Excluded e = new Excluded("P0004", Excluded.Reason.UNKNOWN_START);
    assertEquals(e, codec.decode(codec.encode(e)));
  }

  @Test
  void returnsNumbersTextDatesArraysCollectionsAndNulls() {
    Map<String, List<Double>> map = new TreeMap<>();
    map.put("b", Arrays.asList(1.5, null));
    map.put("a", List.of());
    Everything v =
        new Everything(
            true,
            (byte) -7,
            (short) 300,
            'é',
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            Float.NaN,
            Double.NEGATIVE_INFINITY,
            42,
            null,
            "Sankt Görans Rehab, \"quoted\"\n",
            null,
            Status.IMPROVED,
            LocalDate.parse("1899-12-31"),
            new int[] {0, -1, Integer.MAX_VALUE},
            new long[] {Long.MIN_VALUE},
            new double[] {Double.MIN_VALUE, -0.0},
            new boolean[] {true, false},
            new byte[] {0, -128, 127},
            new String[] {"x", null},
            new ArrayList<>(Arrays.asList("first", null, "")),
            Set.of(5),
            map,
            List.of(new NotAnalysed("P1", NotAnalysed.Reason.NO_ENTRIES)),
            Amount.parse("12.05"));
    RecordCodec<Everything> codec = RecordCodec.of(Everything.class);
    Everything back = codec.decode(codec.encode(v));
    assertEquals(v.flag(), back.flag());
    assertEquals(v.b(), back.b());
    assertEquals(v.s(), back.s());
    assertEquals(v.c(), back.c());
    assertEquals(v.i(), back.i());
    assertEquals(v.l(), back.l());
    assertEquals(Float.floatToRawIntBits(v.f()), Float.floatToRawIntBits(back.f()));
    assertEquals(v.d(), back.d());
    assertEquals(42, back.boxed());
    assertNull(back.none());
    assertEquals(v.text(), back.text());
    assertNull(back.missing());
    assertEquals(Status.IMPROVED, back.status());
    assertEquals(v.day(), back.day());
    assertArrayEquals(v.ints(), back.ints());
    assertArrayEquals(v.longs(), back.longs());
    assertArrayEquals(v.doubles(), back.doubles());
    assertArrayEquals(v.flags(), back.flags());
    assertArrayEquals(v.raw(), back.raw());
    assertArrayEquals(v.names(), back.names());
    assertEquals(v.list(), back.list());
    assertEquals(v.set(), back.set());
    assertEquals(v.map(), back.map());
    // A map comes back in the order it was written.
    assertEquals(List.of("a", "b"), new ArrayList<>(back.map().keySet()));
    assertInstanceOf(LinkedHashMap.class, back.map());
    assertEquals(v.admissions(), back.admissions());
    assertEquals(v.amount(), back.amount());
  }

  @Test
  void returnsARecordThatHoldsItself() {
    Node tree = new Node("root", List.of(new Node("leaf", List.of()), new Node("twig", List.of())));
    RecordCodec<Node> codec = RecordCodec.of(Node.class);
    assertEquals(tree, codec.decode(codec.encode(tree)));
  }

  @Test
  void writesSmallValuesInFewBytes() {
    // 3 as a zig-zag varint is one byte (6); "ab" is a presence byte, its length and 2 bytes.
    assertArrayEquals(
        new byte[] {6, 1, 2, (byte) 'a', (byte) 'b'},
        RecordCodec.of(Small.class).encode(new Small(3, "ab")));
  }

  @Test
  void namesATypeItCannotWriteWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Unwritable.class));
    assertEquals(
        "cannot encode java.lang.Object at org.rehabprogress.wire.RecordCodecTest$Unwritable"
            + ".anything: a record, a sealed interface of records, an enum, a number, text, a"
            + " date, an array, a list, set or map of those, or a class with a static"
            + " parse(String) that reads its toString() was expected",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Amount.class));
  }

  @Test
  void refusesBytesThatAreCutShortOrRunOver() {
    RecordCodec<Small> codec = RecordCodec.of(Small.class);
    byte[] bytes = codec.encode(new Small(3, "ab"));
    assertThrows(
        IllegalArgumentException.class, () -> codec.decode(Arrays.copyOf(bytes, bytes.length - 1)));
    assertThrows(
        IllegalArgumentException.class, () -> codec.decode(Arrays.copyOf(bytes, bytes.length + 1)));
  }
}
