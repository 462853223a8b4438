package org.rehabprogress.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of events.csv (a small file, read in one piece). Lines are local until rebased. */
final class EventPiece extends Piece {

  final List<PatientEvent> events = new ArrayList<>();
  final List<Duplicate> duplicates = new ArrayList<>();

  private final Map<String, Integer> seen = new HashMap<>();
  private final int patientColumn;
  private final int dateColumn;
  private final int eventColumn;

  EventPiece(
      String file,
      boolean decimalComma,
      Header header,
      java.time.format.DateTimeFormatter dateFormat) {
    super(file, decimalComma, header, dateFormat, Region.own(16));
    patientColumn = header.column("patient_id");
    dateColumn = header.column("date");
    eventColumn = header.column("event");
  }

  @Override
  void row(String[] record, int localLine) {
    String rowText = String.join("\u0000", record);
    Integer first = seen.get(rowText);
    if (first != null) {
      duplicates.add(new Duplicate(file, localLine, first));
      return;
    }
    String id = cell(record, patientColumn);
    if (patientCode(id, localLine) < 0) {
      return;
    }
    int epochDay = dayOf("date", cell(record, dateColumn), localLine);
    if (epochDay == Dates.INVALID) {
      return;
    }
    String event = cell(record, eventColumn);
    if (event.isEmpty()) {
      reject(localLine, "event", event, new Problem.Empty("event", "describe the event"));
      return;
    }
    seen.put(rowText, localLine);
    events.add(new PatientEvent(id, LocalDate.ofEpochDay(epochDay), event, localLine));
  }
}
