/**
 * The researchers' entry point (SPEC section 11): {@link org.rehabprogress.api.CohortTables} reads
 * an input folder with {@code rehab cohort}'s options and returns its results as Tablesaw tables,
 * for jshell, a Java notebook or a researcher's own code. A shell like {@code cli}: it parses the
 * options with {@code cli}'s option classes, runs the cohort through {@code pipeline} (the same
 * code as {@code rehab cohort}) and builds the tables with {@code tables}. Reads the input files;
 * writes nothing. Nothing imports it.
 */
package org.rehabprogress.api;
