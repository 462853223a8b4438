package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WellFormedWriterTest {

  private static String through(String... pieces) throws Exception {
    StringWriter out = new StringWriter();
    WellFormedWriter w = new WellFormedWriter(out);
    for (String piece : pieces) {
      w.write(piece);
    }
    w.finish();
    return out.toString();
  }

  @Test
  void replacesWhatXmlForbidsAndKeepsTheRest() throws Exception {
    assertEquals(
        "<p>a\t\n\r\ufffdb\ufffd\ufffd\ufffd\ufffd é 🚶</p>",
        through("<p>a\t\n\r\u0001b\u001b\u007f\u0085\uffff é 🚶</p>"));
  }

  @Test
  void keepsASurrogatePairSplitAcrossWritesAndReplacesAHalfAlone() throws Exception {
    String walker = "🚶";
    assertEquals("x🚶y", through("x" + walker.charAt(0), walker.charAt(1) + "y"));
    assertEquals("x\ufffdy\ufffd", through("x" + walker.charAt(1) + "y", "" + walker.charAt(0)));
  }
}
