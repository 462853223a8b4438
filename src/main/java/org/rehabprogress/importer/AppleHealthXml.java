package org.rehabprogress.importer;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Problem;

/**
 * Reads an Apple Health {@code export.xml} with StAX in constant memory (exports reach gigabytes).
 * Each child of {@code HealthData} but the header elements {@code ExportDate} and {@code Me} is one
 * source record: a {@code Workout} becomes an activity (its type as written, its duration in
 * minutes, none when the export says 0, dated by the local date of its start in its own offset,
 * with the start time in the notes so that two workouts of a day stay two rows); an asleep
 * sleep-analysis {@code Record} joins its night (see {@link AppleSleep}); in-bed and awake records
 * and every other record type are skipped by type. Records nested in a {@code Correlation} are not
 * counted: the export lists them again at the top level, as its DTD says.
 *
 * <p>The parser processes no DTD and no external entity: the internal DTD subset of real exports is
 * accepted and ignored, and an entity reference (a billion-laughs or XXE file) fails as an
 * undeclared entity rather than being expanded or fetched.
 */
final class AppleHealthXml {

  static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
  static final String IN_BED = "HKCategoryValueSleepAnalysisInBed";
  static final String AWAKE = "HKCategoryValueSleepAnalysisAwake";

  /** Asleep values: before iOS 16 one, since then unspecified and the three stages. */
  static final Set<String> ASLEEP =
      Set.of(
          "HKCategoryValueSleepAnalysisAsleep",
          "HKCategoryValueSleepAnalysisAsleepUnspecified",
          "HKCategoryValueSleepAnalysisAsleepCore",
          "HKCategoryValueSleepAnalysisAsleepDeep",
          "HKCategoryValueSleepAnalysisAsleepREM");

  static final String NOT_FOLLOWED = ": not a measure rehab follows";

  private static final Map<String, Double> MINUTES_PER_UNIT =
      Map.of("min", 1.0, "s", 1 / 60.0, "sec", 1 / 60.0, "ms", 1 / 60000.0, "hr", 60.0, "h", 60.0);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss Z", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  private static final String DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm:ss +hhmm";

  private final RecordTally tally = new RecordTally("apple-health");
  private final AppleSleep sleep = new AppleSleep();
  private final String file;
  private final String patientId;
  private XMLStreamReader xml;
  private String location;

  private AppleHealthXml(String file, String patientId) {
    this.file = file;
    this.patientId = patientId;
  }

  /**
   * Reads an export.
   *
   * @param in the XML; the caller closes it
   * @param label the file as the user would name it, for file-level errors
   * @param file the file name for rejects
   * @param patientId the id of every row
   * @throws InputFileException when the XML is malformed or cut off, or is not a Health export
   */
  static ImportBatch read(InputStream in, String label, String file, String patientId)
      throws InputFileException {
    AppleHealthXml reader = new AppleHealthXml(file, patientId);
    try {
      // The cap sits before the parser, which builds every attribute value whole.
      reader.xml = factory().createXMLStreamReader(new XmlValueCap(in));
      try {
        reader.elements(label);
      } finally {
        reader.xml.close();
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      throw new InputFileException(
          label,
          line,
          "malformed XML: " + parserMessage(e),
          "export the data again from the Health app (a cut-off or edited export cannot be read)");
    }
    reader.sleep.finish(reader.tally, patientId, file);
    return reader.tally.batch();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  private void elements(String label) throws XMLStreamException, InputFileException {
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth == 1 && !xml.getLocalName().equals("HealthData")) {
          throw new InputFileException(
              label,
              xml.getLocation().getLineNumber(),
              "not an Apple Health export: the root element is <" + xml.getLocalName() + ">",
              "name the export.xml the Health app wrote, whose root element is <HealthData>");
        }
        if (depth == 2) {
          location = "line " + xml.getLocation().getLineNumber();
          String name = xml.getLocalName();
          String longAttribute = overLong();
          if (longAttribute != null && !name.equals("ExportDate") && !name.equals("Me")) {
            tally.read();
            ValueCap.fault(longAttribute).rejectIn(tally, file, location);
          } else {
            element(name);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void element(String name) {
    switch (name) {
      case "ExportDate", "Me" -> {
        // The export's header: when it was made and the person's characteristics, not records.
      }
      case "Record" -> record();
      case "Workout" -> workout();
      case "ActivitySummary" -> {
        tally.read();
        tally.skip("ActivitySummary: daily ring totals have no activity type");
      }
      default -> {
        tally.read();
        String type = attribute("type");
        tally.skip((type.isEmpty() ? name : type) + NOT_FOLLOWED);
      }
    }
  }

  private void record() {
    tally.read();
    String type = attribute("type");
    if (type.isEmpty()) {
      reject("type", "", "the record has no type");
    } else if (!type.equals(SLEEP)) {
      tally.skip(type + NOT_FOLLOWED);
    } else {
      sleepRecord();
    }
  }

  private void sleepRecord() {
    String value = attribute("value");
    if (value.equals(IN_BED)) {
      tally.skip(IN_BED + ": in-bed time is not sleep");
    } else if (value.equals(AWAKE)) {
      tally.skip(AWAKE + ": awake time is not sleep");
    } else if (!ASLEEP.contains(value)) {
      reject(
          "value",
          value,
          "sleep value \""
              + value
              + "\" is not recognised; expected HKCategoryValueSleepAnalysisAsleep"
              + " (or AsleepUnspecified, AsleepCore, AsleepDeep, AsleepREM), InBed or Awake");
    } else {
      OffsetDateTime start = dateTime("startDate");
      OffsetDateTime end = start == null ? null : dateTime("endDate");
      if (end == null) {
        return;
      }
      if (end.isBefore(start)) {
        reject("endDate", attribute("endDate"), "endDate is before startDate");
        return;
      }
      sleep.add(start, end, location);
    }
  }

  private void workout() {
    tally.read();
    String activity = attribute("workoutActivityType").strip();
    if (activity.isEmpty()) {
      reject("workoutActivityType", "", "the workout has no workoutActivityType");
      return;
    }
    OffsetDateTime start = dateTime("startDate");
    if (start == null) {
      return;
    }
    String field = "duration";
    String text = attribute("duration");
    Double minutes;
    if (text.isEmpty()) {
      // Newer exports may leave out duration: the workout's span stands in for it.
      OffsetDateTime end = dateTime("endDate");
      if (end == null) {
        return;
      }
      field = "endDate";
      text = attribute("endDate");
      minutes = Duration.between(start, end).toMillis() / 60000.0;
    } else {
      minutes = minutes(text);
      if (minutes == null) {
        return;
      }
    }
    if (minutes == 0) {
      // A workout entered by hand with no duration: still an exposure, with no minutes.
      minutes = null;
    } else if (!Durations.inRange(minutes)) {
      reject(field, text, Durations.outOfRange(minutes));
      return;
    }
    tally.row(
        new CanonicalRow.Activity(
            patientId,
            start.toLocalDate(),
            activity,
            minutes,
            null,
            "start " + start.format(TIME)));
  }

  private Double minutes(String text) {
    double amount;
    try {
      amount = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      amount = Double.NaN;
    }
    if (!Double.isFinite(amount)) {
      reject("duration", text, "duration \"" + text + "\" is not a number");
      return null;
    }
    String unit = attribute("durationUnit");
    Double factor = MINUTES_PER_UNIT.get(unit);
    if (factor == null) {
      reject(
          "durationUnit",
          unit,
          "durationUnit \"" + unit + "\" is not recognised; expected min, s or hr");
      return null;
    }
    return amount * factor;
  }

  private OffsetDateTime dateTime(String name) {
    String text = attribute(name);
    OffsetDateTime at;
    try {
      at = OffsetDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      reject(
          name, text, name + " \"" + text + "\" is not a date-time; expected " + DATE_TIME_FORMAT);
      return null;
    }
    // The date written in its own offset, checked against the canonical range.
    long day = at.toLocalDate().toEpochDay();
    if (day < Dates.MIN_DAY || day > Dates.MAX_DAY) {
      reject(
          name,
          text,
          new Problem.OutOfRange(name, text, SourceDates.RANGE, "check the year").reason());
      return null;
    }
    return at;
  }

  /** Returns the name of the first attribute longer than the cap, or null. */
  private String overLong() {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (ValueCap.over(xml.getAttributeValue(i))) {
        return xml.getAttributeLocalName(i);
      }
    }
    return null;
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  private void reject(String field, String value, String reason) {
    tally.reject(file, location, field, value, reason);
  }

  /** Returns the parser's own message without its position prefix and final period. */
  static String parserMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    message = message.strip();
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }
}
