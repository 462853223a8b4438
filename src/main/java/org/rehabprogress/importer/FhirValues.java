package org.rehabprogress.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the FHIR data types the importer needs from a resource tree. */
final class FhirValues {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})(-.*)?");

  private FhirValues() {}

  /**
   * Returns the coding of a CodeableConcept to read: the first whose system is absent or contains
   * {@code system} and whose code is {@code wanted} (any code when null) and rehab maps it, else
   * the first coding; a missing node when there is none.
   */
  static JsonNode coding(JsonNode concept, String system, String wanted) {
    JsonNode codings = concept.path("coding");
    for (JsonNode coding : codings) {
      String sys = coding.path("system").asText("");
      String code = coding.path("code").asText("");
      boolean systemFits = sys.isEmpty() || sys.contains(system);
      boolean codeFits = wanted == null ? Loinc.of(code) != null : wanted.equals(code);
      if (systemFits && codeFits) {
        return coding;
      }
    }
    return codings.path(0);
  }

  /** Returns a code's display, else the concept's text, else "". */
  static String display(JsonNode concept, JsonNode coding) {
    return coding.path("display").asText(concept.path("text").asText(""));
  }

  /**
   * Returns when an observation applies, as written: {@code effectiveDateTime}, else the end of
   * {@code effectivePeriod} (a sleep ends on the date it counts for), else its start, else {@code
   * effectiveInstant}; "" when none is given.
   */
  static String effective(JsonNode observation) {
    String[] candidates = {
      observation.path("effectiveDateTime").asText(""),
      observation.path("effectivePeriod").path("end").asText(""),
      observation.path("effectivePeriod").path("start").asText(""),
      observation.path("effectiveInstant").asText("")
    };
    for (String candidate : candidates) {
      if (!candidate.isEmpty()) {
        return candidate;
      }
    }
    return "";
  }

  /**
   * Returns the year of a FHIR date ({@code 1968}, {@code 1968-04}, {@code 1968-04-12}), or null.
   */
  static Integer year(String date) {
    Matcher m = YEAR.matcher(date.strip());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Returns the fields of a resource that are read (and so copied, or named in a skip). */
  static List<String> readFields(JsonNode resource) {
    switch (resource.path("resourceType").asText("")) {
      case "Patient":
        return List.of("resourceType", "id", "birthDate", "gender");
      case "Observation":
        return List.of(
            "resourceType",
            "status",
            "code",
            "effectiveDateTime",
            "effectivePeriod",
            "effectiveInstant",
            "valueQuantity",
            "valueInteger");
      case "Condition":
        return List.of("resourceType", "code", "onsetDateTime", "onsetPeriod");
      case "MedicationRequest":
        return List.of(
            "resourceType",
            "status",
            "medicationCodeableConcept",
            "medicationReference",
            "authoredOn",
            "dosageInstruction",
            "dispenseRequest");
      default:
        return List.of("resourceType");
    }
  }
}
