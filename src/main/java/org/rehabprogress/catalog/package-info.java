/**
 * Activity names to classes: {@code LOW_IMPACT}, {@code FLAGGED}, {@code NEUTRAL} or {@code
 * UNCLASSIFIED} ({@link org.rehabprogress.catalog.ActivityClass}), each with the reason a catalog
 * row gives.
 *
 * <p>Entry class: {@link org.rehabprogress.catalog.ActivityCatalog}: the built-in rows, extended or
 * replaced by a user's catalog rows ({@link org.rehabprogress.catalog.CatalogEntry}, read from a
 * file by {@code ingest}), classifying a name by its matching key ({@link
 * org.rehabprogress.catalog.ActivityNames}: the spellings exports use compare equal).
 *
 * <p>Pure: no I/O. Uses nothing of the project's; used by ingest, analysis, cohort, privacy,
 * report, sample, pipeline, cli and the Spark job.
 */
package org.rehabprogress.catalog;
