package org.rehabprogress.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One task's share of an input sorted by patient: the patients from one id up to another, and the
 * segments of every file that hold their rows.
 *
 * @param task the task's number
 * @param from the first patient id of the share, or null for the first share
 * @param until the first patient id of the next share, or null for the last
 * @param segments the segments, by kind in ledger order, each kind's in file order
 */
record Share(int task, String from, String until, List<Segment> segments) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the list. */
  Share {
    segments = List.copyOf(segments);
  }

  /** Returns whether a patient id belongs to this share. */
  boolean holds(String id) {
    return (from == null || id.compareTo(from) >= 0) && (until == null || id.compareTo(until) < 0);
  }
}
