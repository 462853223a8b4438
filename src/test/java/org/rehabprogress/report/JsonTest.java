package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  record Figures(double meanValue, Double none, LocalDate day, Map<String, Object> byName) {}

  @Test
  void writesSortedSnakeCaseKeysFullPrecisionAndNoneAsNull() throws Exception {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("z", 1);
    byName.put("a", List.of(0.1 + 0.2));
    StringWriter out = new StringWriter();
    Json.write(new Figures(Double.NaN, null, LocalDate.of(2026, 10, 31), byName), out);
    assertEquals(
        "{\n"
            + "  \"by_name\": {\n"
            + "    \"a\": [\n"
            + "      0.30000000000000004\n"
            + "    ],\n"
            + "    \"z\": 1\n"
            + "  },\n"
            + "  \"day\": \"2026-10-31\",\n"
            + "  \"mean_value\": null,\n"
            + "  \"none\": null\n"
            + "}\n",
        out.toString());
  }

  @Test
  void writesInfinityAsNullAndAFiniteDoubleAsIs() throws Exception {
    StringWriter out = new StringWriter();
    Json.write(List.of(Double.POSITIVE_INFINITY, -0.755, 2.0), out);
    assertEquals("[\n  null,\n  -0.755,\n  2.0\n]\n", out.toString());
  }
}
