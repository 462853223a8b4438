package org.rehabprogress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spark job depends on the core and never the other way: it is its own source set
 * (src/spark/java) and jar, and no file of the core (src/main/java) names Spark, its Hadoop and
 * Parquet readers, Scala, or the job's package, in an import or written out in full in the code.
 */
class SparkBoundaryTest {

  /** What the core may not name: Spark and what comes with it, and the job itself. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(org\\.apache\\.spark|org\\.apache\\.hadoop|org\\.apache\\.parquet|scala"
              + "|org\\.rehabprogress\\.spark)\\.[A-Za-z_]");

  /** Returns each forbidden name in a source text, with its line, outside comments and strings. */
  static List<String> forbidden(String source) {
    List<String> found = new ArrayList<>();
    String[] lines = code(source).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FORBIDDEN.matcher(lines[i]);
      while (m.find()) {
        found.add((i + 1) + ": " + m.group(1));
      }
    }
    return found;
  }

  /**
   * Returns the source with comments and string literals blanked (line breaks kept): the core's
   * Javadoc and messages may mention the Spark job, and only code may not depend on it.
   */
  private static String code(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> b.append('\n'));
        i = end;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        b.append(c).append(c);
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  @Test
  void findsANameInAnImportOrInCodeButNotInACommentOrAString() {
    String source =
        "package org.rehabprogress.cli;\n"
            + "import org.apache.spark.sql.SparkSession;\n"
            + "/** Unlike org.rehabprogress.spark.SparkJob, which runs on a cluster. */\n"
            + "final class X {\n"
            + "  String s = \"org.rehabprogress.spark.SparkJob\"; // org.apache.hadoop.fs.Path\n"
            + "  Object o = new org.rehabprogress.spark.Share();\n"
            + "  scala.Tuple2<String, String> t;\n"
            + "}\n";
    assertEquals(
        List.of("2: org.apache.spark", "6: org.rehabprogress.spark", "7: scala"),
        forbidden(source));
  }

  @Test
  void theCoreNamesNeitherSparkNorTheJob() throws IOException {
    Path core = ProjectRoot.resolve("src", "main", "java");
    assertTrue(Files.isDirectory(core), "no core sources at " + core);
    assertFalse(
        Files.exists(core.resolve("org/rehabprogress/spark")),
        "the Spark job's sources belong in src/spark/java");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(core)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String hit : forbidden(Files.readString(f, StandardCharsets.UTF_8))) {
          found.add(core.relativize(f) + ":" + hit);
        }
      }
    }
    assertEquals(List.of(), found);
    assertTrue(
        Files.exists(
            ProjectRoot.resolve(
                "src", "spark", "java", "org", "rehabprogress", "spark", "SparkJob.java")),
        "the job's entry point is in its own source set");
  }
}
