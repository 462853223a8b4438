package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Walking|,Walking",
        "Aqua zumba, evening|,\"Aqua zumba, evening\"",
        "say \"hi\"|,\"say \"\"hi\"\"\"",
        "=cmd()|,'=cmd()",
        "-stretch|,'-stretch",
        "+1|,'+1",
        "@me|,'@me",
        "''|,"
      })
  void quotesAndNeutralisesTextCells(String text, String cell) {
    assertEquals(cell, CsvText.cell(text));
  }

  @Test
  void writesLongTextInChunksAndAllOfIt() throws Exception {
    int lines = 70000;
    StringWriter out = new StringWriter();
    CsvText csv = new CsvText(out);
    for (int i = 0; i < lines; i++) {
      csv.line().append("a,").append(i);
      csv.endLine();
    }
    csv.finish();
    String text = out.toString();
    assertEquals(lines, text.split("\n").length);
    assertEquals("a,69999\n", text.substring(text.length() - 8));
  }
}
