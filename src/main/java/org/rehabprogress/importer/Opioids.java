package org.rehabprogress.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabprogress.medication.Ingredient;

/**
 * Opioids in a drug's free text ({@code Oxycodone Hydrochloride 5 MG Oral Tablet}, {@code 72 HR
 * Fentanyl 0.025 MG/HR Transdermal System}), for the importers that fill medications.csv from an
 * EHR: recognised by {@link Ingredient#in}, as the report recognises them, and the strength written
 * after the ingredient's name read in milligrams, per hour for a patch.
 */
final class Opioids {

  private static final Pattern STRENGTH =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|ug|\\u00b5g)(?:\\s*/\\s*(hr|h|ml|actuat\\w*))?\\b");

  private Opioids() {}

  /** A strength written in a drug's name: milligrams, per unit, per hour or per mL. */
  record Strength(double mg, String per) {}

  /**
   * Returns the first opioid ingredient a drug's text names, by its name in lower case ({@code
   * oxycodone}), or null when it names none.
   */
  static String ingredient(String drug) {
    Set<Ingredient> found = Ingredient.in(drug);
    return found.isEmpty() ? null : found.iterator().next().label();
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
