/**
 * The scale-out of {@code rehab cohort} and {@code rehab anonymise} on Apache Spark (SPEC section
 * 10), for registries that outgrow one machine.
 *
 * <p>Entry class: {@link org.rehabprogress.spark.SparkJob}, run by {@code spark-submit --class
 * org.rehabprogress.spark.SparkJob rehab.jar cohort|anonymise ...}. The job reads the canonical
 * files with Spark (CSV or Parquet), brings each patient's records together in one partition, and
 * puts them through the CLI's own row rules ({@code ingest.Records}) and per-patient analysis; the
 * figures across patients, small cells, charts and pages come from the same code as the CLI, run on
 * the driver over the per-patient figures. Spark is a provided dependency: the jar does not carry
 * it.
 */
package org.rehabprogress.spark;
