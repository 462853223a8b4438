package org.rehabprogress.sample;

import java.util.Arrays;

/**
 * One patient's generated rows as growable primitive columns, in file order. Values are held in the
 * units they are written in: pain and anxiety in halves of a point, sleep in tenths of an hour,
 * durations in minutes; -1 is an empty cell. A row's {@code fault} is the ordinal of the {@link
 * Fault} planted in it plus one, or 0.
 */
final class PatientRows {

  /**
   * Symptom columns: day offset, pain, anxiety, gad7, sleep, sleep quality, note, fault, then the
   * SPEC 3c measures: leg pain (halves), PEG (the sum of its three 0-10 items, written divided by
   * 3), ODI (percent) and PGIC (1-7).
   */
  static final int S_DAY = 0;

  static final int S_PAIN = 1;
  static final int S_ANXIETY = 2;
  static final int S_GAD7 = 3;
  static final int S_SLEEP = 4;
  static final int S_QUALITY = 5;
  static final int S_NOTE = 6;
  static final int S_FAULT = 7;
  static final int S_LEG = 8;
  static final int S_PEG = 9;
  static final int S_ODI = 10;
  static final int S_PGIC = 11;

  /** The width of a symptom row. */
  static final int S_WIDTH = 12;

  /** Activity columns: day offset, menu index, spelling, minutes, intensity, note, fault. */
  static final int A_DAY = 0;

  static final int A_KIND = 1;
  static final int A_SPELLING = 2;
  static final int A_MINUTES = 3;
  static final int A_INTENSITY = 4;
  static final int A_NOTE = 5;
  static final int A_FAULT = 6;

  /** An intensity code: 0-10 is an RPE, WORDS + 0/1/2 is light/moderate/vigorous. */
  static final int WORDS = 100;

  final Table symptoms = new Table(S_WIDTH);
  final Table activities = new Table(7);
  final Table events = new Table(2);

  /** medications.csv rows: see {@link Prescriptions}. */
  final Table medications = new Table(5);

  /** A growable table of int columns. */
  static final class Table {
    private int[][] columns;
    private int size;

    Table(int width) {
      columns = new int[width][64];
    }

    /** Appends a row of the table's width and returns its index. */
    int add(int... values) {
      if (size == columns[0].length) {
        for (int c = 0; c < columns.length; c++) {
          columns[c] = Arrays.copyOf(columns[c], size * 2);
        }
      }
      for (int c = 0; c < columns.length; c++) {
        columns[c][size] = values[c];
      }
      return size++;
    }

    int get(int row, int column) {
      return columns[column][row];
    }

    void set(int row, int column, int value) {
      columns[column][row] = value;
    }

    int size() {
      return size;
    }
  }
}
