/**
 * The command line: picocli only, one small class per command ({@code report}, {@code cohort},
 * {@code validate}, {@code anonymise}, {@code import}, {@code sample}, {@code catalog}), and the
 * only place that prints or exits.
 *
 * <p>Entry class: {@link org.rehabprogress.cli.Main}: builds the command line ({@link
 * org.rehabprogress.cli.RehabCommand} and its subcommands), runs it and exits with its code. Each
 * command parses its options (the shared ones in {@code InputOptions}) into a request and hands it
 * to {@code pipeline}; it prints what the run returns through a {@code TerminalWriter} (input text
 * made harmless to the terminal). {@link org.rehabprogress.cli.Failures} is the one place that maps
 * a failure to an exit code ({@link org.rehabprogress.cli.ExitCodes}, SPEC section 8) and a
 * one-line message; {@link org.rehabprogress.cli.Shell} is the shell both entry points use (this
 * one and the Spark job).
 *
 * <p>Uses {@code pipeline} for every run, and the packages whose values it prints or parses
 * (ingest, catalog, analysis, cohort, report, privacy, importer, files, sample); picocli sits here
 * alone. Nothing in the main code imports cli; the Spark job uses its shell.
 */
package org.rehabprogress.cli;
