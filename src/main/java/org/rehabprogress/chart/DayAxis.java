package org.rehabprogress.chart;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;

/**
 * Calendar days on a chart's x axis. A day {@code d} is the interval from its midnight to the next
 * one in UTC, so a daily point sits at noon, inside its day, and a window of days is shaded from
 * the first day's midnight to the midnight after the last day. Labels are {@code d MMM} in
 * Locale.ROOT (months and years for long spans), never the machine's zone or language.
 */
final class DayAxis {

  static final long DAY_MS = 86_400_000L;

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private DayAxis() {}

  /** Returns the x of a day's noon, where its daily values are drawn. */
  static double noon(LocalDate day) {
    return day.toEpochDay() * DAY_MS + DAY_MS / 2.0;
  }

  /** Returns the x of a day's first instant. */
  static double startOf(LocalDate day) {
    return day.toEpochDay() * DAY_MS;
  }

  /** Returns the x just after a day's last instant. */
  static double endOf(LocalDate day) {
    return (day.toEpochDay() + 1) * DAY_MS;
  }

  /** Returns a date axis labelled {@code label} showing the days {@code first .. last}. */
  static DateAxis of(String label, LocalDate first, LocalDate last) {
    DateAxis axis = ChartStyle.axis(new DateAxis(label, UTC, Locale.ROOT));
    // Day units and longer only: an hourly tick would repeat its day's label.
    TickUnits units = new TickUnits();
    DateFormat day = format("d MMM");
    DateFormat month = format("MMM yyyy");
    units.add(new DateTickUnit(DateTickUnitType.DAY, 1, day));
    units.add(new DateTickUnit(DateTickUnitType.DAY, 2, day));
    units.add(new DateTickUnit(DateTickUnitType.DAY, 7, day));
    units.add(new DateTickUnit(DateTickUnitType.DAY, 14, day));
    units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, month));
    units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, month));
    units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, month));
    units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, month));
    units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
    units.add(new DateTickUnit(DateTickUnitType.YEAR, 5, format("yyyy")));
    axis.setStandardTickUnits(units);
    axis.setRange(startOf(first), endOf(last));
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    return axis;
  }

  private static DateFormat format(String pattern) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
    format.setTimeZone(UTC);
    return format;
  }
}
