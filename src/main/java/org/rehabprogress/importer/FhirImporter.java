package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads FHIR R4 bundles (JSON; a folder of {@code .json} files, read in file-name order, or one
 * file), one patient per bundle as Synthea writes them, into symptoms.csv, medications.csv and
 * patients.csv rows.
 *
 * <p>Every entry of a bundle is one record. The patient id is the Patient resource's {@code id}.
 * Observations with LOINC 72514-3 or 38208-5 (pain severity 0-10), 70274-6 (GAD-7 total, a whole
 * number) and 93832-4 (sleep duration, converted by its unit h or min and summed per date) become
 * symptom rows; the PEG items 75893-8, 91145-3, 91146-1 and score 91148-7 of one time become one
 * peg row ({@link PegScores}). An observation is dated by {@code effectiveDateTime}, else {@code
 * effectivePeriod} (end, then start) or {@code effectiveInstant}: in its own offset ({@code
 * 2021-08-23T22:10:00-05:00} is 2021-08-23), or, for a time in UTC ({@code Z}), in the zone the
 * user gives; its notes are the instant ({@link EhrRows#notes}). Other observations are skipped by
 * code and display, and an observation marked {@code entered-in-error} is skipped as such.
 * MedicationRequests for opioids become medications.csv rows ({@link FhirMedication}); other drugs
 * are skipped by name. A Condition with SNOMED CT 278860009 (chronic low back pain) gives
 * treatment_start, its {@code onsetDateTime} (the earliest if several), and is folded into the
 * patient's row; other conditions are skipped by code and display. Every other resource type
 * (Encounter, Claim, Immunization, ...) is skipped by type. The Patient becomes a patients row
 * (birth year of {@code birthDate}, sex of {@code gender}) when the patient has an imported
 * measure, an opioid or chronic low back pain, and is skipped otherwise, as in {@link
 * SyntheaImporter}.
 */
public final class FhirImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "fhir";

  static final String KIND =
      "FHIR R4 bundles: a folder of .json files or one file, each a Bundle of one patient";

  /** Creates the importer; it holds no state. */
  public FhirImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    RecordTally tally = new RecordTally(FORMAT);
    SleepTotals sleep = SleepTotals.inHours(tally);
    PegScores peg = new PegScores(tally);
    for (Path bundle : bundles(source)) {
      String name = source.equals(bundle) ? source.toString() : bundle.toString();
      FhirBundle.read(bundle, name, tally, sleep, peg, options.zone());
    }
    sleep.finish();
    peg.finish();
    return tally.batch();
  }

  private static List<Path> bundles(Path source) throws InputFileException, IOException {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new InputFileException(
          source.toString(), 0, "the file or folder does not exist", "name " + KIND);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(source)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(
                  p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json"))
              .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
              .toList();
    }
    if (files.isEmpty()) {
      throw new InputFileException(
          source.toString(), 0, "the folder holds no .json file", "name " + KIND);
    }
    return files;
  }
}
