package org.rehabprogress.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads the {@code summarizedActivities.json} files of a Garmin account (GDPR) export, each a JSON
 * array of objects holding a {@code summarizedActivitiesExport} list of activities, with Jackson's
 * streaming parser through {@link JsonStringCap}: one activity in memory at a time. Each activity
 * is one record: its {@code activityType} (a type key such as {@code lap_swimming}, or an object
 * holding one) is the activity; {@code startTimeLocal} (milliseconds of the watch's local clock)
 * gives the date, else {@code beginTimestamp} or {@code startTimeGmt} (milliseconds since the
 * epoch, UTC) dated in the user's zone; {@code duration} (milliseconds), else {@code
 * elapsedDuration}, gives duration_min; {@code name} becomes the notes. An activity whose {@code
 * activityId} was read before is skipped.
 */
final class GarminJson {

  static final String REPEATED = "activityId repeats an activity read before";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LIST = "summarizedActivitiesExport";
  private static final String REEXPORT =
      "export the data again from Garmin (a cut-off or edited file cannot be read)";

  private GarminJson() {}

  /**
   * Reads the files of one person's export.
   *
   * @param source the file or folder as the user named it, for the patient id
   * @throws InputFileException when a file is not JSON or holds no activity list
   */
  static ImportBatch read(Path source, List<Path> files, ImportOptions options)
      throws InputFileException, IOException {
    String patientId = PatientIdRule.forOnePerson(options, source, GarminImporter.VENDOR);
    RecordTally tally = new RecordTally(GarminImporter.FORMAT);
    Set<String> seen = new HashSet<>();
    for (Path file : files) {
      new Reader(file, patientId, options, tally, seen).read();
    }
    return tally.batch();
  }

  /** One file's read. */
  private static final class Reader {
    private final Path file;
    private final String name;
    private final String patientId;
    private final ImportOptions options;
    private final RecordTally tally;
    private final Set<String> seen;
    private int index;
    private boolean listed;

    private Reader(
        Path file, String patientId, ImportOptions options, RecordTally tally, Set<String> seen) {
      this.file = file;
      this.name = String.valueOf(file.getFileName());
      this.patientId = patientId;
      this.options = options;
      this.tally = tally;
      this.seen = seen;
    }

    private void read() throws InputFileException, IOException {
      try (InputStream in = new JsonStringCap(Files.newInputStream(file));
          JsonParser parser = MAPPER.createParser(in)) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            wrapper(parser);
          }
        } else if (token == JsonToken.START_OBJECT) {
          wrapper(parser);
        }
      } catch (JacksonException e) {
        throw new InputFileException(
            file.toString(),
            e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
            "malformed JSON, such as a cut-off file or a missing comma or bracket",
            REEXPORT);
      }
      if (!listed) {
        throw new InputFileException(
            file.toString(),
            0,
            "not a Garmin account export: the JSON holds no " + LIST + " list",
            "name " + GarminImporter.KIND);
      }
    }

    /** Reads one object of the file's array, whose list holds the activities. */
    private void wrapper(JsonParser parser) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (LIST.equals(field) && value == JsonToken.START_ARRAY) {
          listed = true;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            index++;
            String at = "activity " + index;
            JsonNode activity = parser.readValueAsTree();
            tally.read();
            String longField = JsonValues.overLong(activity);
            Fault fault =
                longField != null
                    ? ValueCap.fault(longField)
                    : !activity.isObject()
                        ? Fault.whole("the activity is not a JSON object")
                        : activity(activity);
            if (fault != null) {
              fault.rejectIn(tally, name, at);
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    }

    private Fault activity(JsonNode activity) {
      String id = activity.path("activityId").asText("");
      if (!id.isEmpty() && !seen.add(id)) {
        tally.skip(REPEATED);
        return null;
      }
      JsonNode typeNode = activity.path("activityType");
      String type =
          (typeNode.isObject() ? typeNode.path("typeKey").asText("") : typeNode.asText("")).strip();
      if (type.isEmpty()) {
        return new Fault("activityType", "", "the activity has no activityType");
      }
      SourceDates.Dated dated = date(activity);
      if (dated.fault() != null) {
        return dated.fault();
      }
      String field = activity.path("duration").isNumber() ? "duration" : "elapsedDuration";
      JsonNode duration = activity.path(field);
      Double minutes = null;
      if (duration.isNumber() && duration.asDouble() != 0) {
        minutes = MeasureValues.round2(duration.asDouble() / 60000.0);
        if (!Durations.inRange(minutes)) {
          return new Fault(
              field,
              duration.asText(),
              field
                  + " \""
                  + duration.asText()
                  + "\" milliseconds is out of range; "
                  + Durations.RANGE);
        }
      } else if (!duration.isMissingNode() && !duration.isNull() && !duration.isNumber()) {
        return new Fault(
            field,
            duration.asText(),
            field + " \"" + duration.asText() + "\" is not a number of milliseconds");
      }
      String title = activity.path("name").asText("").strip();
      tally.row(
          new CanonicalRow.Activity(
              patientId, dated.date(), type, minutes, null, title.isEmpty() ? null : title));
      return null;
    }

    /** Dates an activity by its local start, else its UTC start in the user's zone. */
    private SourceDates.Dated date(JsonNode activity) {
      for (String field : new String[] {"startTimeLocal", "beginTimestamp", "startTimeGmt"}) {
        JsonNode node = activity.path(field);
        if (node.isMissingNode() || node.isNull()) {
          continue;
        }
        boolean utc = !"startTimeLocal".equals(field);
        Stamp stamp = null;
        if (node.isNumber()) {
          try {
            LocalDateTime at =
                LocalDateTime.ofEpochSecond(Math.floorDiv(node.asLong(), 1000L), 0, ZoneOffset.UTC);
            stamp =
                new Stamp(
                    at.toLocalDate(),
                    at.getHour(),
                    at.getMinute(),
                    at.getSecond(),
                    utc,
                    utc ? ZoneOffset.UTC : null);
          } catch (DateTimeException e) {
            stamp = null;
          }
        } else {
          stamp = SourceDates.iso(node.asText());
          if (stamp != null && utc && stamp.offset() == null && stamp.hasTime()) {
            stamp =
                new Stamp(
                    stamp.day(),
                    stamp.hour(),
                    stamp.minute(),
                    stamp.second(),
                    true,
                    ZoneOffset.UTC);
          }
        }
        return SourceDates.dated(
            field,
            node.asText(),
            stamp,
            "milliseconds since 1970 or an ISO date-time",
            options.zone());
      }
      return new SourceDates.Dated(
          null,
          new Fault(
              "startTimeLocal",
              "",
              "the activity has no start time (startTimeLocal, beginTimestamp or startTimeGmt)"));
    }
  }
}
