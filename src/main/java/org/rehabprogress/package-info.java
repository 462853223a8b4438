/**
 * rehab: activity and symptom reports for people with FBSS or chronic low back pain.
 *
 * <p>The pipeline: {@code ingest} reads the canonical CSV files into patient-sorted primitive
 * columns and an account of every row; {@code catalog} classifies activity names; {@code
 * medication} recognises opioids in drug names and turns doses into MME a day; {@code analysis}
 * turns one patient's columns into that patient's figures (a pure function, no I/O); {@code cohort}
 * runs every patient through it over the whole log and reduces the per-patient table to the figures
 * across patients (pure); {@code stats} holds the numeric routines; {@code chart} draws results
 * with JFreeChart; {@code report} writes HTML, CSV and JSON; {@code pdf} lays out the report's
 * XHTML as PDF (rehab report --pdf); {@code privacy} pseudonymises and suppresses small cells;
 * {@code importer} converts exports into canonical files; {@code sample} makes synthetic data;
 * {@code pipeline} runs the stages and alone touches the file system for them, deciding through
 * {@code files} what an output may replace and writing outputs through its swap; {@code cli} parses
 * the command line and maps every failure to an exit code ({@code cli.Failures}, shared with the
 * Spark job through {@code cli.Shell}).
 *
 * <p>Dependencies flow one way: {@code cli -> pipeline -> {ingest, catalog, medication, analysis,
 * stats, chart, report, pdf, privacy, importer, sample, cohort, files}}; {@code medication} uses
 * only ingest's rows, and analysis, report, privacy and importer may use it; {@code cohort} uses
 * analysis, stats and privacy; chart and report read analysis and cohort records (report uses
 * privacy's age bands); {@code pdf} uses nothing of ours; nothing imports {@code cli}. Each
 * third-party library sits behind one door: Commons CSV in ingest (and the CSV writers of report,
 * importer and privacy), JFreeChart in chart, picocli in cli, jte templates in report,
 * openhtmltopdf and PDFBox in pdf.
 */
package org.rehabprogress;
