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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.InputFileException;

/**
 * One FHIR bundle read entry by entry with Jackson's streaming parser, so that a bundle of many
 * megabytes never sits in memory as one tree, and through {@link JsonStringCap}, so that no string
 * longer than the cap does either. What a bundle's records map to depends on its Patient, which may
 * come anywhere in it, so mapped values of the four kinds read (observations, conditions, opioid
 * requests, the patient) wait together for the end of the bundle: one class, a little over 300
 * lines, rather than state shared across several.
 */
final class FhirBundle {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DATE_TIME = "a dateTime with a day, like 2021-08-23T03:26:50Z";
  private static final String WHAT_TO_DO = "export the bundle again; the file may be cut off";

  /** A checked value of a followed observation, waiting for the bundle's patient id. */
  private record Reading(
      Loinc loinc,
      LocalDate date,
      String when,
      String notes,
      double value,
      String valueText,
      String at) {}

  /** A checked opioid request, waiting for the bundle's patient id. */
  private record Prescription(
      LocalDate start, LocalDate end, String drug, double dose, String unit, String at) {}

  /** The bundle's Patient resource. */
  private record PatientEntry(String id, String birthDate, String gender, String at) {}

  private final String file;
  private final RecordTally tally;
  private final SleepTotals sleep;
  private final PegScores peg;
  private final ZoneId zone;
  private final List<PatientEntry> patients = new ArrayList<>();
  private final List<Reading> readings = new ArrayList<>();
  private final List<Prescription> prescriptions = new ArrayList<>();
  private final List<String> onsetsAt = new ArrayList<>();
  private LocalDate onset;

  private FhirBundle(
      String file, RecordTally tally, SleepTotals sleep, PegScores peg, ZoneId zone) {
    this.file = file;
    this.tally = tally;
    this.sleep = sleep;
    this.peg = peg;
    this.zone = zone;
  }

  /**
   * Reads one bundle into the tally.
   *
   * @param name the file as the user named it, for messages
   * @param zone the zone in which times in UTC are dated
   * @throws InputFileException when the file is not JSON, not a Bundle, or not one patient's
   */
  static void read(
      Path path, String name, RecordTally tally, SleepTotals sleep, PegScores peg, ZoneId zone)
      throws InputFileException, IOException {
    FhirBundle bundle = new FhirBundle(String.valueOf(path.getFileName()), tally, sleep, peg, zone);
    try (InputStream in = new JsonStringCap(Files.newInputStream(path));
        JsonParser parser = MAPPER.createParser(in)) {
      bundle.parse(parser, name);
    } catch (JacksonException e) {
      throw new InputFileException(
          name,
          e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
          "malformed JSON, such as a cut-off file or a missing comma or bracket",
          WHAT_TO_DO);
    }
    bundle.finish(name);
  }

  private void parse(JsonParser parser, String name) throws IOException, InputFileException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw notBundle(name, "the file does not hold a JSON object");
    }
    String type = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("resourceType".equals(field)) {
        type = parser.getValueAsString();
        if (!"Bundle".equals(type)) {
          throw notBundle(name, "resourceType is \"" + type + "\", not Bundle");
        }
      } else if ("entry".equals(field) && value == JsonToken.START_ARRAY) {
        int entry = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          entry++;
          String at = "entry " + entry + ", line " + parser.currentTokenLocation().getLineNr();
          JsonNode node = parser.readValueAsTree();
          tally.read();
          JsonNode resource = node.path("resource");
          String longField = JsonValues.overLong(resource, FhirValues.readFields(resource));
          Fault fault = longField != null ? ValueCap.fault(longField) : resource(resource, at);
          if (fault != null) {
            fault.rejectIn(tally, file, at);
          }
        }
      } else {
        parser.skipChildren();
      }
    }
    if (type == null) {
      throw notBundle(name, "the file has no resourceType Bundle");
    }
  }

  private static InputFileException notBundle(String name, String what) {
    return new InputFileException(
        name, 0, "not a FHIR bundle: " + what, "name " + FhirImporter.KIND);
  }

  private Fault resource(JsonNode resource, String at) {
    String type = resource.path("resourceType").asText("");
    switch (type) {
      case "Patient":
        patients.add(
            new PatientEntry(
                resource.path("id").asText(""),
                resource.path("birthDate").asText(""),
                resource.path("gender").asText(""),
                at));
        return null;
      case "Observation":
        return observation(resource, at);
      case "Condition":
        return condition(resource, at);
      case "MedicationRequest":
        return medication(resource, at);
      case "":
        return Fault.whole("the entry has no resource with a resourceType");
      default:
        tally.skip(type + " resource is not a measure rehab follows");
        return null;
    }
  }

  private Fault observation(JsonNode resource, String at) {
    JsonNode coding = FhirValues.coding(resource.path("code"), "loinc.org", null);
    Loinc loinc = Loinc.of(coding.path("code").asText(""));
    if ("entered-in-error".equals(resource.path("status").asText(""))) {
      tally.skip("Observation entered in error");
      return null;
    }
    if (loinc == null) {
      tally.skip(
          EhrRows.otherObservation(
              coding.path("code").asText(""), FhirValues.display(resource.path("code"), coding)));
      return null;
    }
    String written = FhirValues.effective(resource);
    Stamp stamp = SourceDates.iso(written);
    SourceDates.Dated dated =
        SourceDates.dated("effectiveDateTime", written, stamp, DATE_TIME, zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    JsonNode quantity = resource.path("valueQuantity");
    JsonNode valueNode =
        quantity.isObject() ? quantity.path("value") : resource.path("valueInteger");
    String value = valueNode.isValueNode() ? valueNode.asText() : "";
    Double number =
        valueNode.isNumber() ? Double.valueOf(valueNode.asDouble()) : MeasureValues.number(value);
    if (number == null) {
      return new Fault(
          "valueQuantity.value", value, MeasureValues.notANumber(loinc.measure(), value));
    }
    String unit = quantity.path("code").asText(quantity.path("unit").asText(""));
    double canonical = loinc.canonical(number, unit);
    if (Double.isNaN(canonical)) {
      return new Fault("valueQuantity.unit", unit, Loinc.unknownSleepUnit(unit));
    }
    String problem = MeasureValues.problem(loinc.measure(), canonical, value);
    if (problem != null) {
      return new Fault("valueQuantity.value", value, problem);
    }
    readings.add(
        new Reading(
            loinc,
            dated.date(),
            written,
            EhrRows.notes(written, stamp, zone),
            canonical,
            value,
            at));
    return null;
  }

  private Fault condition(JsonNode resource, String at) {
    JsonNode coding =
        FhirValues.coding(resource.path("code"), "snomed.info", Loinc.CHRONIC_LOW_BACK_PAIN);
    String code = coding.path("code").asText("");
    if (!Loinc.CHRONIC_LOW_BACK_PAIN.equals(code)) {
      tally.skip(EhrRows.otherCondition(code, FhirValues.display(resource.path("code"), coding)));
      return null;
    }
    String written =
        resource
            .path("onsetDateTime")
            .asText(resource.path("onsetPeriod").path("start").asText(""));
    SourceDates.Dated dated =
        SourceDates.dated("onsetDateTime", written, SourceDates.iso(written), DATE_TIME, zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    onset = onset == null || dated.date().isBefore(onset) ? dated.date() : onset;
    onsetsAt.add(at);
    return null;
  }

  private Fault medication(JsonNode resource, String at) {
    FhirMedication.Request request = FhirMedication.read(resource, zone);
    if (request.skip() != null) {
      tally.skip(request.skip());
      return null;
    }
    if (request.fault() != null) {
      return request.fault();
    }
    prescriptions.add(
        new Prescription(
            request.start(), request.end(), request.drug(), request.dose(), request.unit(), at));
    return null;
  }

  private void finish(String name) throws InputFileException {
    if (patients.size() != 1) {
      throw new InputFileException(
          name,
          0,
          "the bundle holds " + patients.size() + " Patient resources",
          "rehab reads one patient per bundle, as Synthea writes them; split the bundle");
    }
    PatientEntry patient = patients.get(0);
    if (!PatientIdRule.isValid(patient.id())) {
      String reason = PatientIdRule.problem("Patient id", patient.id());
      tally.reject(file, patient.at(), "id", patient.id(), reason);
      for (Reading reading : readings) {
        tally.reject(file, reading.at(), "subject", patient.id(), reason);
      }
      for (Prescription prescription : prescriptions) {
        tally.reject(file, prescription.at(), "subject", patient.id(), reason);
      }
      for (String at : onsetsAt) {
        tally.reject(file, at, "subject", patient.id(), reason);
      }
      return;
    }
    for (Reading reading : readings) {
      if (reading.loinc() == Loinc.SLEEP) {
        sleep.add(
            patient.id(),
            reading.date(),
            reading.value(),
            file,
            reading.at(),
            "valueQuantity.value",
            reading.valueText());
      } else if (reading.loinc().measure() == Measure.PEG) {
        peg.add(
            patient.id(),
            reading.when(),
            reading.date(),
            reading.notes(),
            reading.loinc(),
            reading.value());
      } else {
        tally.row(
            EhrRows.symptom(
                patient.id(), reading.date(), reading.loinc(), reading.value(), reading.notes()));
      }
    }
    for (Prescription p : prescriptions) {
      tally.row(
          new CanonicalRow.Medication(
              patient.id(), p.start(), p.end(), p.drug(), p.dose(), p.unit()));
    }
    if (readings.isEmpty() && prescriptions.isEmpty() && onset == null) {
      tally.skip(EhrRows.UNFOLLOWED_PATIENT);
      return;
    }
    tally.row(
        new CanonicalRow.Patient(
            patient.id(),
            onset,
            null,
            null,
            FhirValues.year(patient.birthDate()),
            EhrRows.sex(patient.gender())),
        onsetsAt.size());
  }
}
