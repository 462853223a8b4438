package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDatesTest {

  @ParameterizedTest
  @CsvSource({
    "2022-12-28, 2022-12-28",
    "2022-12-28 17:39:03, 2022-12-28",
    "2021-08-23T03:26:50Z, 2021-08-23",
    "2021-08-23T22:10:00-05:00, 2021-08-23",
    "2021-08-23T00:10:00.123+14:00, 2021-08-23",
    "2021-08-23T10:15, 2021-08-23"
  })
  void keepsTheDateWrittenInItsOwnOffset(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.iso(text).day());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-08", "2021", "2021-02-29", "23/08/2021", "2021-08-23 later", ""})
  void refusesPartialOrImpossibleIsoDates(String text) {
    assertNull(SourceDates.iso(text));
  }

  @ParameterizedTest
  @CsvSource({
    "22nd Sep 2020, 2020-09-22",
    "1st Jan 2021, 2021-01-01",
    "3rd Mar 2021, 2021-03-03",
    "11th Sept 2021, 2021-09-11",
    "5 December 2019, 2019-12-05"
  })
  void readsBearableDates(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.dayMonthYear(text).day());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Oct 6, 2022, 11:19:20 PM|2022-10-06",
        "Jan 1, 2023, 12:05:00 AM|2023-01-01",
        "May 22, 2010, 7:39:29 PM|2010-05-22",
        "Sep 12, 2018|2018-09-12"
      })
  void readsStravaDates(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.monthDayYear(text).day());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Okt 6, 2022", "Feb 30, 2022", "Ma 6, 2022", "6 Oct 2022"})
  void refusesOtherStravaDates(String text) {
    assertNull(SourceDates.monthDayYear(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "de", "ar-EG"})
  void readsEnglishMonthsWhateverTheDefaultLocale(String tag) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertEquals(LocalDate.of(2021, 10, 11), SourceDates.dayMonthYear("11th OCT 2021").day());
      assertEquals(
          LocalDate.of(2022, 5, 6), SourceDates.monthDayYear("MAY 6, 2022, 1:00:00 PM").day());
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "04/21/20 17:25:23, 2020-04-21",
    "2019-11-01 14:56:32, 2019-11-01",
    "2019-11-02T07:19:30.000, 2019-11-02",
    "2019-11-01T08:31:40.751Z, 2019-11-01",
    "2019-11-02, 2019-11-02"
  })
  void readsFitbitDates(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.fitbit(text).day());
  }

  @ParameterizedTest
  @ValueSource(strings = {"21/04/2020 08:00", "13/01/20", "2020-13-01", "4/21/20", ""})
  void refusesOtherFitbitDates(String text) {
    assertNull(SourceDates.fitbit(text));
  }

  @ParameterizedTest
  @CsvSource({"4/12/2016 12:00:00 AM, 2016-04-12", "12/1/2016, 2016-12-01"})
  void readsFitabaseDatesMonthFirst(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.fitabase(text).day());
  }

  @ParameterizedTest
  @CsvSource({"2019-11-01T08:31:40.751Z, 08:31:40", "04/21/20 7:05, ''", "2019-11-02, ''"})
  void readsTheTimeOfDayInItsZone(String text, String expected) {
    Stamp stamp = SourceDates.fitbit(text);
    assertEquals(
        expected.isEmpty() ? null : expected, stamp == null ? null : stamp.clock(ZoneOffset.UTC));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 23:30 UTC is 00:30 the next day in Oslo (UTC+1 in winter) and 18:30 in New York.
        "2021-01-15T23:30:00Z|Europe/Oslo|2021-01-16",
        "2021-01-15T23:30:00Z|America/New_York|2021-01-15",
        // An offset other than Z keeps the date written, whatever the zone.
        "2021-01-15T23:30:00-05:00|Europe/Oslo|2021-01-15",
        "2021-01-15 23:30:00|Europe/Oslo|2021-01-15"
      })
  void datesAUtcTimeInTheZoneGiven(String text, String zone, String expected) {
    SourceDates.Dated dated =
        SourceDates.dated("DATE", text, SourceDates.iso(text), "ISO", ZoneId.of(zone));
    assertEquals(LocalDate.parse(expected), dated.date());
  }

  @Test
  void datesStravaTimesAsUtc() {
    // Strava writes Activity Date in UTC: 11:19 PM on Oct 6 is 01:19 on Oct 7 in Berlin (+2).
    Stamp stamp = SourceDates.monthDayYear("Oct 6, 2022, 11:19:20 PM");
    assertEquals(LocalDate.of(2022, 10, 7), stamp.date(ZoneId.of("Europe/Berlin")));
    assertEquals(LocalDate.of(2022, 10, 6), stamp.date(ZoneId.of("America/Chicago")));
    assertEquals("01:19:20", stamp.clock(ZoneId.of("Europe/Berlin")));
    Stamp early = SourceDates.isoInUtc("2018-11-29 23:04:16");
    assertEquals(LocalDate.of(2018, 11, 30), early.date(ZoneId.of("Europe/Paris")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0001-01-01|Date \"0001-01-01\" is out of range 1900-01-01 to 2100-12-31; check the year",
        "9999-12-31T10:00:00|Date \"9999-12-31T10:00:00\" is out of range 1900-01-01 to 2100-12-31;"
            + " check the year",
        "1899-12-31 23:59:59|Date \"1899-12-31 23:59:59\" is out of range 1900-01-01 to"
            + " 2100-12-31; check the year",
        "2022-12-28T25:00|Date \"2022-12-28T25:00\" has no such time of day; hours run 00-23 and"
            + " minutes and seconds 00-59",
        "2022-12-28 23:60:00|Date \"2022-12-28 23:60:00\" has no such time of day; hours run 00-23"
            + " and minutes and seconds 00-59",
        "2022-02-30|Date \"2022-02-30\" is not a date; expected yyyy-MM-dd HH:mm:ss"
      })
  void rejectsDatesTheCanonicalReaderWouldReject(String text, String reason) {
    SourceDates.Dated dated =
        SourceDates.dated(
            "Date", text, SourceDates.iso(text), "yyyy-MM-dd HH:mm:ss", ZoneOffset.UTC);
    assertNull(dated.date());
    assertEquals(new Fault("Date", text, reason), dated.fault());
  }

  @Test
  void acceptsTheEdgesOfTheRange() {
    for (String text : new String[] {"1900-01-01", "2100-12-31T23:59:59"}) {
      assertEquals(
          null,
          SourceDates.dated("Date", text, SourceDates.iso(text), "ISO", ZoneOffset.UTC).fault());
    }
    // 23:30 UTC on the last day is the next day, 2101, in Tokyo: out of range there.
    String late = "2100-12-31T23:30:00Z";
    assertEquals(
        null,
        SourceDates.dated("Date", late, SourceDates.iso(late), "ISO", ZoneId.of("Asia/Tokyo"))
            .date());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Oct 6, 2022, 13:19:20 PM", "Oct 6, 2022, 0:19:20 AM"})
  void refusesImpossibleTwelveHourTimes(String text) {
    assertEquals(false, SourceDates.monthDayYear(text).timeIsPossible());
  }
}
