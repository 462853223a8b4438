package org.rehabprogress.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * A FHIR MedicationRequest read for medications.csv: only opioids are written (SPEC section 7; the
 * other drugs of a health record, from antibiotics to vaccines, are skipped by name), with the
 * daily dose of {@link Dosage}. The start is the dosage's {@code timing.repeat.boundsPeriod.start},
 * else {@code dispenseRequest.validityPeriod.start}, else {@code authoredOn}; the end is the
 * matching {@code end}, else the start plus {@code dispenseRequest.expectedSupplyDuration} in days
 * less one. A request with no end is ongoing, unless its status says it was stopped or completed:
 * then its end is unknown and it is rejected rather than counted as ongoing for ever.
 */
final class FhirMedication {

  private static final String DATE_TIME = "a dateTime with a day, like 2021-08-23T03:26:50Z";
  private static final Set<String> NEVER_TAKEN = Set.of("entered-in-error", "cancelled", "draft");
  private static final Set<String> ENDED = Set.of("stopped", "completed");

  private FhirMedication() {}

  /**
   * A request as medications.csv takes it, or why not: {@code skip} (not an opioid, never taken) or
   * {@code fault} set, else the row's values.
   */
  record Request(
      String skip,
      Fault fault,
      LocalDate start,
      LocalDate end,
      String drug,
      double dose,
      String unit) {

    static Request skipped(String reason) {
      return new Request(reason, null, null, null, null, 0, null);
    }

    static Request rejected(Fault fault) {
      return new Request(null, fault, null, null, null, 0, null);
    }
  }

  /** Reads a MedicationRequest resource; UTC times are dated in {@code zone}. */
  static Request read(JsonNode resource, ZoneId zone) {
    String status = resource.path("status").asText("");
    if (NEVER_TAKEN.contains(status)) {
      return Request.skipped("MedicationRequest " + status + ": never taken");
    }
    JsonNode concept = resource.path("medicationCodeableConcept");
    JsonNode coding = concept.path("coding").path(0);
    String drug =
        concept
            .path("text")
            .asText(
                coding
                    .path("display")
                    .asText(resource.path("medicationReference").path("display").asText("")))
            .strip();
    if (drug.isEmpty()) {
      return Request.rejected(
          new Fault(
              "medicationCodeableConcept",
              "",
              "the MedicationRequest names no medication as text; medications.csv needs the"
                  + " drug's name"));
    }
    String ingredient = Opioids.ingredient(drug);
    if (ingredient == null) {
      return Request.skipped(
          "Medication " + coding.path("code").asText("") + " " + drug + " is not an opioid");
    }
    JsonNode instructions = resource.path("dosageInstruction");
    JsonNode bounds = instructions.path(0).path("timing").path("repeat").path("boundsPeriod");
    JsonNode validity = resource.path("dispenseRequest").path("validityPeriod");
    String startField = "authoredOn";
    String startText = resource.path("authoredOn").asText("");
    if (!bounds.path("start").asText("").isEmpty()) {
      startField = "boundsPeriod.start";
      startText = bounds.path("start").asText();
    } else if (!validity.path("start").asText("").isEmpty()) {
      startField = "validityPeriod.start";
      startText = validity.path("start").asText();
    }
    SourceDates.Dated start =
        SourceDates.dated(startField, startText, SourceDates.iso(startText), DATE_TIME, zone);
    if (start.fault() != null) {
      return Request.rejected(start.fault());
    }
    LocalDate end = null;
    String endField =
        !bounds.path("end").isMissingNode() ? "boundsPeriod.end" : "validityPeriod.end";
    String endText = bounds.path("end").asText(validity.path("end").asText(""));
    if (!endText.isEmpty()) {
      SourceDates.Dated dated =
          SourceDates.dated(endField, endText, SourceDates.iso(endText), DATE_TIME, zone);
      if (dated.fault() != null) {
        return Request.rejected(dated.fault());
      }
      end = dated.date();
    } else {
      JsonNode supply = resource.path("dispenseRequest").path("expectedSupplyDuration");
      if (supply.path("value").isNumber() && "d".equals(supply.path("code").asText("d"))) {
        long days = Math.round(supply.path("value").asDouble());
        if (days >= 1) {
          end = start.date().plusDays(days - 1);
        }
      }
    }
    if (end == null && ENDED.contains(status)) {
      return Request.rejected(
          new Fault(
              "status",
              status,
              "status \""
                  + status
                  + "\" says "
                  + drug
                  + " has ended, but the request gives no end date, so its days are unknown;"
                  + " add it to medications.csv by hand with its end"));
    }
    if (end != null && end.isBefore(start.date())) {
      return Request.rejected(
          new Fault(endField, endText, endField + " \"" + endText + "\" is before the start"));
    }
    Dosage.Daily daily = Dosage.of(drug, ingredient, instructions);
    if (daily.problem() != null) {
      return Request.rejected(
          new Fault(
              "dosageInstruction",
              "",
              drug
                  + ": "
                  + daily.problem()
                  + ", so its daily dose is unknown; add it to medications.csv by hand with the"
                  + " dose the patient takes"));
    }
    if (!(daily.dose() > 0)) {
      return Request.rejected(
          new Fault(
              "dosageInstruction", "", drug + ": the daily dose works out at 0; check the dose"));
    }
    return new Request(null, null, start.date(), end, drug, daily.dose(), daily.unit());
  }
}
