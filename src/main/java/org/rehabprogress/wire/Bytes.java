package org.rehabprogress.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The two ends of the byte form: {@link Out} appends values to a growing array, {@link In} reads
 * them back in the same order. Whole numbers are zig-zag variable-length (a small count is one
 * byte), floating-point numbers their exact IEEE bits (NaN and -0.0 survive), text its UTF-8 bytes
 * after their length.
 */
final class Bytes {

  private Bytes() {}

  /** A growing byte array that values are appended to. */
  static final class Out {
    private byte[] buf = new byte[256];
    private int size;

    void writeByte(int b) {
      ensure(1);
      buf[size++] = (byte) b;
    }

    void writeLong(long v) {
      writeUnsigned((v << 1) ^ (v >> 63));
    }

    /** Writes a count, a length or an index: never negative, so no sign bit. */
    void writeCount(int n) {
      writeUnsigned(n);
    }

    private void writeUnsigned(long z) {
      ensure(10);
      while ((z & ~0x7FL) != 0) {
        buf[size++] = (byte) ((z & 0x7F) | 0x80);
        z >>>= 7;
      }
      buf[size++] = (byte) z;
    }

    void writeFixed(long bits) {
      ensure(8);
      for (int i = 0; i < 8; i++) {
        buf[size++] = (byte) (bits >>> (8 * i));
      }
    }

    void writeString(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      writeCount(utf8.length);
      writeBytes(utf8);
    }

    void writeBytes(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    byte[] toArray() {
      return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(size + more, buf.length * 2));
      }
    }
  }

  /** Reads the values of an {@link Out} back, in order. */
  static final class In {
    private final byte[] buf;
    private int pos;

    In(byte[] buf) {
      this.buf = buf;
    }

    int readByte() {
      check(1);
      return buf[pos++];
    }

    long readLong() {
      long z = readUnsigned();
      return (z >>> 1) ^ -(z & 1);
    }

    private long readUnsigned() {
      long z = 0;
      for (int shift = 0; ; shift += 7) {
        check(1);
        byte b = buf[pos++];
        z |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
        if (shift >= 63) {
          throw new IllegalArgumentException("a number of more than 10 bytes");
        }
      }
      return z;
    }

    int readInt() {
      return Math.toIntExact(readLong());
    }

    /** Reads a length or count, checking it against the bytes left (each element takes one). */
    int readCount() {
      long n = readUnsigned();
      if (n < 0 || n > buf.length - pos) {
        throw new IllegalArgumentException(
            "a count of " + n + " with " + (buf.length - pos) + " bytes left");
      }
      return (int) n;
    }

    /** Reads an index below {@code bound}. */
    int readIndex(int bound) {
      long i = readUnsigned();
      if (i < 0 || i >= bound) {
        throw new IllegalArgumentException("no index " + i + " of " + bound);
      }
      return (int) i;
    }

    long readFixed() {
      check(8);
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits |= (buf[pos++] & 0xFFL) << (8 * i);
      }
      return bits;
    }

    String readString() {
      int n = readCount();
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    byte[] readBytes() {
      int n = readCount();
      byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
      pos += n;
      return b;
    }

    boolean atEnd() {
      return pos == buf.length;
    }

    private void check(int n) {
      if (pos + n > buf.length) {
        throw new IllegalArgumentException("the bytes end before the value does");
      }
    }
  }
}
