package org.rehabprogress.ingest;

/**
 * An input row that repeats an earlier row exactly (every cell the same text): counted once.
 *
 * @param file the input file's name
 * @param line the 1-based line of the repeat
 * @param firstLine the line of the row it repeats, which is kept
 */
public record Duplicate(String file, long line, long firstLine) {}
