package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Problem;

/**
 * Reads a Synthea CSV output folder ({@code observations.csv}, {@code conditions.csv}, {@code
 * patients.csv}, and {@code medications.csv} when there is one) into symptoms.csv, medications.csv
 * and patients.csv rows, for every patient in it.
 *
 * <p>Every data row of the files is one record. Observations with the codes {@link FhirImporter}
 * maps (pain 72514-3 and 38208-5, GAD-7 70274-6, sleep 93832-4 by its unit h or min summed per
 * patient and date, the PEG items and score into one peg row per patient and time) become symptom
 * rows dated by {@code DATE}: Synthea's CSV writes UTC ({@code 2021-08-23T03:26:50Z}), dated in the
 * zone the user gives, with the instant as the row's notes, so that the same observation from the
 * run's FHIR bundles is a duplicate ({@link RowIdentity}). Other observations are skipped by code
 * and description. Conditions with SNOMED CT 278860009 (chronic low back pain) give the patient's
 * treatment_start, the earliest {@code START}, and are folded into the patient's row; other
 * conditions are skipped by code and description. A medications.csv row of an opioid patch becomes
 * a medications row, its rate in mcg/h read from its name, from {@code START} to {@code STOP}
 * (inclusive); Synthea writes no dose, so another opioid is rejected with that reason, and a
 * non-opioid is skipped by name. A patients.csv row becomes a patients row (birth year from {@code
 * BIRTHDATE}, sex from {@code GENDER}, M and F written as male and female as FHIR does) only for a
 * patient with an imported measure, medication or chronic low back pain, so that a population
 * mostly without back pain does not fill the report with empty patients; the others are skipped. A
 * patient with chronic low back pain missing from patients.csv still gets a row, made from the
 * condition.
 */
public final class SyntheaImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "synthea";

  private static final String KIND =
      "the Synthea CSV output folder holding observations.csv, conditions.csv and patients.csv";
  private static final String ISO = "an ISO date or date-time like 2021-08-23T03:26:50Z";
  private static final String MEDICATIONS = "medications.csv";

  /** Creates the importer; it holds no state. */
  public SyntheaImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    if (!Files.isDirectory(source)) {
      throw new InputFileException(
          source.toString(),
          0,
          Files.exists(source) ? "is a file, not a folder" : "the folder does not exist",
          "name " + KIND);
    }
    Run run = new Run(options.zone());
    read(
        source,
        "observations.csv",
        List.of("DATE", "PATIENT", "CODE", "VALUE"),
        run.tally,
        run::observation);
    run.sleep.finish();
    run.peg.finish();
    read(source, "conditions.csv", List.of("START", "PATIENT", "CODE"), run.tally, run::condition);
    if (Files.exists(source.resolve(MEDICATIONS))) {
      read(
          source,
          MEDICATIONS,
          List.of("START", "PATIENT", "DESCRIPTION"),
          run.tally,
          run::medication);
    }
    read(source, "patients.csv", List.of("Id", "BIRTHDATE", "GENDER"), run.tally, run::patient);
    return run.finish();
  }

  private static void read(
      Path folder, String file, List<String> required, RecordTally tally, SourceCsv.Mapper mapper)
      throws InputFileException, IOException {
    SourceCsv.readAll(
        folder.resolve(file),
        required,
        "name " + KIND,
        SourceCsv.Names.FIRST_OF_REPEATS,
        tally,
        SourceCsv.complete(mapper));
  }

  /** The earliest onset of chronic low back pain of one patient and how many records said so. */
  private static final class Onset {
    private LocalDate date;
    private long records;
  }

  /** The state of one read. */
  private static final class Run {
    private final RecordTally tally = new RecordTally(FORMAT);
    private final SleepTotals sleep = SleepTotals.inHours(tally);
    private final PegScores peg = new PegScores(tally);
    private final Set<String> measured = new HashSet<>();
    private final Map<String, Onset> onsets = new LinkedHashMap<>();
    private final Map<String, Long> listed = new HashMap<>();
    private final ZoneId zone;

    private Run(ZoneId zone) {
      this.zone = zone;
    }

    private Fault observation(SourceCsv.Row row) {
      Loinc loinc = Loinc.of(row.get("CODE"));
      if (loinc == null) {
        tally.skip(EhrRows.otherObservation(row.get("CODE"), row.get("DESCRIPTION")));
        return null;
      }
      String patient = row.get("PATIENT");
      if (!PatientIdRule.isValid(patient)) {
        return new Fault("PATIENT", patient, new Problem.BadId(patient).reason());
      }
      String written = row.get("DATE");
      Stamp stamp = SourceDates.iso(written);
      SourceDates.Dated dated = SourceDates.dated("DATE", written, stamp, ISO, zone);
      if (dated.fault() != null) {
        return dated.fault();
      }
      String value = row.get("VALUE");
      Double number = MeasureValues.number(value);
      if (number == null) {
        return new Fault("VALUE", value, MeasureValues.notANumber(loinc.measure(), value));
      }
      double canonical = loinc.canonical(number, row.get("UNITS"));
      if (Double.isNaN(canonical)) {
        return new Fault("UNITS", row.get("UNITS"), Loinc.unknownSleepUnit(row.get("UNITS")));
      }
      String problem = MeasureValues.problem(loinc.measure(), canonical, value);
      if (problem != null) {
        return new Fault("VALUE", value, problem);
      }
      measured.add(patient);
      LocalDate date = dated.date();
      String notes = EhrRows.notes(written, stamp, zone);
      if (loinc == Loinc.SLEEP) {
        sleep.add(patient, date, canonical, "observations.csv", row.location(), "VALUE", value);
      } else if (loinc.measure() == Measure.PEG) {
        peg.add(patient, written, date, notes, loinc, canonical);
      } else {
        tally.row(EhrRows.symptom(patient, date, loinc, canonical, notes));
      }
      return null;
    }

    private Fault medication(SourceCsv.Row row) {
      String drug = row.get("DESCRIPTION");
      String ingredient = Opioids.ingredient(drug);
      if (ingredient == null) {
        tally.skip("Medication " + row.get("CODE") + " " + drug + " is not an opioid");
        return null;
      }
      String patient = row.get("PATIENT");
      if (!PatientIdRule.isValid(patient)) {
        return new Fault("PATIENT", patient, new Problem.BadId(patient).reason());
      }
      String startText = row.get("START");
      SourceDates.Dated start =
          SourceDates.dated("START", startText, SourceDates.iso(startText), ISO, zone);
      if (start.fault() != null) {
        return start.fault();
      }
      String stopText = row.get("STOP");
      LocalDate end = null;
      if (!stopText.isEmpty()) {
        SourceDates.Dated stop =
            SourceDates.dated("STOP", stopText, SourceDates.iso(stopText), ISO, zone);
        if (stop.fault() != null) {
          return stop.fault();
        }
        end = stop.date();
        if (end.isBefore(start.date())) {
          return new Fault("STOP", stopText, "STOP \"" + stopText + "\" is before START");
        }
      }
      Opioids.Strength strength = Opioids.strength(drug, ingredient);
      if (!Opioids.patch(drug) || strength == null || !"h".equals(strength.per())) {
        return new Fault(
            "DESCRIPTION",
            drug,
            "Synthea's medications.csv gives no dose or frequency, so the daily dose of "
                + drug
                + " is unknown; import the FHIR bundles of the same run, whose"
                + " MedicationRequests give the dosage, or add it to medications.csv by hand");
      }
      measured.add(patient);
      tally.row(
          new CanonicalRow.Medication(
              patient, start.date(), end, drug, strength.mg() * 1000.0, "mcg/h"));
      return null;
    }

    private Fault condition(SourceCsv.Row row) {
      if (!Loinc.CHRONIC_LOW_BACK_PAIN.equals(row.get("CODE"))) {
        tally.skip(EhrRows.otherCondition(row.get("CODE"), row.get("DESCRIPTION")));
        return null;
      }
      String patient = row.get("PATIENT");
      if (!PatientIdRule.isValid(patient)) {
        return new Fault("PATIENT", patient, new Problem.BadId(patient).reason());
      }
      String written = row.get("START");
      SourceDates.Dated dated =
          SourceDates.dated("START", written, SourceDates.iso(written), ISO, zone);
      if (dated.fault() != null) {
        return dated.fault();
      }
      LocalDate start = dated.date();
      Onset onset = onsets.computeIfAbsent(patient, p -> new Onset());
      onset.date = onset.date == null || start.isBefore(onset.date) ? start : onset.date;
      onset.records++;
      return null;
    }

    private Fault patient(SourceCsv.Row row) {
      String id = row.get("Id");
      if (!PatientIdRule.isValid(id)) {
        return new Fault("Id", id, new Problem.BadId(id).reason());
      }
      Long first = listed.putIfAbsent(id, row.line());
      if (first != null) {
        return new Fault("Id", id, "Id \"" + id + "\" is already listed on line " + first);
      }
      Onset onset = onsets.get(id);
      if (!measured.contains(id) && onset == null) {
        tally.skip(EhrRows.UNFOLLOWED_PATIENT);
        return null;
      }
      String birth = row.get("BIRTHDATE");
      SourceDates.Dated born =
          SourceDates.dated("BIRTHDATE", birth, SourceDates.iso(birth), "yyyy-MM-dd", zone);
      if (born.fault() != null) {
        return born.fault();
      }
      if (onset != null) {
        onsets.remove(id);
      }
      tally.row(
          new CanonicalRow.Patient(
              id,
              onset == null ? null : onset.date,
              null,
              null,
              born.date().getYear(),
              EhrRows.sex(row.get("GENDER"))),
          onset == null ? 0 : onset.records);
      return null;
    }

    private ImportBatch finish() {
      for (Map.Entry<String, Onset> missing : onsets.entrySet()) {
        Onset onset = missing.getValue();
        tally.row(
            new CanonicalRow.Patient(missing.getKey(), onset.date, null, null, null, null),
            onset.records - 1);
      }
      return tally.batch();
    }
  }
}
