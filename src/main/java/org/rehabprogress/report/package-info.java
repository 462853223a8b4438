/**
 * Results as text: HTML pages, CSV tables and JSON, with every input string escaped or neutralised.
 *
 * <p>Entry classes: {@link org.rehabprogress.report.SummaryCsv}, {@link
 * org.rehabprogress.report.ActivityComparisonCsv} and {@link org.rehabprogress.report.RejectsCsv}
 * (CSV cells through {@link org.rehabprogress.report.CsvCells}); {@link
 * org.rehabprogress.report.ReportJson} and {@link org.rehabprogress.report.Json} (Jackson: sorted
 * snake_case keys, none as null); {@link org.rehabprogress.report.IndexPage} and {@link
 * org.rehabprogress.report.PatientPage} build the view records that {@link
 * org.rehabprogress.report.Pages} renders with the precompiled jte templates of {@code
 * src/main/jte} (auto-escaped; charts go in unescaped only after {@code InlineSvg} checked them).
 * {@link org.rehabprogress.report.MonthReport} holds what a monthly report shows and {@link
 * org.rehabprogress.report.Provenance} where it came from; {@link
 * org.rehabprogress.report.Previous} the month before, {@link
 * org.rehabprogress.report.ClinicalContext} the patient's context and {@link
 * org.rehabprogress.report.Freshness} whether the export looks current. {@code Pages.patientPdf}
 * and {@code Pages.clinicPdf} render the same views as well-formed XHTML for the pdf package.
 *
 * <p>No file access: writers take a {@code Writer} the caller opens and closes; no clock. Uses
 * {@code analysis}, {@code cohort} and {@code ingest} records, {@code stats} (rounding as shown),
 * {@code catalog}, privacy's age bands and manifest, {@code canonical}'s spreadsheet-formula guard
 * (through {@code CsvCells}), Commons CSV, Jackson and jte; used by {@code pipeline} and {@code
 * cli} (terminal text).
 */
package org.rehabprogress.report;
