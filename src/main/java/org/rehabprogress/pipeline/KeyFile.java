package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.privacy.PseudonymKey;

/**
 * Reads the key of {@code rehab anonymise}: the file's bytes exactly as stored (a trailing newline
 * included, so that another implementation reading the same file gets the same pseudonyms).
 */
public final class KeyFile {

  /** Fewer bytes than this get a warning: 32 random bytes match HMAC-SHA256's strength. */
  public static final int ADVISED_BYTES = 32;

  /** A key file larger than this is taken for a wrong file (a data file named by mistake). */
  static final int MAX_BYTES = 64 * 1024;

  private static final String PUT_A_SECRET =
      "put a secret of at least " + ADVISED_BYTES + " random bytes in it";

  private KeyFile() {}

  /**
   * Returns the key a file holds.
   *
   * @throws InputFileException when the file is missing, a folder, unreadable, larger than 64 KiB,
   *     or holds nothing but white space
   */
  public static PseudonymKey read(Path file) throws InputFileException {
    String label = file.toString();
    if (!Files.exists(file)) {
      throw new InputFileException(
          label,
          0,
          "the key file does not exist",
          "create it, " + PUT_A_SECRET + ", and keep it apart from the export");
    }
    if (Files.isDirectory(file)) {
      throw new InputFileException(
          label, 0, "the key file is a folder", "name the file that holds the key");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InputFileException(
          label, 0, "the key file cannot be read", "check that it is a file you may read");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InputFileException(
          label,
          0,
          "the key file is larger than 64 KiB",
          "name the file that holds the key, not a data file");
    }
    if (blank(bytes)) {
      throw new InputFileException(label, 0, "the key file is empty", PUT_A_SECRET);
    }
    return PseudonymKey.of(bytes);
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
