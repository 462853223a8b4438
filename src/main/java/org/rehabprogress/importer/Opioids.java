package org.rehabprogress.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opioids recognised by ingredient in a drug's free text ({@code Oxycodone Hydrochloride 5 MG Oral
 * Tablet}, {@code 72 HR Fentanyl 0.025 MG/HR Transdermal System}), for the importers that fill
 * medications.csv from an EHR: the ingredients SPEC section 1 converts to MME, and the other
 * opioids a clinician would want listed with them. The strength written after the ingredient is
 * read in milligrams, per hour for a patch.
 */
final class Opioids {

  // Longer names first: dihydrocodeine holds codeine, diamorphine holds morphine.
  private static final List<String> INGREDIENTS =
      List.of(
          "dihydrocodeine",
          "codeine",
          "hydrocodone",
          "hydromorphone",
          "oxymorphone",
          "oxycodone",
          "diamorphine",
          "morphine",
          "methadone",
          "tapentadol",
          "tramadol",
          "fentanyl",
          "sufentanil",
          "alfentanil",
          "remifentanil",
          "buprenorphine",
          "meperidine",
          "pethidine",
          "levorphanol",
          "butorphanol",
          "pentazocine",
          "nalbuphine",
          "propoxyphene",
          "opium");

  private static final Pattern STRENGTH =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|ug|\\u00b5g)(?:\\s*/\\s*(hr|h|ml|actuat\\w*))?\\b");

  private Opioids() {}

  /** A strength written in a drug's name: milligrams, per unit, per hour or per mL. */
  record Strength(double mg, String per) {}

  /** Returns the opioid ingredient a drug's text names (lower case), or null when none. */
  static String ingredient(String drug) {
    String text = drug.toLowerCase(Locale.ROOT);
    for (String name : INGREDIENTS) {
      if (text.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** Returns whether a drug's text names a transdermal patch. */
  static boolean patch(String drug) {
    String text = drug.toLowerCase(Locale.ROOT);
    return text.contains("transdermal") || text.contains("patch") || text.contains("mg/hr");
  }

  /**
   * Returns the strength written after an ingredient's name ({@code 5 MG}, {@code 0.025 MG/HR},
   * {@code 5 MG/ML}), in milligrams, or null when none is written.
   */
  static Strength strength(String drug, String ingredient) {
    String text = drug.toLowerCase(Locale.ROOT);
    int at = text.indexOf(ingredient);
    Matcher m = STRENGTH.matcher(text);
    if (at < 0 || !m.find(at)) {
      return null;
    }
    double amount = Double.parseDouble(m.group(1));
    double mg = "mg".equals(m.group(2)) ? amount : amount / 1000.0;
    String per = m.group(3) == null ? "" : m.group(3).startsWith("h") ? "h" : m.group(3);
    return new Strength(mg, per);
  }
}
