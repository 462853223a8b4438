package org.rehabprogress.sample;

/**
 * The free text the generator writes: diary notes, activity notes and events. A few need CSV
 * quoting, one needs HTML escaping and one looks like a spreadsheet formula, so that the outputs'
 * escaping is exercised by the sample data.
 */
final class Texts {

  static final String[] SYMPTOM_NOTES = {
    "bad night",
    "stiff in the morning",
    "better after the pool",
    "flare-up, stayed in bed",
    "sciatica down left leg",
    "GP said \"keep moving\"",
    "tired, slept badly",
    "work stress",
    "new mattress",
    "felt <worse> & stiff",
    "=same as yesterday",
    "pain 6 in the morning, 4 by evening",
    "good day",
    "Müde, Rücken steif",
    "drove 3 hours, sore after"
  };

  static final String[] ACTIVITY_NOTES = {
    "with physio",
    "9 holes",
    "18 holes, sore after",
    "walked the dog",
    "hills",
    "\"easy\" pace",
    "carried the shopping, too",
    "back twinged",
    "class at the leisure centre",
    "café stop halfway"
  };

  /** Event texts; the first few have fixed roles, the medication changes follow. */
  static final String[] EVENTS = {
    "physiotherapy start",
    "epidural steroid injection, L5/S1",
    "pain clinic review",
    "hydrotherapy start",
    "back to work, reduced hours",
    "did not attend follow-up",
    "medication change: pregabalin 75 mg, twice daily",
    "medication change: amitriptyline 10 mg at night",
    "medication change: naproxen stopped",
    "medication change: duloxetine 30 mg",
    "medication change: codeine reduced"
  };

  static final int PHYSIOTHERAPY = 0;
  static final int EPIDURAL = 1;
  static final int REVIEW = 2;
  static final int HYDROTHERAPY = 3;
  static final int BACK_TO_WORK = 4;
  static final int DID_NOT_ATTEND = 5;
  static final int FIRST_MEDICATION = 6;

  /** The CSV cells of the pools above, quoted where needed. */
  static final String[] SYMPTOM_NOTE_CELLS = cells(SYMPTOM_NOTES);

  static final String[] ACTIVITY_NOTE_CELLS = cells(ACTIVITY_NOTES);
  static final String[] EVENT_CELLS = cells(EVENTS);

  private Texts() {}

  /**
   * Returns the text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote or
   * line break.
   */
  static String cell(String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static String[] cells(String[] texts) {
    String[] cells = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      cells[i] = cell(texts[i]);
    }
    return cells;
  }
}
