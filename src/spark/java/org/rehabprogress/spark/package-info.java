/**
 * The scale-out of {@code rehab cohort} and {@code rehab anonymise} on Apache Spark (SPEC section
 * 10), for registries that outgrow one machine, and {@code parquet}, a sorted Parquet copy of the
 * canonical files.
 *
 * <p>Its own source set (src/spark/java) and jar (rehab-spark.jar), which depends on the core
 * (rehab.jar) and which the core never names. Entry class: {@link
 * org.rehabprogress.spark.SparkJob}, run by {@code spark-submit --class
 * org.rehabprogress.spark.SparkJob --jars rehab.jar rehab-spark.jar cohort|anonymise|parquet ...}.
 * Spark is a provided dependency: neither jar carries it. The job's exit codes and messages come
 * from the core's shared shell ({@code cli.Shell}, {@code cli.Failures}), its small-cell decisions
 * in {@code anonymise} from {@code privacy.Sharing}.
 *
 * <p>The cohort job ({@link org.rehabprogress.spark.CohortJob}) reads in one of two ways ({@link
 * org.rehabprogress.spark.Reading}). Sorted input (the canonical files are sorted by patient id,
 * and so is the parquet job's copy) is read without a shuffle: the driver finds, from a few lines
 * of each file ({@link org.rehabprogress.spark.SortedPlan}) or from the Parquet footers ({@link
 * org.rehabprogress.spark.ParquetPlan}), where each share of patients begins in every file, and
 * each task ({@link org.rehabprogress.spark.ShareTask}) reads its share's byte ranges with the
 * CLI's own reader ({@code ingest.PartReader}) and runs its patients through the cohort's
 * per-patient step ({@code cohort.CohortAnalysis.part}). Input in any other order goes through one
 * shuffle ({@link org.rehabprogress.spark.UnsortedRoute}): records in Spark's binary rows,
 * hash-partitioned by patient id and sorted by their place in their files, each partition read by
 * the same reader and step ({@link org.rehabprogress.spark.GroupTask}). The driver ({@link
 * org.rehabprogress.spark.Results}) places every line in its file (a task counts the lines it
 * reads; the driver adds the lines before them), sums the ledgers, and reduces with the CLI's code
 * ({@code cohort.CohortAnalysis.combine}, {@code CohortRun}): the figures across patients, small
 * cells, charts, pages and every file, per_patient.csv and rejects.csv included. The job's setup
 * (inputs, catalog, parameters, Hadoop settings) reaches the tasks as one broadcast ({@link
 * org.rehabprogress.spark.Setup}).
 *
 * <p>How a figure gets from a task to the driver: a task sends one {@link
 * org.rehabprogress.spark.TaskResult} in the byte form of {@code wire.RecordCodec}, which is built
 * from the records' components. A figure added to {@code analysis.PatientSummary} or {@code
 * cohort.CohortPatient} (a component of a record, of any type the codec writes: numbers, text,
 * enums, dates, arrays, lists, maps, records, sealed cases, values with {@code parse}) travels with
 * no change here; a figure held per activity group is renumbered in the whole input's groups by
 * {@code CohortPatient.regrouped}, the one place that knows group numbers. A parameter added to
 * {@code cohort.CohortParameters} reaches the tasks the same way, in {@code Setup}.
 *
 * <p>{@code anonymise} still groups records with the earlier route ({@link
 * org.rehabprogress.spark.Grouping}: Spark's CSV reader, one shuffle of text cells, a patient at a
 * time).
 */
package org.rehabprogress.spark;
