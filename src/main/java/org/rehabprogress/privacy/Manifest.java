package org.rehabprogress.privacy;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.ingest.FileLedger;

/**
 * What manifest.json states about an anonymised export: the regime, the threshold and the counts.
 * It holds no identifier, no date, no key and no input file name (a file name may name a person).
 *
 * @param regime the date regime
 * @param minCell the small-cell threshold
 * @param patients patients exported
 * @param patientsLeftOut patients left out for want of a start
 * @param files one entry per file written, in the order activities, symptoms, patients, events,
 *     medications
 * @param sites distinct sites kept (as keyed codes) and dropped
 * @param sex distinct sex values kept and blanked
 * @param activityNames distinct input activity names mapped to the catalog's name, and replaced by
 *     {@link ActivityNaming#UNCLASSIFIED}
 */
public record Manifest(
    DateRegime regime,
    int minCell,
    int patients,
    int patientsLeftOut,
    List<FileEntry> files,
    Kept sites,
    Kept sex,
    Names activityNames) {

  /** The pseudonym rule as the manifest states it. */
  public static final String PSEUDONYMS =
      "HMAC-SHA256 of patient_id (UTF-8) under the key file's bytes, first "
          + Pseudonym.LENGTH
          + " lower-case hex characters";

  /** The age rule as the manifest states it. */
  public static final String AGE_BANDS =
      "birth_year becomes age_band: 5-year bands of the age at start, approximated as the start's"
          + " year minus birth_year, with 90 and over as one band (90+)";

  /** What is dropped, as the manifest states it. */
  public static final List<String> DROPPED =
      List.of(
          "notes (a notes column holds only 'entry N' where rows would otherwise read the same)",
          "the text of events.event (replaced by a fixed category or the word 'event')",
          "the text of medications.drug (replaced by the recognised opioid ingredient, after"
              + " 'parenteral' for an injected or infused dose, or by 'non-opioid')",
          "birth_year (replaced by age_band)",
          "every column not in the canonical files",
          "site names (a site shared by at least min_cell patients becomes a keyed code, site-"
              + " and 6 hex characters of HMAC-SHA256 of its name; others are dropped)",
          "activity names the catalog does not know (replaced by 'unclassified')",
          "sex values held by fewer than min_cell patients",
          "rejected input rows");

  /** Checks for nulls and copies the list. */
  public Manifest {
    Objects.requireNonNull(regime, "regime");
    files = List.copyOf(files);
    Objects.requireNonNull(sites, "sites");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(activityNames, "activityNames");
  }

  /**
   * Returns the manifest of a run.
   *
   * @param plan the plan the files were written by
   * @param written what was written, one per file, in input ledger order
   * @param ledgers the input ledgers, one per file written, in the same order
   */
  public static Manifest of(ExportPlan plan, List<WrittenFile> written, List<FileLedger> ledgers) {
    if (written.size() != ledgers.size()) {
      throw new IllegalArgumentException("one ledger per file written expected");
    }
    List<FileEntry> files =
        java.util.stream.IntStream.range(0, written.size())
            .mapToObj(i -> FileEntry.of(written.get(i), ledgers.get(i)))
            .toList();
    Sharing.Shared shared = plan.shared();
    return new Manifest(
        plan.regime(),
        plan.minCell(),
        plan.patients(),
        plan.leftOut(),
        files,
        shared.siteCounts(),
        shared.sexCounts(),
        shared.names());
  }

  /**
   * One file's counts.
   *
   * @param file the canonical file name
   * @param rows data rows written
   * @param rejectedInInput input rows rejected (not exported)
   * @param duplicatesInInput exact repeats in the input (counted once, exported once)
   * @param repeatsMarked rows told apart by {@code entry N} in notes
   * @param repeatsMerged events written once with an earlier one of the same date and category;
   *     medications written as one row with an earlier one of the same days, drug and unit (their
   *     doses summed)
   * @param leftOut accepted rows of patients left out for want of a start
   */
  public record FileEntry(
      String file,
      long rows,
      long rejectedInInput,
      long duplicatesInInput,
      long repeatsMarked,
      long repeatsMerged,
      long leftOut) {

    static FileEntry of(WrittenFile w, FileLedger ledger) {
      return new FileEntry(
          w.file(),
          w.rows(),
          ledger.rejected(),
          ledger.duplicates(),
          w.repeatsMarked(),
          w.repeatsMerged(),
          w.leftOut());
    }
  }

  /**
   * Distinct activity names by what became of them.
   *
   * @param catalog names the catalog knows, written as the catalog's name
   * @param unclassified names the catalog does not know, written as {@link
   *     ActivityNaming#UNCLASSIFIED}
   */
  public record Names(int catalog, int unclassified) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }
}
