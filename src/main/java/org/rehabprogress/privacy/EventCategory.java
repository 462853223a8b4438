package org.rehabprogress.privacy;

import java.util.List;
import java.util.Locale;

/**
 * What an anonymised events.csv keeps of an event's free text (SPEC section 6 drops the text): a
 * category from a short fixed list when the text is that category, or begins with it followed by a
 * colon ({@code medication change: naproxen stopped}); else the word {@code event}. The cell then
 * only ever holds one of these fixed words, whatever the original text said, so it cannot carry a
 * name, a place or a date; the row keeps its (study) date so timelines still show that something
 * happened.
 */
public final class EventCategory {

  /** The cell of an event whose text is not one of the categories. */
  public static final String GENERIC = "event";

  /** The categories kept, lower case: the spec's examples and common treatment milestones. */
  public static final List<String> CATEGORIES =
      List.of(
          "medication change",
          "injection",
          "physiotherapy start",
          "hydrotherapy start",
          "pain clinic review",
          "back to work",
          "did not attend follow-up");

  private EventCategory() {}

  /** Returns the category of an event's text, or {@link #GENERIC}. */
  public static String of(String text) {
    String folded = text.strip().toLowerCase(Locale.ROOT);
    for (String category : CATEGORIES) {
      if (folded.equals(category)
          || (folded.startsWith(category)
              && folded.substring(category.length()).stripLeading().startsWith(":"))) {
        return category;
      }
    }
    return GENERIC;
  }
}
