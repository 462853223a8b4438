package org.rehabprogress.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Codes strings in order of first appearance; merges the dictionaries of a file's pieces. */
final class Dictionary {
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  /** Adds strings not yet known; returns each one's code. */
  int[] addAll(List<String> strings) {
    int[] map = new int[strings.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] =
          codes.computeIfAbsent(
              strings.get(i),
              s -> {
                values.add(s);
                return values.size() - 1;
              });
    }
    return map;
  }

  List<String> values() {
    return values;
  }
}
