package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
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
    assertEquals(LocalDate.parse(expected), SourceDates.iso(text));
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
    assertEquals(LocalDate.parse(expected), SourceDates.dayMonthYear(text));
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
    assertEquals(LocalDate.parse(expected), SourceDates.monthDayYear(text));
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
      assertEquals(LocalDate.of(2021, 10, 11), SourceDates.dayMonthYear("11th OCT 2021"));
      assertEquals(LocalDate.of(2022, 5, 6), SourceDates.monthDayYear("MAY 6, 2022, 1:00:00 PM"));
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
    assertEquals(LocalDate.parse(expected), SourceDates.fitbit(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"21/04/2020 08:00", "13/01/20", "2020-13-01", "4/21/20", ""})
  void refusesOtherFitbitDates(String text) {
    assertNull(SourceDates.fitbit(text));
  }

  @ParameterizedTest
  @CsvSource({"4/12/2016 12:00:00 AM, 2016-04-12", "12/1/2016, 2016-12-01"})
  void readsFitabaseDatesMonthFirst(String text, String expected) {
    assertEquals(LocalDate.parse(expected), SourceDates.fitabase(text));
  }

  @ParameterizedTest
  @CsvSource({"2019-11-01T08:31:40.751Z, 08:31:40", "04/21/20 7:05, 07:05:00", "2019-11-02, ''"})
  void readsTheTimeOfDayAsWritten(String text, String expected) {
    assertEquals(expected.isEmpty() ? null : expected, SourceDates.time(text));
  }
}
