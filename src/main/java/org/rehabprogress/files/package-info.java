/**
 * Outputs on the file system: what a run may write ({@link org.rehabprogress.files.OutputPolicy},
 * the one place that decides whether an output may be replaced), and how it is written ({@link
 * org.rehabprogress.files.FolderSwap}: a complete output at its name at every instant, and the
 * temporary entries of killed runs removed by the next run). Failures are {@link
 * org.rehabprogress.files.OutputRefused} (exit 2) and {@link org.rehabprogress.files.OutputFailure}
 * (exit 5).
 *
 * <p>Does file I/O only; uses no other package of rehab. Used by {@code pipeline}, {@code importer}
 * and {@code spark}.
 */
package org.rehabprogress.files;
