package org.rehabprogress.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * The patients of one partition of record rows sorted by patient id, then file, then order in the
 * file: one patient's records at a time, so that a task holds one patient in memory, not its
 * partition.
 */
final class PatientGroups implements Iterator<PatientRecords> {

  private final Iterator<Row> rows;
  private Row pending;

  /** Wraps sorted record rows ({@link CanonicalRows#SCHEMA}). */
  PatientGroups(Iterator<Row> rows) {
    this.rows = rows;
    this.pending = rows.hasNext() ? rows.next() : null;
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public PatientRecords next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    String id = pending.getString(CanonicalRows.PID);
    PatientRecords group = new PatientRecords(id);
    group.add(pending);
    pending = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (!r.getString(CanonicalRows.PID).equals(id)) {
        pending = r;
        break;
      }
      group.add(r);
    }
    return group;
  }
}
