package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What rehab anonymise says, and leaves, when an option, the key or the output is wrong. */
class AnonymiseUsageTest {

  @TempDir Path dir;
  private Path in;
  private Path key;
  private Path out;

  @BeforeEach
  void copyFixture() throws Exception {
    in = AnonymiseFixture.copy(dir);
    key = dir.resolve("key");
    out = dir.resolve("out");
  }

  private Run run(Path keyFile, String... more) {
    String[] args = {
      "anonymise", "--in", in.toString(), "--out", out.toString(), "--key-file", keyFile.toString()
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Run.of(all);
  }

  @Test
  void missingKeyFileExitsFourAndWritesNothing() {
    Path absent = dir.resolve("no.key");
    Run run = run(absent);
    assertEquals(4, run.exit());
    assertEquals(
        "rehab: "
            + absent
            + ":0: the key file does not exist; create it, put a secret of at least 32 random"
            + " bytes in it, and keep it apart from the export\n",
        run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void emptyKeyFileExitsFourAndLeavesAnEarlierCopyAsItWas() throws Exception {
    assertEquals(0, run(key).exit());
    var before = AnonymiseFixture.files(out);
    Path empty = Files.createFile(dir.resolve("empty.key"));
    Run run = run(empty);
    assertEquals(4, run.exit());
    assertEquals(
        "rehab: "
            + empty
            + ":0: the key file is empty; put a secret of at least 32 random bytes in it\n",
        run.err());
    assertEquals(before, AnonymiseFixture.files(out));
    try (var list = Files.list(dir)) {
      assertEquals(0, list.filter(p -> p.getFileName().toString().startsWith(".")).count());
    }
  }

  @Test
  void shortKeyGetsAWarning() throws Exception {
    Path shortKey = Files.writeString(dir.resolve("short.key"), "abc", StandardCharsets.UTF_8);
    Run run = run(shortKey, "--quiet");
    assertEquals(0, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "rehab: warning: the key file holds 3 bytes; a key of at least 32 random bytes"
                    + " keeps pseudonyms from being guessed\n"),
        run.err());
  }

  @Test
  void badDatesAndMinCellAreUsageErrors() {
    Run dates = run(key, "--dates", "calendar");
    assertEquals(2, dates.exit());
    assertEquals(
        "rehab: --dates \"calendar\" is not study or shift; use --dates study (the default) or"
            + " shift\n",
        dates.err());
    Run minCell = run(key, "--min-cell", "0");
    assertEquals(2, minCell.exit());
    assertEquals(
        "rehab: --min-cell 0 is not a number of patients; use 1 or more (default 11)\n",
        minCell.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void keyFileIsRequired() {
    Run run = Run.of("anonymise", "--in", in.toString(), "--out", out.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: missing required option: '--key-file=FILE'; rehab anonymise --help lists the"
            + " options\n",
        run.err());
  }

  @Test
  void refusesAnOutThatHoldsTheInputOrTheKey() throws Exception {
    out = in;
    Run run = run(key);
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: --out "
            + in
            + " holds "
            + in.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder\n",
        run.err());
    assertEquals(AnonymiseFixture.FILES.size(), AnonymiseFixture.files(in).size());
    out = dir;
    Run parent = run(key);
    assertEquals(2, parent.exit());
    assertTrue(parent.err().startsWith("rehab: --out " + dir + " holds "), parent.err());
  }

  @Test
  void refusesAnOutThatIsAFile() throws Exception {
    out = Files.writeString(dir.resolve("out.txt"), "mine", StandardCharsets.UTF_8);
    Run run = run(key);
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: --out " + out + " is a file, not a folder; name a new or empty folder\n",
        run.err());
    assertEquals("mine", Files.readString(out));
  }

  @Test
  void helpNamesTheOptions() {
    Run run = Run.of("anonymise", "--help");
    assertEquals(0, run.exit());
    for (String option :
        new String[] {"--in", "--out", "--key-file", "--dates", "--min-cell", "--catalog"}) {
      assertTrue(run.out().contains(option), option);
    }
  }
}
