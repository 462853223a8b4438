package org.rehabprogress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A clinic whose free text carries names and dates where anonymise must not let them through,
 * however many patients share them: an unclassified activity and a site held by 30 patients, a
 * rarer site and activity, notes, event text and a column rehab does not know.
 */
public final class PlantedClinic {

  /** Every name and date planted, as a reader of the copy could find it. */
  public static final List<String> PLANTED =
      List.of("Jones", "Okafor", "Patel", "Mary", "14/09/2026", "2026-09-14", "1961");

  private PlantedClinic() {}

  /** Writes the clinic's four files into {@code folder}, which must exist. */
  public static void write(Path folder) throws IOException {
    StringBuilder patients =
        new StringBuilder("patient_id,treatment_start,site,birth_year,sex,gp\n");
    StringBuilder symptoms = new StringBuilder("patient_id,date,pain,notes\n");
    StringBuilder activities = new StringBuilder("patient_id,date,activity,duration_min,notes\n");
    StringBuilder events = new StringBuilder("patient_id,date,event\n");
    LocalDate start = LocalDate.parse("2026-08-01");
    for (int p = 0; p < 33; p++) {
      String id = "JONES-" + (1961 + p);
      String site = p < 30 ? "Dr Jones clinic 2026-09-14" : "St Mary's, Mr Patel";
      patients.append(id).append(",2026-08-01,\"").append(site).append("\",1961,F,Dr Okafor\n");
      for (int d = 0; d < 60; d++) {
        LocalDate day = start.plusDays(d);
        symptoms.append(id).append(',').append(day).append(',').append(2 + (p + d) % 6);
        symptoms.append(",seen by Dr Jones on 14/09/2026\n");
        String activity =
            d % 2 == 0
                ? (p < 30 ? "Clinic walk 14/09/2026 with Dr Jones" : "Hydro with Nurse Okafor")
                : "Swimming";
        activities.append(id).append(',').append(day).append(',').append(activity);
        activities.append(",30,with Mary\n");
      }
      events.append(id).append(",2026-09-14,Dr Jones: injection on 14/09/2026\n");
    }
    Files.writeString(folder.resolve("patients.csv"), patients, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("symptoms.csv"), symptoms, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("activities.csv"), activities, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("events.csv"), events, StandardCharsets.UTF_8);
  }

  /** Returns the planted names and dates found in any file under {@code folder}, ignoring case. */
  public static List<String> found(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(f.getFileName()).append('\n');
        all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
      }
    }
    String text = all.toString().toLowerCase(java.util.Locale.ROOT);
    return PLANTED.stream()
        .filter(s -> text.contains(s.toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }
}
