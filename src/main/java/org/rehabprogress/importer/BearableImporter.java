package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads a Bearable CSV export (columns {@code date}, {@code weekday}, {@code time of day}, {@code
 * category}, {@code rating/amount}, {@code detail}, {@code notes}) into symptoms.csv and events.csv
 * rows for one person. Each data row is one record; {@code date} is written like {@code 22nd Sep
 * 2020}.
 *
 * <p>Scale conversions, from Bearable's own scales ("What are all the different scales used in
 * Bearable?", Bearable support: symptoms 0-4 none, mild, moderate, severe, unbearable; sleep
 * quality 1-5):
 *
 * <ul>
 *   <li>{@code Symptom} rows whose name (the detail without its trailing severity word, e.g. {@code
 *       Back (lower) pain} of {@code Back (lower) pain (Mild)}) is one of the pain symptoms give
 *       pain = severity x 2.5, so 0, 2.5, 5, 7.5, 10; one of the leg pain symptoms gives leg_pain
 *       the same way, and {@code Anxiety} gives anxiety. The severity is {@code rating/amount}, or
 *       the detail's word when that cell is empty. Where several symptoms of one measure are rated
 *       at one date and time of day ({@code am}, {@code mid}, {@code pm}, {@code pre}, {@code all
 *       day}, a clock time), the worst one is that moment's value and the others are folded into
 *       its row: a 0-10 rating asks for one number at a time, and a mean over body sites would move
 *       with how many sites were logged. The report then averages the day's moments. The row's
 *       notes are the time of day, then the records' notes, so that two moments of a day with the
 *       same rating are not one duplicate row. Other symptoms are skipped: other pains (neck, jaw,
 *       ...) as not back or leg pain, the rest as not a measure rehab follows.
 *   <li>{@code Sleep} (and {@code Nap}) rows give sleep_hours from {@code rating/amount} ({@code
 *       h:mm}), or from the detail's asleep span ({@code Asleep 02:45 - 12:30}); the sleeps of one
 *       date, naps included, are summed into one value. A row whose detail gives in-bed time but no
 *       asleep interval is skipped: in-bed time is not sleep. {@code Sleep quality} 1-5 gives
 *       sleep_quality = (quality - 1) x 2.5, so 0, 2.5, 5, 7.5, 10.
 *   <li>{@code Meds/Supplements} rows become events {@code medication: <detail>}, followed by the
 *       amount when it is not 1 ({@code x2}) and the time of day ({@code medication:
 *       Lisdexamfetamine 40 mg 07:00}), so that two doses on one day are two events.
 *   <li>Every other category (Mood, Energy, Factors, Health measurements, ...) is skipped, counted
 *       by category: it is not a measure rehab follows.
 * </ul>
 *
 * <p>The pain and leg pain symptoms are {@link ImportOptions#painSymptoms()} and {@link
 * ImportOptions#legPainSymptoms()}, or {@link #DEFAULT_PAIN_SYMPTOMS} and {@link
 * #DEFAULT_LEG_PAIN_SYMPTOMS} when a set is empty; names match ignoring case and surrounding space.
 * The patient id is the chosen one, or the file's name unless that is Bearable's own.
 */
public final class BearableImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "bearable";

  /**
   * The symptom names counted as (back) pain when no others are chosen; the same as the default of
   * {@code rehab import --pain-symptoms}.
   */
  public static final Set<String> DEFAULT_PAIN_SYMPTOMS =
      Set.of("back (lower) pain", "back (upper) pain", "back pain", "lower back pain");

  /**
   * The symptom names counted as leg (radicular) pain when no others are chosen; the same as the
   * default of {@code rehab import --leg-pain-symptoms}.
   */
  public static final Set<String> DEFAULT_LEG_PAIN_SYMPTOMS = Set.of("leg pain", "sciatica");

  private static final String KIND =
      "a Bearable CSV export (date, time of day, category, rating/amount, detail, notes)";
  private static final String SEVERITY_SCALE =
      "Bearable rates symptoms 0-4 (none, mild, moderate, severe, unbearable)";

  /** Creates the importer; it holds no state. */
  public BearableImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    Run run =
        new Run(
            PatientIdRule.forOnePerson(options, source, "Bearable"),
            String.valueOf(source.getFileName()),
            folded(options.painSymptoms(), DEFAULT_PAIN_SYMPTOMS),
            folded(options.legPainSymptoms(), DEFAULT_LEG_PAIN_SYMPTOMS));
    SourceCsv.readAll(
        source,
        List.of("date", "category", "rating/amount", "detail"),
        "name " + KIND,
        SourceCsv.Names.FIRST_OF_REPEATS,
        run.tally,
        SourceCsv.complete(run::map));
    return run.finish();
  }

  private static Set<String> folded(Set<String> chosen, Set<String> defaults) {
    return (chosen.isEmpty() ? defaults : chosen)
        .stream().map(MeasureValues::fold).collect(Collectors.toSet());
  }

  /** The state of one read. */
  private static final class Run {
    private final String patientId;
    private final String file;
    private final Set<String> pain;
    private final Set<String> legPain;
    private final RecordTally tally = new RecordTally(FORMAT);
    private final SleepTotals sleep = SleepTotals.inHours(tally);
    private final WorstRatings ratings;

    private Run(String patientId, String file, Set<String> pain, Set<String> legPain) {
      this.patientId = patientId;
      this.file = file;
      this.pain = pain;
      this.legPain = legPain;
      this.ratings = new WorstRatings(tally, patientId);
    }

    private Fault map(SourceCsv.Row row) {
      String category = row.get("category");
      String kind = MeasureValues.fold(category);
      if (category.isEmpty()) {
        return new Fault(
            "category", "", "category is empty; expected a Bearable category such as Symptom");
      }
      if (!List.of("symptom", "sleep", "nap", "naps", "sleep quality", "meds/supplements")
          .contains(kind)) {
        tally.skip(category + " is not a measure rehab follows");
        return null;
      }
      String written = row.get("date");
      SourceDates.Dated dated =
          SourceDates.dated(
              "date",
              written,
              SourceDates.dayMonthYear(written),
              "a date like 22nd Sep 2020",
              java.time.ZoneOffset.UTC);
      if (dated.fault() != null) {
        return dated.fault();
      }
      Fault time = BearableEntries.timeOfDay(row.get("time of day"));
      if (time != null) {
        return time;
      }
      LocalDate date = dated.date();
      switch (kind) {
        case "symptom":
          return symptom(row, date);
        case "sleep":
        case "nap":
        case "naps":
          return sleep(row, date);
        case "sleep quality":
          return sleepQuality(row, date);
        default:
          return medication(row, date);
      }
    }

    private Fault symptom(SourceCsv.Row row, LocalDate date) {
      BearableEntries.Detail detail = BearableEntries.detail(row.get("detail"));
      String name = MeasureValues.fold(detail.name());
      if (name.isEmpty()) {
        return new Fault("detail", "", "detail is empty; a symptom entry needs the symptom's name");
      }
      Measure measure =
          pain.contains(name)
              ? Measure.PAIN
              : legPain.contains(name)
                  ? Measure.LEG_PAIN
                  : "anxiety".equals(name) ? Measure.ANXIETY : null;
      if (measure == null) {
        tally.skip(
            "Symptom "
                + detail.name()
                + (name.contains("pain")
                    ? " is not back or leg pain, the condition rehab follows"
                    : " is not a measure rehab follows"));
        return null;
      }
      String amount = row.get("rating/amount");
      double severity;
      if (amount.isEmpty()) {
        if (detail.severity() == null) {
          return new Fault(
              "rating/amount",
              "",
              "rating/amount is empty and the detail names no severity; " + SEVERITY_SCALE);
        }
        severity = detail.severity();
      } else {
        Double number = MeasureValues.number(amount);
        if (number == null) {
          return new Fault(
              "rating/amount",
              amount,
              "rating/amount \"" + amount + "\" is not a number; " + SEVERITY_SCALE);
        }
        if (number < 0 || number > 4) {
          return new Fault(
              "rating/amount",
              amount,
              "rating/amount \"" + amount + "\" is out of range 0-4; " + SEVERITY_SCALE);
        }
        severity = number;
      }
      ratings.add(date, row.get("time of day"), measure, severity * 2.5, row.get("notes"));
      return null;
    }

    private Fault sleep(SourceCsv.Row row, LocalDate date) {
      String amount = row.get("rating/amount");
      String detail = row.get("detail");
      if (BearableEntries.inBedOnly(detail)) {
        tally.skip("Sleep with in-bed time but no asleep interval: in-bed time is not sleep");
        return null;
      }
      Double hours = BearableEntries.sleepHours(amount, detail);
      if (hours == null) {
        return new Fault(
            "rating/amount",
            amount,
            "rating/amount \""
                + amount
                + "\" is not a sleep duration and the detail has no asleep time; expected h:mm"
                + " hours asleep");
      }
      String problem = MeasureValues.problem(Measure.SLEEP_HOURS, hours, amount);
      if (problem != null) {
        return new Fault("rating/amount", amount, problem);
      }
      sleep.add(patientId, date, hours, file, row.location(), "rating/amount", amount);
      return null;
    }

    private Fault sleepQuality(SourceCsv.Row row, LocalDate date) {
      String amount = row.get("rating/amount");
      Double quality = MeasureValues.number(amount);
      if (quality == null || quality < 1 || quality > 5) {
        return new Fault(
            "rating/amount",
            amount,
            "rating/amount \"" + amount + "\" is not a sleep quality; Bearable rates it 1-5");
      }
      String notes = row.get("notes");
      tally.row(
          new CanonicalRow.Symptom(
              patientId,
              date,
              null,
              null,
              null,
              null,
              MeasureValues.fromOneToFive(quality),
              notes.isEmpty() ? null : notes));
      return null;
    }

    private Fault medication(SourceCsv.Row row, LocalDate date) {
      String detail = row.get("detail");
      if (detail.isEmpty()) {
        return new Fault("detail", "", "detail is empty; a medication entry needs its name");
      }
      tally.row(
          new CanonicalRow.Event(
              patientId,
              date,
              BearableEntries.medication(
                  detail, row.get("rating/amount"), row.get("time of day"))));
      return null;
    }

    private ImportBatch finish() {
      sleep.finish();
      ratings.finish();
      return tally.batch();
    }
  }
}
