package org.rehabprogress.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rehabprogress.canonical.Cells;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads a Fitbit account export's {@code exercise*.json} and {@code sleep*.json} files, each a JSON
 * array of records, with Jackson's streaming parser: one record in memory at a time.
 */
final class FitbitJson {

  /** Maps one record of the array, at its location {@code entry N} (1-based). */
  interface Entries {
    /** Adds what the record makes to the tally; returns null, or why it cannot be mapped. */
    Fault accept(JsonNode entry, String location);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String REEXPORT =
      "export the data again from Fitbit (a cut-off or edited file cannot be read)";

  private FitbitJson() {}

  /**
   * Reads every record of a file; each is counted as read, and one that is not an object, or that
   * the entries find at fault, is rejected in {@code name}.
   *
   * @throws InputFileException when the file is empty, not an array, malformed or cut off
   */
  static void each(Path file, String label, String name, RecordTally tally, Entries entries)
      throws IOException, InputFileException {
    try (InputStream in = new JsonStringCap(Files.newInputStream(file));
        JsonParser parser = MAPPER.getFactory().createParser(in)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        throw new InputFileException(
            label,
            token == null ? 0 : parser.currentTokenLocation().getLineNr(),
            token == null
                ? "the file is empty"
                : "not a Fitbit export file: expected a JSON array of records",
            REEXPORT);
      }
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        index++;
        String location = "entry " + index;
        JsonNode entry = MAPPER.readTree(parser);
        tally.read();
        String longField = entry == null ? null : JsonValues.overLong(entry);
        Fault fault =
            longField != null
                ? ValueCap.fault(longField)
                : entry == null || !entry.isObject()
                    ? Fault.whole("the entry is not a JSON object")
                    : entries.accept(entry, location);
        if (fault != null) {
          fault.rejectIn(tally, name, location);
        }
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      String what =
          e instanceof JsonEOFException
              ? "the JSON ends before it is complete"
              : "malformed JSON: " + brief(e.getOriginalMessage());
      throw new InputFileException(label, line, what, REEXPORT);
    }
  }

  /** Maps an exercise record to an activity, or returns why it cannot. */
  static Fault exercise(JsonNode entry, String patientId, RecordTally tally, ZoneId zone) {
    String activity = entry.path("activityName").asText("").strip();
    if (activity.isEmpty()) {
      return new Fault("activityName", "", "the exercise has no activityName");
    }
    String start = entry.path("startTime").asText("");
    Stamp stamp = SourceDates.fitbit(start);
    SourceDates.Dated dated =
        SourceDates.dated("startTime", start, stamp, SourceDates.FITBIT_FORMS, zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    LocalDate date = dated.date();
    // Active time leaves out pauses; the elapsed duration stands in when it is missing or 0.
    String field = positive(entry.get("activeDuration")) ? "activeDuration" : "duration";
    JsonNode duration = entry.get(field);
    Double minutes = null;
    double ms = duration == null || duration.isNull() ? 0 : number(duration);
    // No duration, or 0, means the log has none: the exercise still counts, with no minutes.
    if (ms != 0) {
      minutes = ms / 60000.0;
      if (!Durations.inRange(minutes)) {
        String text = duration.asText();
        return new Fault(
            field,
            text,
            Double.isNaN(ms)
                ? field + " \"" + text + "\" is not a number of milliseconds"
                : Durations.outOfRange(minutes));
      }
    }
    String time = stamp.clock(zone);
    tally.row(
        new CanonicalRow.Activity(
            patientId, date, activity, minutes, null, time == null ? null : "start " + time));
    return null;
  }

  /**
   * Returns the totals of one person's sleep records: their minutesAsleep summed per date, written
   * after the person's other rows, by date.
   */
  static SleepTotals sleepTotals(RecordTally tally) {
    return SleepTotals.byDate(
        tally,
        minutes -> minutes / 60.0,
        (date, hours, sleeps) ->
            "minutesAsleep of the sleeps of "
                + date
                + " sum to "
                + Cells.decimal(hours)
                + " hours; "
                + Measure.SLEEP_HOURS.meaning());
  }

  /**
   * Adds a sleep record's asleep minutes to its date, or returns why it cannot.
   *
   * @param name the file name, with the location, for a reject of the date's sum
   */
  static Fault sleep(
      JsonNode entry,
      String location,
      String name,
      String patientId,
      SleepTotals totals,
      ZoneId zone) {
    String text = entry.path("dateOfSleep").asText("");
    SourceDates.Dated dated =
        SourceDates.dated("dateOfSleep", text, SourceDates.fitbit(text), "yyyy-MM-dd", zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    LocalDate date = dated.date();
    JsonNode asleep = entry.get("minutesAsleep");
    double minutes = asleep == null ? Double.NaN : number(asleep);
    if (!(minutes >= 0)) {
      String value = asleep == null ? "" : asleep.asText();
      return new Fault(
          "minutesAsleep",
          value,
          "minutesAsleep \"" + value + "\" is not a number of minutes 0 or more");
    }
    // The reject of a day over 24 hours names the field but not one value: the sum is at fault.
    totals.add(patientId, date, minutes, name, location, "minutesAsleep", "");
    return null;
  }

  private static boolean positive(JsonNode node) {
    return node != null && number(node) > 0;
  }

  /** Returns a number written as a JSON number or numeric text, else NaN. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    try {
      double value = Double.parseDouble(node.asText("").strip());
      return Double.isFinite(value) ? value : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String brief(String message) {
    String text = String.valueOf(message);
    int cut = text.indexOf('\n');
    text = cut < 0 ? text : text.substring(0, cut);
    cut = text.indexOf(" at [Source");
    return (cut < 0 ? text : text.substring(0, cut)).strip();
  }
}
