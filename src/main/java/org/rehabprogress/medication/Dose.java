package org.rehabprogress.medication;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a medications.csv row is in morphine milligram equivalents (MME): a converted opioid dose,
 * an opioid whose MME cannot be known from the row, buprenorphine (left out of MME), or a drug that
 * is not an opioid rehab recognises. See {@link Mme#of}.
 */
public sealed interface Dose {

  /** Returns the MME a day, exact; null when the row has none. */
  BigDecimal mme();

  /** Returns why the row has no MME, one line; empty for a converted dose. */
  String why();

  /**
   * An opioid dose converted with its CDC 2022 factor.
   *
   * @param ingredient the opioid
   * @param mme the MME a day: the daily dose times the factor, exact
   */
  record Converted(Ingredient ingredient, BigDecimal mme) implements Dose {
    /** Checks for nulls. */
    public Converted {
      Objects.requireNonNull(ingredient, "ingredient");
      Objects.requireNonNull(mme, "mme");
    }

    @Override
    public String why() {
      return "";
    }
  }

  /**
   * An opioid whose MME the row cannot give (no CDC 2022 factor, a unit or route the factor is not
   * for, two opioids in one row): while it is taken, the day's total MME is unknown, since a sum
   * without it would understate the dose.
   *
   * @param ingredient the opioid (the first, when the row names two)
   * @param why the reason, one line
   */
  record Unconverted(Ingredient ingredient, String why) implements Dose {
    /** Checks for nulls. */
    public Unconverted {
      Objects.requireNonNull(ingredient, "ingredient");
      Objects.requireNonNull(why, "why");
    }

    @Override
    public BigDecimal mme() {
      return null;
    }
  }

  /**
   * Buprenorphine, which CDC leaves out of MME: listed without MME; the day's total does not count
   * it and is not made unknown by it.
   *
   * @param ingredient the opioid
   */
  record NotCounted(Ingredient ingredient) implements Dose {
    /** Checks for null. */
    public NotCounted {
      Objects.requireNonNull(ingredient, "ingredient");
    }

    @Override
    public BigDecimal mme() {
      return null;
    }

    @Override
    public String why() {
      return ingredient.label()
          + " is a partial agonist that CDC leaves out of MME (no conversion factor)";
    }
  }

  /** A drug that is not an opioid rehab recognises: listed without MME. */
  record NotOpioid() implements Dose {
    @Override
    public BigDecimal mme() {
      return null;
    }

    @Override
    public String why() {
      return "not an opioid rehab recognises";
    }
  }
}
