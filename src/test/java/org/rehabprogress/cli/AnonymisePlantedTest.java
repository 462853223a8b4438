package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and dates planted in free text never reach the anonymised copy, however common. */
class AnonymisePlantedTest {

  @TempDir Path dir;

  @Test
  void noPlantedNameOrDateReachesTheCopy() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    PlantedClinic.write(in);
    assertEquals(PlantedClinic.PLANTED, PlantedClinic.found(in), "every one is planted");
    Files.writeString(dir.resolve("key"), "a key of thirty-two bytes or more, kept apart");
    Path out = dir.resolve("copy");
    Run run =
        Run.of(
            "anonymise",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--key-file",
            dir.resolve("key").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(), PlantedClinic.found(out));
    String activities = Files.readString(out.resolve("activities.csv"));
    assertTrue(activities.contains(",unclassified,30,"), activities.substring(0, 200));
    assertTrue(activities.contains(",Swimming,30,"));
    // printf 'Dr Jones clinic 2026-09-14' | openssl dgst -sha256 -hmac "$KEY" -> fdda9e37df53...
    // The 3 patients of the other site: no site.
    String patients = Files.readString(out.resolve("patients.csv"));
    assertEquals(30, patients.split(",site-fdda9e,", -1).length - 1, patients);
    assertEquals(34, patients.lines().count());
  }
}
