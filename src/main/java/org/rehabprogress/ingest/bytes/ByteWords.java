package org.rehabprogress.ingest.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of an array read as one little-endian long, for comparing and hashing bytes a word at
 * a time.
 */
public final class ByteWords {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** A multiplier that spreads bits well (the 64-bit golden ratio). */
  public static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private ByteWords() {}

  /** Returns the bytes {@code b[at, at + 8)} as a little-endian long. */
  public static long at(byte[] b, int at) {
    return (long) LONGS.get(b, at);
  }
}
