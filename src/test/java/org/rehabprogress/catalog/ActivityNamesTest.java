package org.rehabprogress.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "HKWorkoutActivityTypeTraditionalStrengthTraining|traditional strength training",
        "HKWorkoutActivityTypeYoga|yoga",
        "HKWorkoutActivityTypeMindAndBody|mind and body",
        "lap_swimming|lap swimming",
        "resort_skiing_snowboarding_ws|resort skiing snowboarding ws",
        "WeightTraining|weight training",
        "'  Gentle   YOGA! '|gentle yoga",
        "HIIT|hiit",
        "EBikeRide|e bike ride",
        "E-Bike Ride|e bike ride",
        "eBiking|e biking",
        "Soccer/Football|soccer football",
        "Stair-Stepper|stair stepper",
        "Rowing machine|rowing machine",
        "'--!!--'|''",
        "HKWorkoutActivityType|hk workout activity type",
      })
  void foldsExportSpellingsToOneKey(String name, String key) {
    assertEquals(key, ActivityNames.key(name));
  }

  @Test
  void foldsCaseTheSameUnderATurkishOrGermanLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.forLanguageTag("tr"), Locale.GERMANY}) {
        Locale.setDefault(locale);
        assertEquals("indoor cycling", ActivityNames.key("INDOOR CYCLING"));
        assertEquals("hiit", ActivityNames.key("HIIT"));
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
