package org.rehabprogress.ingest;

import java.util.function.LongUnaryOperator;
import org.rehabprogress.canonical.Measure;

/**
 * Why a row was rejected. Each case renders a reason that says what is wrong and what is expected,
 * for example {@code pain "11" is out of range 0-10; pain is a 0-10 numeric rating}.
 */
public sealed interface Problem {

  /** Returns the reason, one line, naming the column and value. */
  String reason();

  /**
   * Returns this problem with any line it names renumbered: the problem of a row read in a part of
   * its file, placed in the whole file.
   */
  default Problem relocated(LongUnaryOperator line) {
    return this;
  }

  /** A required value is empty. */
  record Empty(String column, String expected) implements Problem {
    @Override
    public String reason() {
      return column + " is empty; " + expected;
    }
  }

  /** A patient id that breaks the id rule. */
  record BadId(String value) implements Problem {
    @Override
    public String reason() {
      return "patient_id \""
          + value
          + "\" is not a valid id; use 1-64 letters, digits, '.', '_' or '-'";
    }
  }

  /** A date that is not ISO (and does not match --date-format when one is given). */
  record BadDate(String column, String value, String expected) implements Problem {
    @Override
    public String reason() {
      return column + " \"" + value + "\" is not a date; expected " + expected;
    }
  }

  /**
   * A date written like dd/MM/yyyy or MM/dd/yyyy without --date-format: day and month are unknown.
   */
  record AmbiguousDate(String column, String value) implements Problem {
    @Override
    public String reason() {
      return column
          + " \""
          + value
          + "\" has day and month in an unknown order; write yyyy-MM-dd or pass --date-format,"
          + " e.g. --date-format dd/MM/yyyy";
    }
  }

  /** A date in the right shape that no calendar has, like 2026-02-30. */
  record NoSuchDay(String column, String value) implements Problem {
    @Override
    public String reason() {
      return column + " \"" + value + "\" is not a day of the calendar; check day and month";
    }
  }

  /** A value that should be a number and is not. */
  record NotANumber(String column, String value, String meaning) implements Problem {
    @Override
    public String reason() {
      return column + " \"" + value + "\" is not a number; " + meaning;
    }
  }

  /** A number outside its column's range. */
  record OutOfRange(String column, String value, String range, String meaning) implements Problem {
    @Override
    public String reason() {
      String where = range.isEmpty() ? "" : " " + range;
      return column + " \"" + value + "\" is out of range" + where + "; " + meaning;
    }
  }

  /** A number with a fraction where only whole numbers are valid. */
  record NotWhole(String column, String value, String meaning) implements Problem {
    @Override
    public String reason() {
      return column + " \"" + value + "\" is not a whole number; " + meaning;
    }
  }

  /** A value outside a closed list of words (or numbers). */
  record NotOneOf(String column, String value, String expected) implements Problem {
    @Override
    public String reason() {
      return column + " \"" + value + "\" is not recognised; use " + expected;
    }
  }

  /** A medications.csv row whose last day comes before its first. */
  record EndBeforeStart(String end, String start) implements Problem {
    @Override
    public String reason() {
      return "end \""
          + end
          + "\" is before start \""
          + start
          + "\"; end is the last day taken (inclusive), empty while the drug is still taken";
    }
  }

  /** A symptom row with no measure at all. */
  record NoMeasure() implements Problem {
    @Override
    public String reason() {
      return "the row has no symptom value; fill at least one of " + Measure.columns();
    }
  }

  /** A row with more or fewer cells than the header. */
  record CellCount(int cells, int header) implements Problem {
    @Override
    public String reason() {
      return "the row has "
          + cells
          + " cells but the header has "
          + header
          + "; quote text that holds the separator and keep one cell per column";
    }
  }

  /** A second row for a patient in patients.csv that differs from the first. */
  record PatientListedTwice(String patientId, long firstLine) implements Problem {
    @Override
    public String reason() {
      return "patient_id \""
          + patientId
          + "\" is already listed on line "
          + firstLine
          + "; list each patient once";
    }

    @Override
    public Problem relocated(LongUnaryOperator line) {
      return new PatientListedTwice(patientId, line.applyAsLong(firstLine));
    }
  }
}
