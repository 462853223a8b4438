package org.rehabprogress.medication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The opioid ingredients rehab recognises in a drug's name, each with the names it goes by and its
 * CDC 2022 conversion factor to morphine milligram equivalents (MME) a day, where CDC gives one.
 *
 * <p>Factors: Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice Guideline for
 * Prescribing Opioids for Pain - United States, 2022. MMWR Recomm Rep 2022;71(No. RR-3), Table (as
 * SPEC section 1 lists them; dihydrocodeine's 0.25 is from CDC's MME conversion file). All are per
 * mg a day of an oral dose, but fentanyl's, which is per mcg/h of a transdermal patch.
 */
public enum Ingredient {
  /** Codeine: 0.15 MME per mg. */
  CODEINE("0.15", true, "codeine"),
  /** Dihydrocodeine: 0.25 MME per mg. */
  DIHYDROCODEINE("0.25", true, "dihydrocodeine"),
  /** Fentanyl: 2.4 MME a day per mcg/h, as a transdermal patch only. */
  FENTANYL("2.4", true, "fentanyl"),
  /** Hydrocodone: 1 MME per mg. */
  HYDROCODONE("1", true, "hydrocodone"),
  /** Hydromorphone: 5 MME per mg. */
  HYDROMORPHONE("5", true, "hydromorphone"),
  /** Methadone: 4.7 MME per mg (CDC 2022's single factor, whatever the dose). */
  METHADONE("4.7", true, "methadone"),
  /** Morphine: 1 MME per mg. */
  MORPHINE("1", true, "morphine"),
  /** Oxycodone: 1.5 MME per mg. */
  OXYCODONE("1.5", true, "oxycodone"),
  /** Oxymorphone: 3 MME per mg. */
  OXYMORPHONE("3", true, "oxymorphone"),
  /** Tapentadol: 0.4 MME per mg. */
  TAPENTADOL("0.4", true, "tapentadol"),
  /** Tramadol: 0.2 MME per mg. */
  TRAMADOL("0.2", true, "tramadol"),
  /**
   * Buprenorphine: a partial agonist that CDC's MME conversion file lists without a factor, as it
   * is not expected to carry overdose risk in the same dose-dependent way; left out of the daily
   * MME, and listed.
   */
  BUPRENORPHINE(null, false, "buprenorphine"),
  /** Meperidine (pethidine): no CDC 2022 factor. */
  MEPERIDINE(null, true, "meperidine", "pethidine"),
  /** Levorphanol: no CDC 2022 factor. */
  LEVORPHANOL(null, true, "levorphanol"),
  /** Pentazocine: no CDC 2022 factor. */
  PENTAZOCINE(null, true, "pentazocine"),
  /** Butorphanol: no CDC 2022 factor. */
  BUTORPHANOL(null, true, "butorphanol"),
  /** Nalbuphine: no CDC 2022 factor. */
  NALBUPHINE(null, true, "nalbuphine"),
  /** Opium: no CDC 2022 factor. */
  OPIUM(null, true, "opium"),
  /** Propoxyphene (dextropropoxyphene): no CDC 2022 factor. */
  PROPOXYPHENE(null, true, "propoxyphene", "dextropropoxyphene"),
  /** Diamorphine: no CDC 2022 factor. */
  DIAMORPHINE(null, true, "diamorphine"),
  /** Tilidine: no CDC 2022 factor. */
  TILIDINE(null, true, "tilidine"),
  /** Dipipanone: no CDC 2022 factor. */
  DIPIPANONE(null, true, "dipipanone"),
  /** Dextromoramide: no CDC 2022 factor. */
  DEXTROMORAMIDE(null, true, "dextromoramide"),
  /** Sufentanil: no CDC 2022 factor. */
  SUFENTANIL(null, true, "sufentanil"),
  /** Remifentanil: no CDC 2022 factor. */
  REMIFENTANIL(null, true, "remifentanil"),
  /** Alfentanil: no CDC 2022 factor. */
  ALFENTANIL(null, true, "alfentanil");

  private final BigDecimal factor;
  private final boolean counted;
  private final List<String> names;

  Ingredient(String factor, boolean counted, String... names) {
    this.factor = factor == null ? null : new BigDecimal(factor);
    this.counted = counted;
    this.names = List.of(names);
  }

  /**
   * Returns the opioid ingredients a drug's free text names (by ingredient, brand or British
   * compound name, whole words: {@code Oxycodone Hydrochloride 5 MG Oral Tablet}, {@code
   * OxyContin}), in declaration order; empty when it names none. The importers' door to {@code
   * DrugNames}, so that they recognise opioids as the report does.
   */
  public static Set<Ingredient> in(String drug) {
    return DrugNames.ingredients(drug);
  }

  /** Returns the ingredient's name in lower case, e.g. {@code oxycodone}. */
  public String label() {
    return names.get(0);
  }

  /** Returns the names the ingredient is recognised by (lower case, one word each). */
  List<String> names() {
    return names;
  }

  /**
   * Returns the CDC 2022 factor: MME a day per mg a day (per mcg/h for fentanyl), exact; null when
   * CDC 2022 gives none.
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * Returns whether a day's MME counts this ingredient: false only for buprenorphine, which CDC
   * leaves out of MME (a day on it alone has 0 MME, not an unknown MME).
   */
  public boolean counted() {
    return counted;
  }
}
