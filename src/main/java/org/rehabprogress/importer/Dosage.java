package org.rehabprogress.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The daily dose of an opioid MedicationRequest, from its {@code dosageInstruction} (FHIR R4
 * Dosage): the dose quantity times the doses a day. A dose in milligrams (or micrograms, grams) is
 * taken as it is; a dose counted in units (tablets, capsules, or no unit) is multiplied by the
 * strength written after the ingredient in the drug's name ({@code 1} tablet of {@code Oxycodone
 * Hydrochloride 5 MG Oral Tablet} is 5 mg). Doses a day are {@code timing.repeat.frequency /
 * period} in days, or a timing code (BID, TID, QID, QD, Q4H, ...). Instructions that share the
 * first sequence number are taken together (a morning and an evening dose); later sequences, which
 * follow them, are left out. An "as needed" instruction gives the most it allows a day. A
 * transdermal patch's dose is its rate in micrograms an hour, from its name ({@code 0.025 MG/HR} is
 * 25 mcg/h).
 */
final class Dosage {

  /** A daily dose and its unit ({@code mg} or {@code mcg/h}), or why there is none. */
  record Daily(double dose, String unit, String problem) {}

  private static final Set<String> COUNTS =
      Set.of(
          "",
          "1",
          "tablet",
          "tablets",
          "tab",
          "{tbl}",
          "{tablet}",
          "capsule",
          "capsules",
          "cap",
          "{capsule}",
          "{cap}",
          "each",
          "ea",
          "{unit}",
          "unit",
          "dose",
          "{dose}",
          "patch",
          "{patch}",
          "pill",
          "{pill}");

  private static final Map<String, Double> PER_DAY =
      Map.ofEntries(
          Map.entry("QD", 1.0),
          Map.entry("QOD", 0.5),
          Map.entry("BID", 2.0),
          Map.entry("TID", 3.0),
          Map.entry("QID", 4.0),
          Map.entry("AM", 1.0),
          Map.entry("PM", 1.0),
          Map.entry("Q4H", 6.0),
          Map.entry("Q6H", 4.0),
          Map.entry("Q8H", 3.0),
          Map.entry("Q12H", 2.0));

  private static final Map<String, Double> DAYS_PER_UNIT =
      Map.of(
          "s", 1 / 86400.0,
          "min", 1 / 1440.0,
          "h", 1 / 24.0,
          "d", 1.0,
          "wk", 7.0,
          "mo", 30.0,
          "a", 365.0);

  private Dosage() {}

  /**
   * Returns the daily dose of a request for an opioid.
   *
   * @param drug the drug's text, for its strength
   * @param ingredient the opioid ingredient the text names
   * @param instructions the request's {@code dosageInstruction} array (may be missing)
   */
  static Daily of(String drug, String ingredient, JsonNode instructions) {
    Opioids.Strength strength = Opioids.strength(drug, ingredient);
    if (Opioids.patch(drug)) {
      if (strength != null && "h".equals(strength.per())) {
        return new Daily(round(strength.mg() * 1000.0), "mcg/h", null);
      }
      return new Daily(0, "", "a patch whose rate in mcg/h its name does not give");
    }
    double total = 0;
    boolean any = false;
    JsonNode first = null;
    for (JsonNode instruction : instructions) {
      if (first == null) {
        first = instruction.path("sequence");
      } else if (!instruction.path("sequence").equals(first)) {
        continue;
      }
      Daily one = one(instruction, strength);
      if (one.problem() != null) {
        return one;
      }
      total += one.dose();
      any = true;
    }
    if (!any) {
      return new Daily(0, "", "no dosage instruction");
    }
    return new Daily(round(total), "mg", null);
  }

  private static Daily one(JsonNode instruction, Opioids.Strength strength) {
    JsonNode quantity = instruction.path("doseAndRate").path(0).path("doseQuantity");
    if (!quantity.path("value").isNumber()) {
      return new Daily(0, "", "a dosage instruction with no dose quantity");
    }
    double value = quantity.path("value").asDouble();
    String unit =
        quantity
            .path("code")
            .asText(quantity.path("unit").asText(""))
            .strip()
            .toLowerCase(Locale.ROOT);
    double mg;
    switch (unit) {
      case "mg":
        mg = value;
        break;
      case "ug":
      case "mcg":
      case "\u00b5g":
        mg = value / 1000.0;
        break;
      case "g":
        mg = value * 1000.0;
        break;
      case "ml":
        if (strength == null || !"ml".equals(strength.per())) {
          return new Daily(0, "", "a dose in mL whose strength per mL its name does not give");
        }
        mg = value * strength.mg();
        break;
      default:
        if (!COUNTS.contains(unit)) {
          return new Daily(0, "", "a dose in \"" + unit + "\", not mg or a count of units");
        }
        if (strength == null || !strength.per().isEmpty()) {
          return new Daily(0, "", "a dose counted in units whose strength its name does not give");
        }
        mg = value * strength.mg();
    }
    Double perDay = perDay(instruction.path("timing"));
    if (perDay == null) {
      return new Daily(0, "", "a dosage instruction with no frequency");
    }
    return new Daily(mg * perDay, "mg", null);
  }

  /** Returns the doses a day of a Timing, or null when it gives none. */
  private static Double perDay(JsonNode timing) {
    JsonNode repeat = timing.path("repeat");
    if (repeat.path("frequency").isNumber() || repeat.path("period").isNumber()) {
      double frequency =
          repeat.path("frequencyMax").isNumber()
              ? repeat.path("frequencyMax").asDouble()
              : repeat.path("frequency").asDouble(1);
      double period = repeat.path("period").asDouble(1);
      Double days = DAYS_PER_UNIT.get(repeat.path("periodUnit").asText("d"));
      if (days == null || !(period > 0) || !(frequency > 0)) {
        return null;
      }
      return frequency / (period * days);
    }
    String code =
        timing
            .path("code")
            .path("coding")
            .path(0)
            .path("code")
            .asText(timing.path("code").path("text").asText(""));
    return PER_DAY.get(code.strip().toUpperCase(Locale.ROOT));
  }

  /** Rounds a dose to 4 decimals, the canonical files' precision. */
  private static double round(double dose) {
    return BigDecimal.valueOf(dose).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
