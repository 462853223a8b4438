package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ingest.PatientIds;

class PseudonymTest {

  private static final PseudonymKey TEST_KEY = key("test-key-0123456789");

  static PseudonymKey key(String text) {
    return PseudonymKey.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void computesHmacSha256AsRfc4231TestCaseOne() {
    // RFC 4231 section 4.2: key = 0x0b repeated 20 times, data = "Hi There".
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);
    assertEquals(
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        HexFormat.of().formatHex(PseudonymKey.of(key).hmac("Hi There")));
  }

  // Each expected value: printf '<id>' | openssl dgst -sha256 -hmac '<key>', first 16 characters.
  @ParameterizedTest
  @CsvSource({
    "test-key-0123456789, PAT-ALPHA-001, ae075153c42ac38f",
    "test-key-0123456789, P00000, 4383d2e3544d0006",
    "key, P0001, b5423ff6d7b22a59",
    "KEY-SECRET-XRAY-0123456789-abcdefghijklmnopqrstuv, PAT-ALPHA-001, 8631be0acddb1e04"
  })
  void isTheFirstSixteenHexCharactersOfTheHmacOfTheId(String key, String id, String expected) {
    assertEquals(expected, Pseudonym.of(key(key), id));
  }

  @Test
  void sameKeyGivesSamePseudonymAndAnotherKeyAnother() {
    assertEquals(
        Pseudonym.of(TEST_KEY, "P0001"), Pseudonym.of(key("test-key-0123456789"), "P0001"));
    assertNotEquals(
        Pseudonym.of(TEST_KEY, "P0001"), Pseudonym.of(key("test-key-0123456780"), "P0001"));
    assertNotEquals(Pseudonym.of(TEST_KEY, "P0001"), Pseudonym.of(TEST_KEY, "P0002"));
  }

  @Test
  void isAValidCanonicalPatientId() {
    String pseudonym = Pseudonym.of(TEST_KEY, "PAT-ALPHA-001");
    assertEquals(16, pseudonym.length());
    assertTrue(pseudonym.matches("[0-9a-f]{16}"), pseudonym);
    assertTrue(PatientIds.isValid(pseudonym));
  }

  @Test
  void keyDoesNotShowInItsDescription() {
    assertEquals("PseudonymKey[19 bytes]", TEST_KEY.toString());
    assertEquals(19, TEST_KEY.length());
    assertEquals(TEST_KEY, key("test-key-0123456789"));
    assertEquals(TEST_KEY.hashCode(), key("test-key-0123456789").hashCode());
    assertNotEquals(TEST_KEY, key("other"));
  }

  @Test
  void keepsACopyOfTheKeyBytes() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    PseudonymKey key = PseudonymKey.of(bytes);
    String before = Pseudonym.of(key, "P1");
    bytes[0] = 'x';
    assertEquals(before, Pseudonym.of(key, "P1"));
  }

  @Test
  void refusesAnEmptyKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of(new byte[0]));
    assertEquals("a key needs at least one byte", e.getMessage());
  }
}
