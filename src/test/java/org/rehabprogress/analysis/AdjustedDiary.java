package org.rehabprogress.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rehabprogress.catalog.ActivityClass;

/**
 * The diary of {@code fixtures/adjusted/diary.txt} as a log (see {@link AdjustedComparisonTest}):
 * one line per day from 2026-09-01 to 2026-10-15 with that day's pain entries and activities, each
 * pain entry a row and each activity 30 minutes.
 */
public final class AdjustedDiary {

  /** The classes the fixture's R script gives its names. */
  public static final Map<String, ActivityClass> CLASSES =
      Map.of(
          "tennis", ActivityClass.FLAGGED,
          "golf", ActivityClass.FLAGGED,
          "walking", ActivityClass.LOW_IMPACT,
          "Walking", ActivityClass.LOW_IMPACT,
          "housework", ActivityClass.NEUTRAL,
          "zumba", ActivityClass.UNCLASSIFIED);

  /**
   * The same names with flagged and low-impact swapped: the class contrast {@code bF - bL} changes
   * sign exactly, and its interval is mirrored.
   */
  public static final Map<String, ActivityClass> SWAPPED =
      Map.of(
          "tennis", ActivityClass.LOW_IMPACT,
          "golf", ActivityClass.LOW_IMPACT,
          "walking", ActivityClass.FLAGGED,
          "Walking", ActivityClass.FLAGGED,
          "housework", ActivityClass.NEUTRAL,
          "zumba", ActivityClass.UNCLASSIFIED);

  private AdjustedDiary() {}

  /** Returns the fixture's log with the R script's classes. */
  public static LogBuilder log() {
    return log(CLASSES);
  }

  /** Returns the fixture's log with the given class for each name. */
  public static LogBuilder log(Map<String, ActivityClass> classes) {
    LogBuilder log = new LogBuilder();
    try (InputStream in = AdjustedDiary.class.getResourceAsStream("/fixtures/adjusted/diary.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\\|", -1);
        String date = cells[0].strip();
        for (String value : cells[1].strip().split(" ")) {
          if (!value.isEmpty()) {
            log.pain(date, Double.parseDouble(value));
          }
        }
        for (String name : cells[2].strip().split(",")) {
          if (!name.isEmpty()) {
            log.activity(date, name, classes.get(name), 30);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log;
  }
}
