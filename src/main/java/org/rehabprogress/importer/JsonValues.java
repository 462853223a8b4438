package org.rehabprogress.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Checks of a JSON record read through {@link JsonStringCap}. */
final class JsonValues {

  private JsonValues() {}

  /**
   * Returns the path of the first string or field name in a record longer than the cap ({@code
   * activityName}, {@code code.coding[0].display}), or null when there is none.
   */
  static String overLong(JsonNode node) {
    return overLong(node, "");
  }

  /**
   * Returns the path of the first string longer than the cap in the named fields of a record (the
   * fields an importer reads; a long field it leaves alone, such as a FHIR document's base64 data,
   * is no reason to reject the record), or null when there is none.
   */
  static String overLong(JsonNode node, List<String> fields) {
    for (String field : fields) {
      JsonNode child = node.get(field);
      if (child != null) {
        String found = overLong(child, field);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String overLong(JsonNode node, String path) {
    if (node.isTextual()) {
      return ValueCap.over(node.textValue()) ? (path.isEmpty() ? "the value" : path) : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = overLong(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (ValueCap.over(field.getKey())) {
        return path.isEmpty() ? "a field name" : path + " (a field name)";
      }
      String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      String found = overLong(field.getValue(), child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
