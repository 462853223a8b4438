/**
 * Synthetic clinic data in the canonical CSV format, for demonstrations, tests and benchmarks.
 *
 * <p>Entry class: {@link org.rehabprogress.sample.SampleGenerator}. Pure: no files and no clock;
 * the caller opens and closes the {@link java.io.Writer}s. Each patient is a function of the seed
 * and the patient's index alone ({@link org.rehabprogress.sample.SampleGenerator#patient}), so
 * patients do not depend on how many others are made and could be made in parallel. Uses only the
 * JDK and {@code catalog.ActivityClass}.
 */
package org.rehabprogress.sample;
