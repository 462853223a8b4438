package org.rehabprogress.report;

import java.util.Locale;

/**
 * Checks an SVG chart before a page embeds it unescaped. Our charts come from JFreeSVG, which
 * escapes every text it draws ({@code <script>} in an event label becomes {@code &lt;script&gt;}),
 * so the markup holds only the drawing elements below; this check makes sure of it, so that a
 * change of library or chart can never put a live tag into a page. It reads each tag in place,
 * without copying, since a year's timeline is about a megabyte of markup.
 */
final class InlineSvg {

  // The elements JFreeSVG writes for JFreeChart's charts; no script, foreignObject, image, a, use.
  private static final String[] ELEMENTS = {
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
    "style"
  };

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
    int at = 0;
    while (at >= 0) {
      int from = at + 1;
      if (from < svg.length() && svg.charAt(from) == '/') {
        from++;
      }
      int to = from;
      while (to < svg.length() && isNameChar(svg.charAt(to))) {
        to++;
      }
      if (!allowed(svg, from, to)) {
        throw new IllegalArgumentException(
            "unexpected element <" + svg.substring(from, to) + "> in a chart");
      }
      int close = checkAttributes(svg, to);
      at = svg.indexOf('<', close);
    }
    return svg;
  }

  private static boolean allowed(String svg, int from, int to) {
    for (String name : ELEMENTS) {
      if (name.length() == to - from && svg.startsWith(name, from)) {
        return true;
      }
    }
    return false;
  }

  /** Checks the attribute names of a tag from {@code at}; returns the index of its '>'. */
  private static int checkAttributes(String svg, int at) {
    // Attribute values hold no '<' or '>' (JFreeSVG escapes them); names come before '='.
    int i = at;
    while (i < svg.length()) {
      char c = svg.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '\'' || c == '"') {
        int end = svg.indexOf(c, i + 1);
        i = end < 0 ? svg.length() : end + 1;
        continue;
      }
      if (isNameChar(c)) {
        int end = i;
        while (end < svg.length() && isNameChar(svg.charAt(end))) {
          end++;
        }
        if (svg.regionMatches(true, i, "on", 0, 2)
            || (end - i >= 4 && svg.regionMatches(true, end - 4, "href", 0, 4))) {
          throw new IllegalArgumentException(
              "unexpected attribute "
                  + svg.substring(i, end).toLowerCase(Locale.ROOT)
                  + " in a chart");
        }
        i = end;
        continue;
      }
      i++;
    }
    throw new IllegalArgumentException("unterminated tag in a chart: " + head(svg));
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == ':'
        || c == '-'
        || c == '_';
  }

  private static String head(String svg) {
    return svg.length() <= 40 ? svg : svg.substring(0, 40) + "...";
  }
}
