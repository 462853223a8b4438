package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineSvgTest {

  @Test
  void acceptsTextThatJFreeSvgEscaped() {
    SVGGraphics2D g = new SVGGraphics2D(200, 50);
    g.drawString("<script>alert(1)</script> \"><img src=x onerror=alert(1)>", 5, 20);
    g.drawLine(0, 0, 10, 10);
    String svg = g.getSVGElement();
    assertEquals(svg, InlineSvg.checked(svg));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<svg><script>alert(1)</script></svg>|unexpected element <script> in a chart",
        "<svg><foreignObject></foreignObject></svg>|unexpected element <foreignObject> in a chart",
        "<svg><image xlink:href='x.png'/></svg>|unexpected element <image> in a chart",
        "<svg onload='alert(1)'></svg>|unexpected attribute onload in a chart",
        "<svg><g><a href='javascript:x'></a></g></svg>|unexpected element <a> in a chart",
        "<svg><text x='1' ONCLICK='x'>a</text></svg>|unexpected attribute onclick in a chart",
        "<svg><path d='M0 0' xlink:href='#x'/></svg>|unexpected attribute xlink:href in a chart",
        "<!-- x --><svg></svg>|not an SVG element: <!-- x --><svg></svg>",
        "<svg><g|unterminated tag in a chart: <svg><g"
      })
  void refusesAnythingButDrawing(String svg, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InlineSvg.checked(svg));
    assertEquals(message, e.getMessage());
  }
}
