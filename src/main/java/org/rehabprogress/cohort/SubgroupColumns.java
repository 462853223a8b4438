package org.rehabprogress.cohort;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.privacy.AgeBand;

/**
 * The columns of {@code rehab cohort --by} (SPEC section 11) and each patient's value in them. A
 * column is any column of patients.csv, its name matched case-insensitively after trimming, its
 * value the cell as written, trimmed (so {@code F} and {@code f} are two values); an empty cell, or
 * no patients.csv row, is no value. Two names are also derived when patients.csv has no column of
 * that name: {@code age_band}, the five-year band of the age at start that {@code rehab anonymise}
 * writes (so an anonymised copy gives the same subgroups), and {@code years_since_surgery_band},
 * the completed years from surgery_date to start in the bands {@code 0-1}, {@code 2-4}, {@code 5-9}
 * and {@code 10+} (no value when the surgery is after the start).
 */
public final class SubgroupColumns {

  /** The age band at start, from birth_year. */
  public static final String AGE_BAND = "age_band";

  /** The band of completed years from surgery to start, from surgery_date. */
  public static final String YEARS_SINCE_SURGERY_BAND = "years_since_surgery_band";

  /**
   * The order of a column's values: values that begin with a number by that number first (so that
   * {@code 5-9} comes before {@code 10-14}), then as text; no value last.
   */
  public static final Comparator<String> ORDER =
      Comparator.nullsLast(
          Comparator.comparing(SubgroupColumns::leadingNumber)
              .thenComparing(Comparator.naturalOrder()));

  private SubgroupColumns() {}

  /**
   * Returns the columns of {@code --by} as read: trimmed, lower-cased, in the order given.
   *
   * @throws IllegalArgumentException for an empty name, {@code patient_id} (every patient would be
   *     a subgroup of one) or a name given twice
   */
  public static List<String> names(List<String> given) {
    List<String> names = new ArrayList<>(given.size());
    for (String g : given) {
      String name = g.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "--by has an empty column name; write e.g. --by sex,site");
      }
      if (name.equals("patient_id")) {
        throw new IllegalArgumentException(
            "--by patient_id would make every patient a subgroup of one; name a column that"
                + " patients share, e.g. --by sex");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("--by names " + name + " twice; name it once");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /**
   * Returns a patient's value in each column, null where there is none.
   *
   * @param info the patient's patients.csv row, or null
   * @param start the patient's start
   * @param by the columns, as {@link #names} reads them
   */
  public static List<String> values(PatientInfo info, LocalDate start, List<String> by) {
    List<String> values = new ArrayList<>(by.size());
    for (String column : by) {
      values.add(value(info, start, column));
    }
    return values;
  }

  private static String value(PatientInfo info, LocalDate start, String column) {
    if (info == null) {
      return null;
    }
    String written = info.columns().get(column);
    if (written != null) {
      return written;
    }
    if (column.equals(AGE_BAND) && info.birthYear() != null) {
      return AgeBand.of(info.birthYear(), start.getYear());
    }
    if (column.equals(YEARS_SINCE_SURGERY_BAND) && info.surgeryDate() != null) {
      return yearsSinceSurgeryBand(info.surgeryDate(), start);
    }
    return null;
  }

  /**
   * Returns the band of the completed years from surgery to start: {@code 0-1}, {@code 2-4}, {@code
   * 5-9} or {@code 10+}; null when the surgery is after the start.
   */
  public static String yearsSinceSurgeryBand(LocalDate surgery, LocalDate start) {
    if (surgery.isAfter(start)) {
      return null;
    }
    int years = Period.between(surgery, start).getYears();
    if (years < 2) {
      return "0-1";
    }
    if (years < 5) {
      return "2-4";
    }
    return years < 10 ? "5-9" : "10+";
  }

  /**
   * Returns what to say when no analysed patient has a value in a column of {@code --by}: most
   * likely a misspelt name.
   */
  public static String noValues(String column) {
    String where =
        switch (column) {
          case AGE_BAND -> "an age_band or a birth_year";
          case YEARS_SINCE_SURGERY_BAND -> "a years_since_surgery_band or a surgery_date";
          default -> "a value in a column " + column;
        };
    return "--by "
        + column
        + ": no analysed patient has "
        + where
        + " in patients.csv; name a column of patients.csv (matched case-insensitively), or"
        + " age_band (from birth_year) or years_since_surgery_band (from surgery_date)";
  }

  /** Returns the number a value begins with, as a sortable key (digits only, no sign). */
  private static String leadingNumber(String value) {
    int end = 0;
    while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
      end++;
    }
    String digits = value.substring(0, end).replaceFirst("^0+(?=.)", "");
    // No number sorts after every number; longer numbers are larger.
    return end == 0 ? "\uffff" : (char) ('0' + Math.min(digits.length(), 60)) + digits;
  }
}
