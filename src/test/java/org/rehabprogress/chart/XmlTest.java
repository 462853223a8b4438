package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTest {

  @Test
  void replacesWhatXmlForbidsAndKeepsTheRest() {
    assertEquals(
        "a\t\n\r\ufffdb\ufffd\ufffd\ufffd\ufffd\ufffd é 🚶 \ufffd",
        Xml.clean("a\t\n\r\u0001b\u001b\u007f\u0085\ufffe\uffff é 🚶 " + "🚶".charAt(1)));
  }

  @Test
  void returnsCleanTextAsItIs() {
    String svg = "<svg><text>Walking é</text></svg>";
    assertSame(svg, Xml.clean(svg));
  }
}
