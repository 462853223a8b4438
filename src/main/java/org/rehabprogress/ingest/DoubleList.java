package org.rehabprogress.ingest;

import java.util.Arrays;

/** A double column of one piece of a file, in a shared region like {@link IntList}. */
final class DoubleList {
  private double[] values;
  private int offset;
  private int capacity;
  private int size;

  /** A column in {@code shared[offset .. offset + capacity)}. */
  DoubleList(double[] shared, int offset, int capacity) {
    this.values = shared;
    this.offset = offset;
    this.capacity = capacity;
  }

  void add(double value) {
    if (size == capacity) {
      int grown = capacity + (capacity >> 1) + 16;
      values = Arrays.copyOfRange(values, offset, offset + grown);
      offset = 0;
      capacity = grown;
    }
    values[offset + size++] = value;
  }

  int size() {
    return size;
  }

  /** Returns the backing array; the values are {@code array()[offset() .. offset() + size())}. */
  double[] array() {
    return values;
  }

  int offset() {
    return offset;
  }
}
