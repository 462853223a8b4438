package org.rehabprogress.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.privacy.AnonymisedLogs;
import org.rehabprogress.privacy.AnonymisedTables;
import org.rehabprogress.privacy.DateRegime;
import org.rehabprogress.privacy.ExportPlan;
import org.rehabprogress.privacy.PseudonymKey;
import org.rehabprogress.privacy.Sharing;
import org.rehabprogress.privacy.WrittenFile;

/**
 * The anonymisation's per-patient stages, run in the executors on one patient at a time with the
 * CLI's own code ({@link ExportPlan}, {@link AnonymisedLogs}, {@link AnonymisedTables}). The plan
 * stage finds what the decisions across patients need (is the patient exported, its pseudonym,
 * site, sex, activity names); the rows stage writes the patient's anonymised rows under those
 * decisions.
 */
final class AnonymiseStage implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The plan stage's columns after the shared ones. */
  static final StructType PLAN =
      StageRows.SCHEMA
          .add("exported", DataTypes.BooleanType, true)
          .add("pseudonym", DataTypes.StringType, true)
          .add("site", DataTypes.StringType, true)
          .add("sex", DataTypes.StringType, true)
          .add("names", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** One file's counts for one patient. */
  static final StructType WRITTEN =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("rows", DataTypes.LongType, false)
          .add("marked", DataTypes.LongType, false)
          .add("merged", DataTypes.LongType, false)
          .add("left_out", DataTypes.LongType, false);

  /** One anonymised line. */
  static final StructType LINE =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("index", DataTypes.IntegerType, false)
          .add("line", DataTypes.StringType, false);

  /** The rows stage's columns. */
  static final StructType ROWS =
      new StructType()
          .add("pseudonym", DataTypes.StringType, true)
          .add("written", DataTypes.createArrayType(WRITTEN, false), false)
          .add("lines", DataTypes.createArrayType(LINE, false), false);

  /**
   * What every task needs to know.
   *
   * @param inputs the job's inputs
   * @param datePattern the --date-format pattern, or null
   * @param catalogText the effective catalog as catalog CSV
   * @param key the key file's bytes
   * @param regime study or shifted dates
   * @param minCell --min-cell
   * @param shared the decisions across patients, or null for the plan stage
   */
  record Setup(
      List<KindInput> inputs,
      String datePattern,
      String catalogText,
      byte[] key,
      DateRegime regime,
      int minCell,
      Sharing.Shared shared)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    Setup {
      inputs = List.copyOf(inputs);
    }

    ActivityCatalog catalog() {
      try {
        return ActivityCatalog.of(CatalogCsv.read(new StringReader(catalogText), "catalog"));
      } catch (InputFileException e) {
        throw new IllegalStateException("the driver wrote this catalog", e);
      }
    }

    boolean has(CanonicalFile kind) {
      return inputs.stream().anyMatch(i -> i.kind() == kind);
    }
  }

  private final Setup setup;

  AnonymiseStage(Setup setup) {
    this.setup = setup;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ActivityCatalog catalog = setup.catalog();
    PseudonymKey key = PseudonymKey.of(setup.key());
    DateTimeFormatter format =
        setup.datePattern() == null ? null : Dates.pattern(setup.datePattern());
    PatientGroups groups = new PatientGroups(rows);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return groups.hasNext();
      }

      @Override
      public Row next() {
        PatientRecords records = groups.next();
        Dataset data = records.read(setup.inputs(), format);
        return setup.shared() == null
            ? plan(records, data, catalog, key)
            : rows(data, catalog, key);
      }
    };
  }

  private Row plan(
      PatientRecords records, Dataset data, ActivityCatalog catalog, PseudonymKey key) {
    List<Object> values = new ArrayList<>();
    values.add(records.patientId());
    values.add(StageRows.ledger(data).toArray());
    values.add(StageRows.rejects(data, records, setup.inputs()).toArray());
    if (data.patientIds().isEmpty()) {
      values.addAll(Arrays.asList(null, null, null, null));
      values.add(new String[0]);
    } else {
      ExportPlan plan = ExportPlan.of(data, catalog, key, setup.regime(), setup.minCell());
      boolean exported = plan.patients() == 1;
      PatientInfo info = data.patients().get(data.patientIds().get(0));
      values.add(exported);
      values.add(exported ? plan.pseudonym(0) : null);
      values.add(exported && info != null ? info.site() : null);
      values.add(exported && info != null ? info.sex() : null);
      values.add(exported ? data.activities().names().toArray(String[]::new) : new String[0]);
    }
    return RowFactory.create(values.toArray());
  }

  private Row rows(Dataset data, ActivityCatalog catalog, PseudonymKey key) {
    List<Row> written = new ArrayList<>();
    List<Row> lines = new ArrayList<>();
    String pseudonym = null;
    if (data.patientIds().isEmpty()) {
      // Events or medications of an id found in no other file: never written, counted as left
      // out.
      long events = data.events().values().stream().mapToLong(List::size).sum();
      if (events > 0) {
        written.add(RowFactory.create(CanonicalFile.EVENTS.ordinal(), 0L, 0L, 0L, events));
      }
      long medications = data.medications().values().stream().mapToLong(List::size).sum();
      if (medications > 0) {
        written.add(
            RowFactory.create(CanonicalFile.MEDICATIONS.ordinal(), 0L, 0L, 0L, medications));
      }
    } else {
      ExportPlan plan =
          ExportPlan.of(data, catalog, key, setup.regime(), setup.minCell(), setup.shared());
      pseudonym = plan.patients() == 1 ? plan.pseudonym(0) : null;
      try {
        render(
            CanonicalFile.ACTIVITIES,
            w -> AnonymisedLogs.activities(plan, w, true),
            written,
            lines);
        render(CanonicalFile.SYMPTOMS, w -> AnonymisedLogs.symptoms(plan, w, true), written, lines);
        if (setup.has(CanonicalFile.PATIENTS)) {
          render(CanonicalFile.PATIENTS, w -> AnonymisedTables.patients(plan, w), written, lines);
        }
        if (setup.has(CanonicalFile.EVENTS)) {
          render(CanonicalFile.EVENTS, w -> AnonymisedTables.events(plan, w), written, lines);
        }
        if (setup.has(CanonicalFile.MEDICATIONS)) {
          render(
              CanonicalFile.MEDICATIONS,
              w -> AnonymisedTables.medications(plan, w),
              written,
              lines);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
    }
    return RowFactory.create(pseudonym, written.toArray(), lines.toArray());
  }

  /** Writes one of the patient's files by the CLI's code. */
  private interface Renderer {
    WrittenFile write(java.io.Writer out) throws IOException;
  }

  private static void render(
      CanonicalFile kind, Renderer renderer, List<Row> written, List<Row> lines)
      throws IOException {
    StringWriter text = new StringWriter();
    WrittenFile w = renderer.write(text);
    written.add(
        RowFactory.create(
            kind.ordinal(), w.rows(), w.repeatsMarked(), w.repeatsMerged(), w.leftOut()));
    List<String> split = Lines.split(text.toString());
    // Line 0 is the header: every patient's copy is the same, and the driver writes one.
    for (int i = 0; i < split.size(); i++) {
      lines.add(RowFactory.create(kind.ordinal(), i, split.get(i)));
    }
  }
}
