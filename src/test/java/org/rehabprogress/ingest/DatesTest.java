package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource({
    "2026-10-03, 2026-10-03",
    "2026-10-03T07:30, 2026-10-03",
    "2026-10-03T23:59:59, 2026-10-03",
    "2026-10-03T07:30:00.125Z, 2026-10-03",
    "2026-10-03T07:30+02:00, 2026-10-03",
    "2026-10-03T07:30:00-0500, 2026-10-03",
    "2026-10-03 07:30:00, 2026-10-03",
    "2017-01-01 10:00:00 +0100, 2017-01-01",
    "2024-02-29, 2024-02-29",
    "2000-02-29, 2000-02-29",
    "1900-01-01, 1900-01-01",
    "2100-12-31, 2100-12-31",
    "1970-01-01, 1970-01-01"
  })
  void parsesIsoDatesAndDateTimesToTheirLocalDate(String text, LocalDate expected) {
    assertEquals(expected.toEpochDay(), Dates.parseIso(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "2026-4-3",
        "03/04/2026",
        "2026/10/03",
        "2026-10-03T25:00",
        "2026-10-03T07",
        "2026-10-03x",
        "2026-10-03T07:30+2",
        "1899-12-31",
        "2101-01-01",
        "",
        "yesterday"
      })
  void refusesWhatIsNotAnIsoDay(String text) {
    assertEquals(Dates.INVALID, Dates.parseIso(text));
  }

  @Test
  void computesEpochDaysLikeLocalDateAcrossCenturies() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(97)) {
      assertEquals(
          d.toEpochDay(), Dates.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }
  }

  @Test
  void explainsAnAmbiguousDayMonthOrderNamingTheOption() {
    assertEquals(
        "date \"03/04/2026\" has day and month in an unknown order; write yyyy-MM-dd or pass"
            + " --date-format, e.g. --date-format dd/MM/yyyy",
        Dates.explain("date", "03/04/2026", null).reason());
  }

  @Test
  void explainsADayTheCalendarDoesNotHave() {
    assertEquals(
        "date \"2026-02-30\" is not a day of the calendar; check day and month",
        Dates.explain("date", "2026-02-30", null).reason());
  }

  @Test
  void explainsAYearOutOfRange() {
    assertEquals(
        "date \"1850-01-01\" is out of range 1900-01-01 to 2100-12-31; check the year",
        Dates.explain("date", "1850-01-01", null).reason());
  }

  @Test
  void explainsTextThatIsNoDate() {
    assertEquals(
        "date \"soon\" is not a date; expected yyyy-MM-dd (an ISO date)",
        Dates.explain("date", "soon", null).reason());
  }

  @Test
  void parsesWithAUserPatternStrictly() {
    var pattern = Dates.pattern("dd/MM/yyyy");
    assertEquals(LocalDate.of(2026, 4, 3).toEpochDay(), Dates.parseWith(pattern, "03/04/2026"));
    assertEquals(Dates.INVALID, Dates.parseWith(pattern, "31/02/2026"));
    assertEquals(Dates.INVALID, Dates.parseWith(pattern, "2026-04-03"));
  }

  @Test
  void refusesAPatternWithoutDayMonthAndYear() {
    assertThrows(IllegalArgumentException.class, () -> Dates.pattern("MM/yyyy"));
    assertThrows(IllegalArgumentException.class, () -> Dates.pattern("dd/MM/yyyy qq{"));
  }

  @ParameterizedTest
  @CsvSource({
    "2026, 2, 28",
    "2028, 2, 29",
    "2000, 2, 29",
    "1900, 2, 28",
    "2026, 9, 30",
    "2026, 10, 31"
  })
  void knowsTheLengthOfEveryMonth(int year, int month, int days) {
    assertEquals(days, Dates.lengthOfMonth(year, month));
  }
}
