package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-level problems stop the run with one line naming file, line, what and what to do. */
class InputFileProblemsTest {

  @TempDir Path dir;

  @BeforeEach
  void validFiles() throws Exception {
    CanonicalReaderTest.write(
        dir, "symptoms.csv", CanonicalReaderTest.SYMPTOMS + "P1,2026-10-01,5,,,,,\n");
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
  }

  private String problem() {
    InputFileException e =
        assertThrows(InputFileException.class, () -> CanonicalReaderTest.read(dir));
    return e.getMessage().replace(dir.toString(), "DIR");
  }

  @Test
  void namesAMissingFolder() {
    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> InputFolder.of(dir.resolve("nowhere"), null, null, null, null));
    assertEquals(
        dir.resolve("nowhere")
            + ":0: folder not found; pass --in with the folder that holds"
            + " activities.csv and symptoms.csv",
        e.getMessage());
  }

  @Test
  void namesAMissingFile() throws Exception {
    Files.delete(dir.resolve("activities.csv"));
    assertEquals(
        "DIR/activities.csv:0: file not found; check the name, or pass the folder that holds it with --in",
        problem());
  }

  @Test
  void namesAnEmptyFile() throws Exception {
    Files.write(dir.resolve("symptoms.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertEquals(
        "DIR/symptoms.csv:1: the file is empty (no header row); export it again with its header row",
        problem());
  }

  @Test
  void namesAMissingRequiredColumn() throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", "patient_id,day,pain\nP1,2026-10-01,5\n");
    assertEquals(
        "DIR/symptoms.csv:1: required column \"date\" is missing (the header has: patient_id, day, pain);"
            + " name the columns patient_id, date (see the README)",
        problem());
  }

  @Test
  void namesASymptomFileWithoutAnyMeasure() throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", "patient_id,date,mood\nP1,2026-10-01,ok\n");
    assertEquals(
        "DIR/symptoms.csv:1: no symptom column (the header has: patient_id, date, mood);"
            + " add at least one of pain, leg_pain, anxiety, gad7, sleep_hours, sleep_quality, peg,"
            + " odi, pgic",
        problem());
  }

  @Test
  void namesAColumnThatAppearsTwice() throws Exception {
    CanonicalReaderTest.write(
        dir, "symptoms.csv", "patient_id,date,pain,Pain\nP1,2026-10-01,5,6\n");
    assertEquals(
        "DIR/symptoms.csv:1: column \"pain\" appears twice in the header; keep one of them",
        problem());
  }

  @Test
  void namesTheLineOfAnUnterminatedQuote() throws Exception {
    CanonicalReaderTest.write(
        dir,
        "symptoms.csv",
        CanonicalReaderTest.SYMPTOMS
            + "P1,2026-10-01,5,,,,,\"fine\nstill fine\"\n"
            + "P1,2026-10-02,5,,,,,ok\n"
            + "P1,2026-10-03,5,,,,,\"never closed\n"
            + "P1,2026-10-04,5,,,,,\n");
    assertEquals(
        "DIR/symptoms.csv:5: a quoted cell that starts on this line is never closed;"
            + " close the quote (\") or remove it, and write a quote inside a quoted cell as \"\"",
        problem());
  }

  @Test
  void namesTextAfterAClosingQuote() throws Exception {
    CanonicalReaderTest.write(
        dir, "activities.csv", CanonicalReaderTest.ACTIVITIES + "P1,2026-10-01,\"Walk\"ing,30,,\n");
    assertEquals(
        "DIR/activities.csv:2: text follows the closing quote of a quoted cell;"
            + " quote the whole cell, and write a quote inside a quoted cell as \"\"",
        problem());
  }

  @Test
  void namesTheLineOfBytesThatAreNotUtf8() throws Exception {
    byte[] head =
        (CanonicalReaderTest.SYMPTOMS + "P1,2026-10-01,5,,,,,ok\nP1,2026-10-02,5,,,,,caf")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // Latin-1 e-acute
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(dir.resolve("symptoms.csv"), all);
    assertEquals(
        "DIR/symptoms.csv:3: bytes that are not UTF-8 text (at byte "
            + head.length
            + "); save or export the file again as UTF-8",
        problem());
  }
}
