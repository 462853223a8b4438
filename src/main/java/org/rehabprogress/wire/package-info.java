/**
 * The compact binary form of the records that cross a process boundary: what a Spark task sends its
 * driver (a task's per-patient table, its rejects and counts).
 *
 * <p>Entry class: {@link org.rehabprogress.wire.RecordCodec}: {@code of(Type.class)} builds, by
 * reflection over the record's components, the encoding of a record (or of a sealed interface of
 * records) and of everything it holds: numbers, text, enums, dates, arrays, lists, sets, maps and
 * nested records. A component added to a record (a new figure of {@code PatientSummary}, say)
 * travels with no change here or in the code that sends it; a type the codec cannot write is named
 * when the codec is built, not when a task runs. Not Java serialisation: no class names, field
 * names or object graph in the bytes, only the values in component order; both ends run the same
 * jar.
 *
 * <p>Pure: bytes in, values out; no files. Uses only the JDK; used by {@code spark}.
 */
package org.rehabprogress.wire;
