package org.rehabprogress.spark;

import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.wire.RecordCodec;

/**
 * What every task of a cohort job needs to know, sent once to each executor as a broadcast of its
 * byte form (a parameter added to the cohort's travels with it).
 *
 * @param inputs the job's inputs
 * @param datePattern the --date-format pattern, or null
 * @param catalogText the effective catalog as catalog CSV
 * @param parameters the cohort's bounds and threshold
 * @param hadoop the driver's Hadoop settings ({@link HadoopFiles#settings(Configuration)})
 */
record Setup(
    List<KindInput> inputs,
    String datePattern,
    String catalogText,
    CohortParameters parameters,
    byte[] hadoop) {

  private static final RecordCodec<Setup> CODEC = RecordCodec.of(Setup.class);

  /** Copies the list. */
  Setup {
    inputs = List.copyOf(inputs);
  }

  /** Returns the byte form to broadcast. */
  byte[] bytes() {
    return CODEC.encode(this);
  }

  /** Returns the setup of its byte form. */
  static Setup of(byte[] bytes) {
    return CODEC.decode(bytes);
  }

  /** Returns the catalog the text holds. */
  ActivityCatalog catalog() {
    try {
      return ActivityCatalog.of(CatalogCsv.read(new StringReader(catalogText), "catalog"));
    } catch (InputFileException e) {
      throw new IllegalStateException("the driver wrote this catalog", e);
    }
  }

  /** Returns the --date-format pattern's formatter, or null. */
  DateTimeFormatter dateFormat() {
    return datePattern == null ? null : Dates.pattern(datePattern);
  }

  /** Returns the Hadoop settings. */
  Configuration conf() {
    return HadoopFiles.settings(hadoop);
  }

  /** Returns the input of a kind, or null. */
  KindInput input(org.rehabprogress.canonical.CanonicalFile kind) {
    return inputs.stream().filter(i -> i.kind() == kind).findFirst().orElse(null);
  }
}
