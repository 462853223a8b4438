package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.ActivityNames;
import org.rehabprogress.catalog.CatalogEntry;

class BuiltinCatalogTest {

  private static final ActivityCatalog BUILTIN = CatalogCsv.builtin();

  @Test
  void readsEveryLineOfTheResourceAsARowWithAValidClass() throws IOException {
    String text;
    try (InputStream in = CatalogCsv.class.getResourceAsStream(CatalogCsv.BUILTIN_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long dataLines = text.lines().skip(1).filter(l -> !l.isBlank()).count();

    List<CatalogEntry> rows = CatalogCsv.builtinRows();

    assertEquals(dataLines, rows.size());
    for (CatalogEntry row : rows) {
      assertNotEquals(ActivityClass.UNCLASSIFIED, row.activityClass(), row.activity());
      assertNotEquals("", row.reason(), row.activity() + " needs a reason");
    }
  }

  @Test
  void noTwoNamesClaimTheSameKey() {
    Map<String, String> claimedBy = new HashMap<>();
    List<String> collisions = new ArrayList<>();
    for (CatalogEntry row : CatalogCsv.builtinRows()) {
      List<String> names = new ArrayList<>(row.aliases());
      names.add(0, row.activity());
      for (String name : names) {
        String previous = claimedBy.put(ActivityNames.key(name), row.activity() + ": " + name);
        if (previous != null) {
          collisions.add(
              ActivityNames.key(name) + ": " + previous + " and " + row.activity() + ": " + name);
        }
      }
    }

    assertEquals(List.of(), collisions);
    assertEquals(CatalogCsv.builtinRows(), BUILTIN.entries());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(
      resources = "/org/rehabprogress/ingest/export-activity-names.csv",
      numLinesToSkip = 1)
  void classifiesTheNamesExportsUse(String source, String name) {
    assertNotEquals(ActivityClass.UNCLASSIFIED, BUILTIN.classify(name), source + ": " + name);
  }

  @ParameterizedTest
  @CsvSource({
    "HKWorkoutActivityTypeSwimming, LOW_IMPACT",
    "HKWorkoutActivityTypeWaterFitness, LOW_IMPACT",
    "Walk, LOW_IMPACT",
    "Yoga, LOW_IMPACT",
    "Restorative yoga, LOW_IMPACT",
    "HKWorkoutActivityTypeMindAndBody, LOW_IMPACT",
    "HKWorkoutActivityTypeCoreTraining, LOW_IMPACT",
    "HKWorkoutActivityTypeCooldown, LOW_IMPACT",
    "Spinning, LOW_IMPACT",
    "Indoor Cycling, LOW_IMPACT",
    "HKWorkoutActivityTypeTraditionalStrengthTraining, FLAGGED",
    "HKWorkoutActivityTypeFunctionalStrengthTraining, FLAGGED",
    "Weights, FLAGGED",
    "Crossfit, FLAGGED",
    "Hot yoga, FLAGGED",
    "Ashtanga, FLAGGED",
    "Treadmill Running, FLAGGED",
    "HIIT, FLAGGED",
    "Mountain Biking, FLAGGED",
    "Soccer/Football, FLAGGED",
    "Table tennis, FLAGGED",
    "Resort Skiing/Snowboarding, FLAGGED",
    "Cross Country Skiing, FLAGGED",
    "Heavy gardening, FLAGGED",
    "Treadmill, NEUTRAL",
    "Outdoor Bike, NEUTRAL",
    "Light gardening, NEUTRAL",
    "Gardening, NEUTRAL",
    "Hike, NEUTRAL",
    "Sport, NEUTRAL",
    "Cardio, NEUTRAL",
    "HKWorkoutActivityTypeMixedMetabolicCardioTraining, NEUTRAL",
    // "Other" is a vendor's word for an activity it does not name (SPEC section 7: no vendor name
    // stays UNCLASSIFIED): NEUTRAL, as an unspecified activity. A patient's own name still does.
    "Other, NEUTRAL",
    "HKWorkoutActivityTypeOther, NEUTRAL",
    "Aqua zumba at the lido, UNCLASSIFIED",
  })
  void followsTheGuidanceFbssPatientsReceive(String name, ActivityClass expected) {
    assertEquals(expected, BUILTIN.classify(name), name);
  }
}
