package org.rehabprogress.medication;

import java.util.Set;
import java.util.stream.Collectors;
import org.rehabprogress.ingest.Medication;

/**
 * A drug's name as an anonymised medications.csv writes it (SPEC 6: the recognised ingredient,
 * never the free text): words from a fixed vocabulary that {@link Mme} reads back as the same dose.
 * An opioid is its ingredient ({@code oxycodone}); an injected or infused opioid is {@code
 * parenteral} and its ingredient, so that it stays unconverted; a row naming two opioids names both
 * ({@code morphine and oxycodone}), so that it stays unknown; any other drug is {@code non-opioid}.
 */
public final class SharedName {

  /** What any drug that is not an opioid rehab recognises is written as. */
  public static final String NON_OPIOID = "non-opioid";

  private SharedName() {}

  /** Returns the name to share for a row's drug. */
  public static String of(Medication row) {
    Set<Ingredient> found = DrugNames.ingredients(row.drug());
    if (found.isEmpty()) {
      return NON_OPIOID;
    }
    String names = found.stream().map(Ingredient::label).collect(Collectors.joining(" and "));
    return DrugNames.parenteral(row.drug()) ? "parenteral " + names : names;
  }
}
