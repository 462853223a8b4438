package org.rehabprogress.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ingest.CatalogCsv;

/**
 * The built-in catalog classifies every activity type each vendor can write (SPEC section 7): the
 * lists, with their sources, are test resources under {@code catalog/vendors/}; none may be
 * UNCLASSIFIED.
 */
class VendorActivityTypesTest {

  private static final ActivityCatalog BUILTIN = CatalogCsv.builtin();

  @ParameterizedTest
  @CsvSource({
    "apple-healthkit.txt, 84",
    "garmin.txt, 150",
    "strava.txt, 50",
    "fitbit.txt, 40",
    "google-fit.txt, 124",
    "european-names.txt, 80"
  })
  void classifiesEveryNameOfTheVendorsList(String list, int atLeast) throws IOException {
    List<String> names = names(list);

    assertTrue(names.size() >= atLeast, list + " holds " + names.size() + " names");
    assertEquals(
        List.of(),
        names.stream().filter(n -> BUILTIN.classify(n) == ActivityClass.UNCLASSIFIED).toList(),
        list + ": names the catalog does not know");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The names issue 17 found unclassified, and the seed activities in other languages.
        "surfing_v2|Surfing|FLAGGED",
        "open_water_swimming|Swimming|LOW_IMPACT",
        "rock_climbing|Climbing|NEUTRAL",
        "Mt Bike|Mountain biking|FLAGGED",
        "Alpine Ski|Skiing|FLAGGED",
        "Alpi Ski|Skiing|FLAGGED",
        "Cliff jumping|Jumping|FLAGGED",
        "HKWorkoutActivityTypeOther|Unspecified activity|NEUTRAL",
        "biking.stationary|Stationary cycling|LOW_IMPACT",
        "walking.nordic|Walking|LOW_IMPACT",
        "interval_training.high_intensity|HIIT|FLAGGED",
        "RollerSki|Skiing|FLAGGED",
        "rucking|Rucking|FLAGGED",
        "Natación|Swimming|LOW_IMPACT",
        "Schwimmen|Swimming|LOW_IMPACT",
        "Spaziergang|Walking|LOW_IMPACT",
        "Radfahren|Cycling|NEUTRAL",
        "Vélo|Cycling|NEUTRAL",
        "Laufen|Running|FLAGGED",
        "Course à pied|Running|FLAGGED",
        "Joga|Yoga|LOW_IMPACT",
        "Tenis|Tennis|FLAGGED",
        "Skifahren|Skiing|FLAGGED",
        "Narciarstwo|Skiing|FLAGGED",
        "in_vehicle|Not exercise|NEUTRAL"
      })
  void givesAVendorsNameTheClassOfItsActivity(String name, String entry, ActivityClass expected) {
    CatalogEntry found = BUILTIN.lookup(name);

    assertEquals(entry, found.activity(), name);
    assertEquals(expected, found.activityClass(), name);
  }

  /** Returns the names of a list: its lines, less comments and blank lines. */
  static List<String> names(String list) throws IOException {
    try (InputStream in =
        VendorActivityTypesTest.class.getResourceAsStream("/catalog/vendors/" + list)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
