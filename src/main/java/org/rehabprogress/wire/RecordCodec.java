package org.rehabprogress.wire;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The byte form of a record, or of a sealed interface of records, and of everything it holds, built
 * from the type's declaration: each component in order, nested records and sealed cases likewise. A
 * component added to a record is encoded with no change to any code that uses the codec.
 *
 * <p>What it writes: {@code boolean}, whole numbers (zig-zag variable-length) and floating-point
 * numbers (their exact bits: NaN and -0.0 survive), boxed or not; {@link String}; enums; {@link
 * java.time.LocalDate}; arrays; {@link java.util.List}, {@link java.util.Set} and {@link
 * java.util.Map} of those (read back as ArrayList, LinkedHashSet and LinkedHashMap in the written
 * order); records; sealed interfaces whose cases are any of these; and a class with a public static
 * {@code parse(String)} that reads back its {@code toString()}. A reference may be null. Both ends
 * must run the same classes: the bytes hold no names.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param <T> the encoded type
 */
public final class RecordCodec<T> {

  private static final ConcurrentHashMap<Class<?>, RecordCodec<?>> CODECS =
      new ConcurrentHashMap<>();

  private final Class<T> type;
  private final Plan plan;

  private RecordCodec(Class<T> type) {
    this.type = type;
    this.plan = Plan.of(type);
  }

  /**
   * Returns the codec of a type, built on first use.
   *
   * @throws IllegalArgumentException when the type holds, at any depth, a type it cannot write
   *     (naming the type and where it is)
   */
  @SuppressWarnings("unchecked")
  public static <T> RecordCodec<T> of(Class<T> type) {
    if (!type.isRecord() && !type.isSealed()) {
      throw new IllegalArgumentException(type + " is neither a record nor a sealed interface");
    }
    return (RecordCodec<T>) CODECS.computeIfAbsent(type, t -> new RecordCodec<>(t));
  }

  /** Returns a value's bytes. */
  public byte[] encode(T value) {
    Objects.requireNonNull(value, "value");
    Bytes.Out out = new Bytes.Out();
    plan.write(value, out);
    return out.toArray();
  }

  /**
   * Returns the value of bytes {@link #encode} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not such a value, or have bytes left over
   */
  public T decode(byte[] bytes) {
    Bytes.In in = new Bytes.In(bytes);
    Object value = plan.read(in);
    if (!in.atEnd()) {
      throw new IllegalArgumentException("bytes left over after the " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
