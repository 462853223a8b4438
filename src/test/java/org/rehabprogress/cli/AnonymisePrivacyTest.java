package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scans every byte of every file of the anonymised copy for what must not be there: each original
 * patient id, note, event text, cell of an unknown column, rare activity name, blanked site, every
 * original calendar date (study dates) and the key as text, hex and base64. The fixture's secrets
 * are upper-case words joined by hyphens, so none can occur by chance inside a lower-case hex
 * pseudonym (see {@link AnonymiseFixture}).
 */
class AnonymisePrivacyTest {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECRET_WORD = Pattern.compile("[A-Za-z0-9=-]*SECRET[A-Za-z0-9-]*");

  @TempDir Path dir;

  /** Returns the strings of the input that the copy must not hold. */
  private static Set<String> secrets(Path in, boolean dates) throws Exception {
    Set<String> secrets = new TreeSet<>();
    for (String file : AnonymiseFixture.FILES) {
      String text = Files.readString(in.resolve(file), StandardCharsets.UTF_8);
      List<CSVRecord> rows =
          CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text)).getRecords();
      for (CSVRecord row : rows) {
        secrets.add(row.get("patient_id"));
        for (String column : List.of("notes", "event", "device_serial", "nhs_number")) {
          if (row.isMapped(column) && !row.get(column).isEmpty()) {
            secrets.add(row.get(column));
          }
        }
      }
      Matcher words = SECRET_WORD.matcher(text);
      while (words.find()) {
        secrets.add(words.group());
      }
      Matcher isoDates = ISO_DATE.matcher(text);
      while (dates && isoDates.find()) {
        secrets.add(isoDates.group());
      }
    }
    secrets.add("Gardening at SECRET-FARM-ROMEO");
    secrets.add("SITE-LONELY-OSCAR");
    return secrets;
  }

  private static List<String> keyForms() {
    byte[] key = AnonymiseFixture.KEY.getBytes(StandardCharsets.UTF_8);
    return List.of(
        AnonymiseFixture.KEY,
        HexFormat.of().formatHex(key),
        HexFormat.of().withUpperCase().formatHex(key),
        Base64.getEncoder().encodeToString(key));
  }

  /** Returns the secrets found in a folder's files, as "file: secret". */
  private static List<String> found(Path folder, Set<String> secrets) throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        // Latin-1 maps each byte to one char, so indexOf is a search over the raw bytes.
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          String needle =
              new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
          if (bytes.contains(needle)) {
            found.add(file.getFileName() + ": " + secret);
          }
        }
      }
    }
    return found;
  }

  @ParameterizedTest
  @CsvSource({"study, 2", "study, 11", "shift, 2"})
  void noOriginalIdNoteEventDateOrKeyInAnyOutputByte(String dates, int minCell) throws Exception {
    Path in = AnonymiseFixture.copy(dir);
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "anonymise",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--key-file",
            dir.resolve("key").toString(),
            "--dates",
            dates,
            "--min-cell",
            Integer.toString(minCell));
    assertEquals(0, run.exit(), run.err());
    Set<String> secrets = secrets(in, dates.equals("study"));
    // The scan can fail: the input holds every secret but the key.
    assertEquals(
        secrets.size(),
        found(in, secrets).stream().map(f -> f.split(": ", 2)[1]).distinct().count());
    assertTrue(secrets.contains("PAT-ECHO-005"));
    assertTrue(secrets.contains("NOTE-SECRET-KILO"));
    assertTrue(secrets.contains("medication change: SECRET-DRUG-TANGO 10 mg"));
    assertTrue(secrets.contains("NHS-SECRET-3333"));
    assertEquals(dates.equals("study"), secrets.contains("2019-07-15"));
    secrets.addAll(keyForms());
    assertEquals(List.of(), found(out, secrets));
    for (String key : keyForms()) {
      assertFalse(run.out().contains(key) || run.err().contains(key), "the key was printed");
    }
  }

  @Test
  void scanFindsASecretWrittenIntoTheCopy() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("leaky"));
    Files.writeString(folder.resolve("notes.csv"), "x,2026-03-02\n", StandardCharsets.UTF_8);
    Files.write(
        folder.resolve("z.bin"),
        HexFormat.of()
            .withUpperCase()
            .formatHex(AnonymiseFixture.KEY.getBytes(StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.US_ASCII));
    Set<String> secrets = new TreeSet<>(Set.of("2026-03-02", "2026-03-03"));
    secrets.addAll(keyForms());
    assertEquals(
        List.of(
            "notes.csv: 2026-03-02",
            "z.bin: "
                + HexFormat.of()
                    .withUpperCase()
                    .formatHex(AnonymiseFixture.KEY.getBytes(StandardCharsets.UTF_8))),
        found(folder, secrets));
  }
}
