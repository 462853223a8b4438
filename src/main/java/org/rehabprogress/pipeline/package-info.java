/**
 * Runs the stages for each command and alone touches the file system for them: {@link
 * org.rehabprogress.pipeline.ReportRun}, {@link org.rehabprogress.pipeline.CohortRun}, {@link
 * org.rehabprogress.pipeline.Validation}, {@link org.rehabprogress.pipeline.AnonymiseRun}, {@link
 * org.rehabprogress.pipeline.ImportRun} and {@link org.rehabprogress.pipeline.SampleRun} take a
 * request, read the inputs ({@link org.rehabprogress.pipeline.Inputs}: a folder, or files named in
 * its place), run the pure stages, and write the outputs through {@code files}: what an output may
 * replace ({@link org.rehabprogress.pipeline.RunInputs}: never an input) and the folder swap that
 * leaves an earlier output as it was when a run fails. Work beside a run's main line (hashing the
 * inputs, drawing charts) runs on a {@code SideThread}.
 *
 * <p>Uses every stage (ingest, canonical, catalog, medication, analysis, stats, cohort, chart,
 * report, pdf, privacy, importer, sample, files); holds a drawn JFreeChart only to hand it to
 * chart's encoder. Used by {@code cli} and the Spark job; never uses {@code cli}.
 */
package org.rehabprogress.pipeline;
