/**
 * rehab: activity and symptom reports for people with FBSS or chronic low back pain.
 *
 * <p>The pipeline: {@code canonical} says what the canonical files are (files, columns, measures,
 * the text of written cells); {@code ingest} reads them into patient-sorted primitive columns and
 * an account of every row, through its byte route ({@code ingest.bytes}); {@code catalog}
 * classifies activity names; {@code medication} recognises opioids in drug names and turns doses
 * into MME a day; {@code analysis} turns one patient's columns into that patient's figures (a pure
 * function, no I/O); {@code cohort} runs every patient through it over the whole log and reduces
 * the per-patient table to the figures across patients (pure); {@code stats} holds the numeric
 * routines; {@code chart} draws results with JFreeChart; {@code report} writes HTML, CSV and JSON;
 * {@code pdf} lays out the report's XHTML as PDF (rehab report --pdf); {@code privacy}
 * pseudonymises and suppresses small cells; {@code importer} converts exports into canonical files;
 * {@code sample} makes synthetic data; {@code pipeline} runs the stages and alone touches the file
 * system for them, deciding through {@code files} what an output may replace and writing outputs
 * through its swap; {@code cli} parses the command line and maps every failure to an exit code
 * ({@code cli.Failures}, shared with the Spark job through {@code cli.Shell}); {@code wire} is the
 * byte form in which the Spark job's tasks send their results to its driver; {@code tables} builds
 * Tablesaw tables of per-patient results, the day-pair panel, the adjusted per-activity rows and
 * the subgroups of {@code rehab cohort --by}; {@code api} is the researchers' entry point ({@code
 * api.CohortTables}, SPEC 11). The Spark job ({@code org.rehabprogress.spark}) is a second source
 * set and jar (src/spark/java, rehab-spark.jar) that runs the same stages on Apache Spark; it
 * depends on this core, and nothing here names it or Spark (ArchitectureTest, SparkBoundaryTest).
 *
 * <p>Dependencies flow one way: {@code cli -> pipeline -> {ingest, catalog, medication, analysis,
 * ({@code cli.Failures}, shared with the Spark job through {@code cli.Shell}); {@code wire} is the
 * byte form in which the Spark job's tasks send their results to its driver; {@code tables} builds
 * Tablesaw tables of per-patient results, the day-pair panel, the adjusted per-activity rows and
 * the subgroups of {@code rehab cohort --by}; {@code api} is the researchers' entry point ({@code
 * api.CohortTables}, SPEC 11). The Spark job ({@code org.rehabprogress.spark}) is a second source
 * set and jar (src/spark/java, rehab-spark.jar) that runs the same stages on Apache Spark; it
 * depends on this core, and nothing here names it or Spark (ArchitectureTest, SparkBoundaryTest).
 *
 * <p>Dependencies flow one way: {@code cli -> pipeline -> {ingest, catalog, medication, analysis,
 * stats, chart, report, pdf, privacy, importer, sample, cohort, files, tables}}; {@code canonical},
 * {@code catalog}, {@code stats}, {@code files}, {@code pdf}, {@code wire} and {@code ingest.bytes}
 * use nothing of ours, and only ingest uses {@code ingest.bytes}; {@code medication} uses only
 * ingest's rows, and analysis, report, privacy and importer may use it; analysis, stats and cohort
 * are pure and use no I/O package (of ingest only the dataset it hands over); {@code cohort} uses
 * analysis, stats and privacy; chart and report read analysis and cohort records (report uses
 * privacy's age bands); privacy never uses importer (both use canonical); {@code tables} uses
 * cohort, analysis, stats, privacy (the cells as shown) and report, and is reached only through
 * pipeline's {@code --by} path and {@code api} ({@code --panel} writes day_pairs.csv without it);
 * nothing imports {@code cli} but the Spark job's shell and {@code api}, which reads {@code rehab
 * cohort}'s options with cli's own option class so that they mean what they mean on the command
 * line; no main code imports the Spark job. {@code ArchitectureTest} checks these arrows and the
 * libraries' doors over the sources' imports. Each third-party library sits behind one door:
 * Commons CSV in ingest (and the CSV writers of report, importer and privacy), JFreeChart in chart,
 * picocli in cli (and api), jte templates in report, openhtmltopdf and PDFBox in pdf, Tablesaw in
 * tables (and in api's return types); Spark only in the job's own source set.
 */
package org.rehabprogress;
