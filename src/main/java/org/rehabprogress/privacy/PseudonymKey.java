package org.rehabprogress.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret under which patient ids become pseudonyms and date offsets: the bytes of the key file,
 * exactly as stored (a trailing newline included). Never printed: {@link #toString()} hides it.
 */
public final class PseudonymKey {

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] bytes;

  // Mac is not thread-safe and slow to look up: one per thread, initialised once with the key.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private PseudonymKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns a key of the given bytes, copied.
   *
   * @throws IllegalArgumentException when there are no bytes
   */
  public static PseudonymKey of(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("a key needs at least one byte");
    }
    return new PseudonymKey(bytes.clone());
  }

  /** Returns the number of bytes in the key. */
  public int length() {
    return bytes.length;
  }

  /** Returns HMAC-SHA256 of a message's UTF-8 bytes under this key: 32 bytes. */
  public byte[] hmac(String message) {
    // doFinal resets the Mac for the next message under the same key.
    return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(bytes, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256, and any non-empty key is valid for it.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** Says whether another key has the same bytes. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PseudonymKey && Arrays.equals(bytes, ((PseudonymKey) other).bytes);
  }

  /** Returns a hash of the key bytes, consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Returns a description that does not reveal the key. */
  @Override
  public String toString() {
    return "PseudonymKey[" + bytes.length + " bytes]";
  }
}
