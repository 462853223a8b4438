package org.rehabprogress.ingest;

import java.util.Arrays;

/**
 * An int column of one piece of a file, written into its own region of an array the file's pieces
 * share, so that assembling the file moves rows within one array instead of copying into another. A
 * piece that outgrows its region spills into an array of its own.
 */
final class IntList {
  private int[] values;
  private int offset;
  private int capacity;
  private int size;

  /** A column in {@code shared[offset .. offset + capacity)}. */
  IntList(int[] shared, int offset, int capacity) {
    this.values = shared;
    this.offset = offset;
    this.capacity = capacity;
  }

  /** A column in an array of its own. */
  IntList(int capacity) {
    this(new int[Math.max(16, capacity)], 0, Math.max(16, capacity));
  }

  void add(int value) {
    if (size == capacity) {
      int grown = capacity + (capacity >> 1) + 16;
      values = Arrays.copyOfRange(values, offset, offset + grown);
      offset = 0;
      capacity = grown;
    }
    values[offset + size++] = value;
  }

  int get(int index) {
    return values[offset + index];
  }

  int size() {
    return size;
  }

  /** Returns the backing array; the values are {@code array()[offset() .. offset() + size())}. */
  int[] array() {
    return values;
  }

  int offset() {
    return offset;
  }
}
