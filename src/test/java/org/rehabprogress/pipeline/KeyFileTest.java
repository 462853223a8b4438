package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.privacy.Pseudonym;
import org.rehabprogress.privacy.PseudonymKey;

class KeyFileTest {

  @TempDir Path dir;

  private String failure(Path file) {
    return assertThrows(InputFileException.class, () -> KeyFile.read(file)).getMessage();
  }

  @Test
  void readsTheBytesExactlyAsStoredNewlineIncluded() throws Exception {
    Path file = dir.resolve("key");
    Files.writeString(file, "key\n", StandardCharsets.UTF_8);
    PseudonymKey key = KeyFile.read(file);
    assertEquals(4, key.length());
    // printf 'P0001' | openssl dgst -sha256 -hmac "$(printf 'key\n')" cannot carry the newline,
    // so compare with the key built from the same four bytes.
    assertEquals(
        Pseudonym.of(PseudonymKey.of("key\n".getBytes(StandardCharsets.UTF_8)), "P0001"),
        Pseudonym.of(key, "P0001"));
    assertEquals(
        "b5423ff6d7b22a59",
        Pseudonym.of(PseudonymKey.of("key".getBytes(StandardCharsets.UTF_8)), "P0001"));
  }

  @Test
  void namesAMissingFile() {
    Path file = dir.resolve("absent.key");
    assertEquals(
        file
            + ":0: the key file does not exist; create it, put a secret of at least 32 random"
            + " bytes in it, and keep it apart from the export",
        failure(file));
  }

  @Test
  void namesAnEmptyFileAndOneOfWhiteSpace() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.key"));
    assertEquals(
        empty + ":0: the key file is empty; put a secret of at least 32 random bytes in it",
        failure(empty));
    Path blank = Files.writeString(dir.resolve("blank.key"), " \r\n\t\n");
    assertEquals(
        blank + ":0: the key file is empty; put a secret of at least 32 random bytes in it",
        failure(blank));
  }

  @Test
  void namesAFolderAndAFileTooLargeForAKey() throws Exception {
    assertEquals(
        dir + ":0: the key file is a folder; name the file that holds the key", failure(dir));
    Path large = Files.write(dir.resolve("data.csv"), new byte[KeyFile.MAX_BYTES + 1]);
    assertEquals(
        large
            + ":0: the key file is larger than 64 KiB; name the file that holds the key, not a"
            + " data file",
        failure(large));
    Path largest = Files.write(dir.resolve("big.key"), new byte[KeyFile.MAX_BYTES]);
    assertEquals(KeyFile.MAX_BYTES, KeyFile.read(largest).length());
  }
}
