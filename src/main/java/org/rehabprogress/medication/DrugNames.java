package org.rehabprogress.medication;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the opioid ingredients a drug's free text names: by ingredient (in any case, with its salt
 * and strength around it: {@code Oxycodone hydrochloride 5 MG Oral Tablet}, {@code Tramadol 50 mg
 * tablet}), by a brand name, or by a British compound name; and whether the text says the dose is
 * injected or infused. Words are matched whole, so {@code codeine} is not found in {@code
 * dihydrocodeine}, nor {@code morphine} in {@code hydromorphone}.
 */
final class DrugNames {

  /**
   * Brand names and the ingredient each stands for: the branded names that RxNorm pairs with these
   * ingredients in CDC's value set of opioids with ambulatory misuse potential (HL7
   * cqf-recommendations, value set opioids-with-ambulatory-abuse-potential, RxNorm of 02-Mar-2020),
   * veterinary brands left out. Two words (MS Contin) are matched as a phrase.
   */
  private static final Map<String, Ingredient> BRANDS = new HashMap<>();

  /**
   * British approved compound names, each naming its opioid (BNF): co-codamol and co-codaprin hold
   * codeine (with paracetamol, with aspirin), co-dydramol dihydrocodeine (with paracetamol).
   */
  private static final Map<String, Ingredient> COMPOUNDS =
      Map.of(
          "co codamol", Ingredient.CODEINE,
          "co codaprin", Ingredient.CODEINE,
          "co dydramol", Ingredient.DIHYDROCODEINE);

  /**
   * Words that put a dose into a vein, muscle, the skin's layer under it or the spine: CDC's
   * factors are for oral doses (and fentanyl patches), so such a dose is not converted.
   */
  private static final Set<String> PARENTERAL =
      Set.of(
          "injection",
          "injectable",
          "inj",
          "intravenous",
          "iv",
          "intramuscular",
          "subcutaneous",
          "intrathecal",
          "epidural",
          "infusion",
          "syringe",
          "cartridge",
          "ampoule",
          "ampule",
          "vial",
          "pca",
          "pump",
          "parenteral");

  static {
    brands(Ingredient.FENTANYL, "abstral actiq duragesic fentora ionsys lazanda subsys sublimaze");
    brands(
        Ingredient.HYDROCODONE,
        "hycet hysingla ibudone lorcet lortab norco reprexain verdrocet vicodin vicoprofen xodol"
            + " xylon zamicet zohydro zydone");
    brands(Ingredient.HYDROMORPHONE, "dilaudid exalgo");
    brands(Ingredient.MEPERIDINE, "demerol");
    brands(Ingredient.METHADONE, "diskets dolophine methadose");
    brands(
        Ingredient.MORPHINE,
        "arymo astramorph avinza duramorph embeda infumorph kadian mitigo morphabond ms_contin");
    brands(
        Ingredient.OXYCODONE,
        "endocet endodan nalocet oxaydo oxycontin oxyfast percocet percodan primlev prolate"
            + " roxicet roxicodone roxybond targiniq troxyca xartemis xolox xtampza");
    brands(Ingredient.OXYMORPHONE, "opana");
    brands(Ingredient.PENTAZOCINE, "talwin");
    brands(Ingredient.PROPOXYPHENE, "darvon");
    brands(Ingredient.REMIFENTANIL, "ultiva");
    brands(Ingredient.SUFENTANIL, "dsuvia");
    brands(Ingredient.ALFENTANIL, "alfenta");
    brands(Ingredient.TAPENTADOL, "nucynta");
    brands(Ingredient.TRAMADOL, "conzip ryzolt ultracet ultram");
    brands(
        Ingredient.BUPRENORPHINE,
        "belbuca bunavail buprenex butrans cassipa probuphine sublocade suboxone subutex zubsolv");
    brands(Ingredient.DIHYDROCODEINE, "dvorah panlor synalgos trezix");
  }

  private DrugNames() {}

  private static void brands(Ingredient ingredient, String names) {
    for (String name : names.split(" ")) {
      BRANDS.put(name.replace('_', ' '), ingredient);
    }
  }

  /** Returns the opioid ingredients the text names, in declaration order; empty when none. */
  static Set<Ingredient> ingredients(String drug) {
    List<String> words = words(drug);
    Set<Ingredient> found = EnumSet.noneOf(Ingredient.class);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      for (Ingredient ingredient : Ingredient.values()) {
        if (ingredient.names().contains(word)) {
          found.add(ingredient);
        }
      }
      Ingredient brand = BRANDS.get(word);
      if (brand != null) {
        found.add(brand);
      }
      if (i + 1 < words.size()) {
        String pair = word + " " + words.get(i + 1);
        Ingredient two = BRANDS.get(pair);
        if (two != null) {
          found.add(two);
        }
        Ingredient compound = COMPOUNDS.get(pair);
        if (compound != null) {
          found.add(compound);
        }
      }
    }
    return found;
  }

  /** Returns whether the text says the dose is injected, infused or given into the spine. */
  static boolean parenteral(String drug) {
    for (String word : words(drug)) {
      if (PARENTERAL.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the text's words: runs of letters, in lower case. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
