package org.rehabprogress.sample;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A sample generated in memory, with its files parsed back by Commons CSV. */
final class GeneratedSample {

  static final LocalDate END = SampleConfig.DEFAULT_END;

  final SampleConfig config;
  final SampleSummary summary;
  final String patientsText;
  final String symptomsText;
  final String activitiesText;
  final String eventsText;
  final String medicationsText;
  final List<CSVRecord> patients;
  final List<CSVRecord> symptoms;
  final List<CSVRecord> activities;
  final List<CSVRecord> events;
  final List<CSVRecord> medications;

  private GeneratedSample(SampleConfig config) {
    this.config = config;
    StringWriter p = new StringWriter();
    StringWriter s = new StringWriter();
    StringWriter a = new StringWriter();
    StringWriter e = new StringWriter();
    StringWriter m = new StringWriter();
    try {
      summary = SampleGenerator.write(config, p, s, a, e, m);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    patientsText = p.toString();
    symptomsText = s.toString();
    activitiesText = a.toString();
    eventsText = e.toString();
    medicationsText = m.toString();
    patients = parse(patientsText);
    symptoms = parse(symptomsText);
    activities = parse(activitiesText);
    events = parse(eventsText);
    medications = parse(medicationsText);
  }

  static GeneratedSample of(int patients, int days, long seed) {
    return new GeneratedSample(new SampleConfig(patients, days, seed, END));
  }

  static List<CSVRecord> parse(String text) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Returns the date of a row, or null when it is empty or no calendar day. */
  static LocalDate date(CSVRecord row) {
    try {
      return LocalDate.parse(row.get("date"));
    } catch (DateTimeParseException ex) {
      return null;
    }
  }

  /** Returns each patient's mean daily pain by day, over valid rows only. */
  Map<String, TreeMap<LocalDate, Double>> dailyPain() {
    Map<String, TreeMap<LocalDate, double[]>> sums = new TreeMap<>();
    for (CSVRecord row : symptoms) {
      LocalDate day = date(row);
      if (day == null || row.get("pain").isEmpty() || Double.parseDouble(row.get("pain")) > 10) {
        continue;
      }
      double[] sum =
          sums.computeIfAbsent(row.get("patient_id"), k -> new TreeMap<>())
              .computeIfAbsent(day, k -> new double[2]);
      sum[0] += Double.parseDouble(row.get("pain"));
      sum[1]++;
    }
    Map<String, TreeMap<LocalDate, Double>> means = new TreeMap<>();
    sums.forEach(
        (id, days) -> {
          TreeMap<LocalDate, Double> daily = new TreeMap<>();
          days.forEach((day, sum) -> daily.put(day, sum[0] / sum[1]));
          means.put(id, daily);
        });
    return means;
  }

  /** Returns the mean of the daily values from {@code from} to {@code to}, or NaN when none. */
  static double mean(TreeMap<LocalDate, Double> daily, LocalDate from, LocalDate to) {
    List<Double> values = new ArrayList<>(daily.subMap(from, true, to, true).values());
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Returns the treatment start of every patient, by id. */
  Map<String, LocalDate> starts() {
    Map<String, LocalDate> starts = new TreeMap<>();
    for (CSVRecord row : patients) {
      starts.put(row.get("patient_id"), LocalDate.parse(row.get("treatment_start")));
    }
    return starts;
  }
}
