package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;

/** Every activity name in the real exports under ../shared/realdata is in the built-in catalog. */
class RealExportActivityNamesTest {

  private static final Path REALDATA = ProjectRoot.realData();
  private static final ActivityCatalog BUILTIN = CatalogCsv.builtin();

  private static Path require(String relative) {
    Path path = REALDATA.resolve(relative);
    assumeTrue(Files.exists(path), "skipped: " + path + " is absent");
    return path;
  }

  private static void assertAllClassified(Set<String> names) {
    assertFalse(names.isEmpty(), "no activity names found");
    List<String> unclassified = new ArrayList<>();
    for (String name : names) {
      if (BUILTIN.classify(name) == ActivityClass.UNCLASSIFIED) {
        unclassified.add(name);
      }
    }
    assertEquals(List.of(), unclassified);
  }

  @Test
  void classifiesEveryGarminActivityType() throws IOException {
    Path file = require("garmin/activities.csv");
    Set<String> names = new TreeSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord record : parser) {
        names.add(record.get("Activity Type"));
      }
    }
    assertAllClassified(names);
  }

  @Test
  void classifiesEveryFitbitActivityName() throws IOException {
    Path folder = require("fitbit-export-pmdata");
    Set<String> names = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    try (DirectoryStream<Path> people = Files.newDirectoryStream(folder)) {
      for (Path person : people) {
        Path exercise = person.resolve("exercise.json");
        if (Files.exists(exercise)) {
          for (JsonNode entry : json.readTree(exercise.toFile())) {
            names.add(entry.path("activityName").asText());
          }
        }
      }
    }
    assertAllClassified(names);
  }

  @Test
  void classifiesEveryAppleHealthWorkoutType() throws IOException {
    Path file = require("apple-health/export.xml");
    Set<String> names = new TreeSet<>();
    Matcher m =
        Pattern.compile("workoutActivityType=\"([^\"]+)\"")
            .matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      names.add(m.group(1));
    }
    assertAllClassified(names);
  }
}
