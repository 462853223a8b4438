package org.rehabprogress.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * A piece's share of its file's columns: rows {@code [offset, offset + capacity)} of arrays that
 * all pieces of the file share, allocated once at the size the file's bytes suggest.
 */
final class Region {

  /** The arrays of one file, by column name, allocated on first use. */
  static final class Shared {
    private final int capacity;
    private final Map<String, Object> arrays = new HashMap<>();

    Shared(int capacity) {
      this.capacity = capacity;
    }

    synchronized int[] ints(String name) {
      return (int[]) arrays.computeIfAbsent(name, k -> new int[capacity]);
    }

    synchronized double[] doubles(String name) {
      return (double[]) arrays.computeIfAbsent(name, k -> new double[capacity]);
    }
  }

  private final Shared shared;
  private final int offset;
  private final int capacity;

  Region(Shared shared, int offset, int capacity) {
    this.shared = shared;
    this.offset = offset;
    this.capacity = capacity;
  }

  /** Returns a region of its own, for small files. */
  static Region own(int capacity) {
    return new Region(new Shared(capacity), 0, capacity);
  }

  IntList ints(String name) {
    return new IntList(shared.ints(name), offset, capacity);
  }

  DoubleList doubles(String name) {
    return new DoubleList(shared.doubles(name), offset, capacity);
  }
}
