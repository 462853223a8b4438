package org.rehabprogress.wire;

import java.time.LocalDate;
import java.util.Map;

/**
 * The plans of single values and of arrays of primitives: whole numbers as zig-zag variable-length
 * numbers, floating-point numbers as their exact bits, text as UTF-8, dates as epoch days.
 */
final class Scalars {

  private Scalars() {}

  /** A plan from two functions. */
  private static final class Of extends Plan {
    interface Writer {
      void write(Object value, Bytes.Out out);
    }

    interface Reader {
      Object read(Bytes.In in);
    }

    private final Writer writer;
    private final Reader reader;

    Of(Writer writer, Reader reader) {
      this.writer = writer;
      this.reader = reader;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      writer.write(value, out);
    }

    @Override
    Object read(Bytes.In in) {
      return reader.read(in);
    }
  }

  private static final Plan BOOLEAN =
      new Of((v, out) -> out.writeByte((Boolean) v ? 1 : 0), in -> in.readByte() != 0);
  private static final Plan BYTE =
      new Of((v, out) -> out.writeLong((Byte) v), in -> (byte) in.readLong());
  private static final Plan SHORT =
      new Of((v, out) -> out.writeLong((Short) v), in -> (short) in.readLong());
  private static final Plan CHAR =
      new Of((v, out) -> out.writeLong((Character) v), in -> (char) in.readLong());
  private static final Plan INT =
      new Of((v, out) -> out.writeLong((Integer) v), in -> in.readInt());
  private static final Plan LONG = new Of((v, out) -> out.writeLong((Long) v), Bytes.In::readLong);
  private static final Plan FLOAT =
      new Of(
          (v, out) -> out.writeFixed(Float.floatToRawIntBits((Float) v)),
          in -> Float.intBitsToFloat((int) in.readFixed()));
  private static final Plan DOUBLE =
      new Of(
          (v, out) -> out.writeFixed(Double.doubleToRawLongBits((Double) v)),
          in -> Double.longBitsToDouble(in.readFixed()));
  private static final Plan STRING =
      new Of((v, out) -> out.writeString((String) v), Bytes.In::readString);
  private static final Plan DATE =
      new Of(
          (v, out) -> out.writeLong(((LocalDate) v).toEpochDay()),
          in -> LocalDate.ofEpochDay(in.readLong()));

  private static final Map<Class<?>, Plan> SINGLE =
      Map.ofEntries(
          Map.entry(boolean.class, BOOLEAN),
          Map.entry(Boolean.class, BOOLEAN),
          Map.entry(byte.class, BYTE),
          Map.entry(Byte.class, BYTE),
          Map.entry(short.class, SHORT),
          Map.entry(Short.class, SHORT),
          Map.entry(char.class, CHAR),
          Map.entry(Character.class, CHAR),
          Map.entry(int.class, INT),
          Map.entry(Integer.class, INT),
          Map.entry(long.class, LONG),
          Map.entry(Long.class, LONG),
          Map.entry(float.class, FLOAT),
          Map.entry(Float.class, FLOAT),
          Map.entry(double.class, DOUBLE),
          Map.entry(Double.class, DOUBLE),
          Map.entry(String.class, STRING),
          Map.entry(LocalDate.class, DATE));

  private static final Map<Class<?>, Plan> ARRAYS =
      Map.of(
          byte.class,
          new Of((v, out) -> writeBytes((byte[]) v, out), Bytes.In::readBytes),
          boolean.class,
          new Of((v, out) -> writeBooleans((boolean[]) v, out), Scalars::readBooleans),
          int.class,
          new Of((v, out) -> writeInts((int[]) v, out), Scalars::readInts),
          long.class,
          new Of((v, out) -> writeLongs((long[]) v, out), Scalars::readLongs),
          double.class,
          new Of((v, out) -> writeDoubles((double[]) v, out), Scalars::readDoubles));

  /** Returns the plan of a number, a boolean, text or a date (boxed or not), or null. */
  static Plan of(Class<?> c) {
    return SINGLE.get(c);
  }

  /** Returns the plan of an array of a primitive type this codec packs, or null. */
  static Plan array(Class<?> component) {
    return ARRAYS.get(component);
  }

  private static void writeBytes(byte[] v, Bytes.Out out) {
    out.writeCount(v.length);
    out.writeBytes(v);
  }

  private static void writeBooleans(boolean[] v, Bytes.Out out) {
    out.writeCount(v.length);
    for (boolean b : v) {
      out.writeByte(b ? 1 : 0);
    }
  }

  private static boolean[] readBooleans(Bytes.In in) {
    boolean[] v = new boolean[in.readCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readByte() != 0;
    }
    return v;
  }

  private static void writeInts(int[] v, Bytes.Out out) {
    out.writeCount(v.length);
    for (int x : v) {
      out.writeLong(x);
    }
  }

  private static int[] readInts(Bytes.In in) {
    int[] v = new int[in.readCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readInt();
    }
    return v;
  }

  private static void writeLongs(long[] v, Bytes.Out out) {
    out.writeCount(v.length);
    for (long x : v) {
      out.writeLong(x);
    }
  }

  private static long[] readLongs(Bytes.In in) {
    long[] v = new long[in.readCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readLong();
    }
    return v;
  }

  private static void writeDoubles(double[] v, Bytes.Out out) {
    out.writeCount(v.length);
    for (double x : v) {
      out.writeFixed(Double.doubleToRawLongBits(x));
    }
  }

  private static double[] readDoubles(Bytes.In in) {
    double[] v = new double[in.readCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Double.longBitsToDouble(in.readFixed());
    }
    return v;
  }
}
