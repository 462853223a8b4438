package org.rehabprogress.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.cli.CohortBounds;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.CohortOutcome;
import org.rehabprogress.pipeline.CohortRun;
import org.rehabprogress.pipeline.Inputs;
import org.rehabprogress.tables.ActivityEffectTable;
import org.rehabprogress.tables.DayPairTable;
import org.rehabprogress.tables.PatientTable;
import org.rehabprogress.tables.SubgroupTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

/**
 * A cohort's results as Tablesaw tables, for researchers who work in Java (SPEC section 11): {@code
 * CohortTables.of(Path.of("data"), "--by", "sex")} reads the folder's canonical files with {@code
 * rehab cohort}'s options and runs the same code as {@code rehab cohort}, so each table equals the
 * CSV file that {@code rehab cohort} writes with the same options. Nothing is written.
 *
 * <p>The options are {@code rehab cohort}'s that shape the analysis: {@code --from}, {@code --to},
 * {@code --min-cell}, {@code --by}, {@code --catalog} and {@code --date-format} ({@code
 * --per-patient} and {@code --panel} are accepted: the per-patient table and the day-pair panel are
 * always there, since nothing is shared). The panel keeps every day pair in memory, about 50 bytes
 * a pair (17 MB for 1,000 patients followed for a year).
 */
public final class CohortTables {

  /** The options of {@code rehab cohort} that shape the analysis. */
  @Command(name = "CohortTables.of")
  private static final class Options {

    @Mixin CohortBounds bounds;

    @Option(names = "--catalog")
    Path catalog;

    @Option(names = "--date-format")
    String dateFormat;

    // Accepted as on the command line: the panel is always there, since nothing is shared.
    @Option(names = "--panel")
    boolean panel;
  }

  private final CohortResult result;
  private final CohortCells cells;

  private CohortTables(CohortOutcome outcome) {
    this.result = outcome.result();
    this.cells = outcome.cells();
  }

  /**
   * Reads and analyses a cohort.
   *
   * @param in the input folder (activities.csv, symptoms.csv, optionally patients.csv, events.csv
   *     and medications.csv)
   * @param options {@code rehab cohort}'s options, as on its command line, e.g. {@code "--by",
   *     "sex,age_band"} or {@code "--to=2026-09-30"}
   * @throws IllegalArgumentException when an option is unknown or its value wrong, or a column of
   *     {@code --by} has no value for any patient (the message says which and what to do)
   * @throws InputFileException when an input file is missing or malformed (the message names file,
   *     line and what to do)
   * @throws IOException when an input cannot be read
   */
  public static CohortTables of(Path in, String... options) throws InputFileException, IOException {
    Options o = new Options();
    CohortParameters parameters;
    DateTimeFormatter format;
    try {
      new CommandLine(o).parseArgs(options);
      CohortParameters p = o.bounds.parameters();
      // The per-patient rows keep their day pairs, as rehab cohort --per-patient --panel does.
      parameters = new CohortParameters(p.from(), p.to(), p.minCell(), true, p.by(), true);
      format = o.dateFormat == null ? null : Dates.pattern(o.dateFormat);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Inputs inputs = new Inputs(in, null, null, null, null, null, format);
    try {
      return new CohortTables(CohortRun.analyse(inputs, o.catalog, parameters));
    } catch (org.rehabprogress.cohort.SubgroupColumnMissing e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Returns the per-patient table: per_patient.csv's columns and values (figures as printed, 2
   * decimals; a missing figure a missing value), one row per analysed patient in id order; {@code
   * patient_id} holds the id itself (the CSV puts a {@code '} before an id starting with {@code
   * -}).
   */
  public Table perPatient() {
    List<PatientSummary> rows = result.patients().stream().map(CohortPatient::summary).toList();
    return PatientTable.of(rows);
  }

  /**
   * Returns the day-pair panel of SPEC 3b: day_pairs.csv's columns and values (as {@code rehab
   * cohort --per-patient --panel} writes it), one row per day pair, patients in id order as in
   * {@link #perPatient()}, pairs in day order; {@code patient_id} holds the id itself.
   */
  public Table dayPairs() {
    return DayPairTable.of(result.patients().stream().map(CohortPatient::pairs).toList());
  }

  /**
   * Returns the adjusted per-activity rows of SPEC 5b: activity_effects.csv's columns and values,
   * small cells suppressed, in name order; {@code activity} holds the name itself.
   */
  public Table activityEffects() {
    return ActivityEffectTable.of(cells);
  }

  /**
   * Returns what the tables are of, e.g. {@code CohortTables[40 patients analysed; subgroups by
   * sex]}.
   */
  @Override
  public String toString() {
    List<String> by = result.parameters().by();
    return "CohortTables["
        + result.patients().size()
        + " patients analysed"
        + (by.isEmpty() ? "" : "; subgroups by " + String.join(", ", by))
        + "]";
  }

  /**
   * Returns the subgroups table: subgroups.csv's columns and values, small cells suppressed.
   *
   * @throws IllegalStateException without {@code --by}
   */
  public Table subgroups() {
    if (result.parameters().by().isEmpty()) {
      throw new IllegalStateException("no subgroups: give --by COLUMN[,COLUMN] to CohortTables.of");
    }
    return SubgroupTable.of(cells, result.parameters().by());
  }
}
