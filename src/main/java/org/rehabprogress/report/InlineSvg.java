package org.rehabprogress.report;

import java.util.Set;

/**
 * Checks an SVG chart before a page embeds it unescaped. Our charts come from JFreeSVG, which
 * escapes every text it draws ({@code <script>} in an event label becomes {@code &lt;script&gt;}),
 * so the markup holds only the drawing elements below; this check makes sure of it, so that a
 * change of library or chart can never put a live tag into a page.
 */
final class InlineSvg {

  // The elements JFreeSVG writes for JFreeChart's charts; no script, foreignObject, image, a, use.
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg",
          "g",
          "defs",
          "clipPath",
          "path",
          "rect",
          "line",
          "circle",
          "ellipse",
          "polygon",
          "polyline",
          "text",
          "tspan",
          "title",
          "desc",
          "linearGradient",
          "radialGradient",
          "stop",
          "style");

  private InlineSvg() {}

  /**
   * Returns the SVG unchanged when every element is a drawing element and no attribute is an event
   * handler or a link.
   *
   * @throws IllegalArgumentException when the SVG holds anything else
   */
  static String checked(String svg) {
    if (!svg.startsWith("<svg")) {
      throw new IllegalArgumentException("not an SVG element: " + head(svg));
    }
    int at = svg.indexOf('<');
    while (at >= 0) {
      int from = at + 1;
      if (from < svg.length() && svg.charAt(from) == '/') {
        from++;
      }
      int to = from;
      while (to < svg.length() && isNameChar(svg.charAt(to))) {
        to++;
      }
      String name = svg.substring(from, to);
      if (!ELEMENTS.contains(name)) {
        throw new IllegalArgumentException("unexpected element <" + name + "> in a chart");
      }
      int close = svg.indexOf('>', to);
      if (close < 0) {
        throw new IllegalArgumentException("unterminated tag in a chart: " + head(svg));
      }
      checkAttributes(svg.substring(to, close));
      at = svg.indexOf('<', close);
    }
    return svg;
  }

  private static void checkAttributes(String attributes) {
    // Attribute values hold no '<' or '>' (JFreeSVG escapes them); names come before '='.
    int i = 0;
    while (i < attributes.length()) {
      char c = attributes.charAt(i);
      if (c == '\'' || c == '"') {
        int end = attributes.indexOf(c, i + 1);
        i = end < 0 ? attributes.length() : end + 1;
        continue;
      }
      if (isNameChar(c) && (i == 0 || !isNameChar(attributes.charAt(i - 1)))) {
        int end = i;
        while (end < attributes.length() && isNameChar(attributes.charAt(end))) {
          end++;
        }
        String name = attributes.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("on") || name.endsWith("href")) {
          throw new IllegalArgumentException("unexpected attribute " + name + " in a chart");
        }
        i = end;
        continue;
      }
      i++;
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_';
  }

  private static String head(String svg) {
    return svg.length() <= 40 ? svg : svg.substring(0, 40) + "...";
  }
}
