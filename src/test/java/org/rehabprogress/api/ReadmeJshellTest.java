package org.rehabprogress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ProjectRoot;

/**
 * The README's jshell session (Tables for Java) runs as shown on the build's classes; {@code JarIT}
 * runs it on the built jar.
 */
class ReadmeJshellTest {

  @Test
  void readmeSessionShowsWhatJshellShows() throws Exception {
    List<ReadmeSession.Step> steps = ReadmeSession.steps(ProjectRoot.resolve("README.md"));
    assertEquals(8, steps.size(), "the session's snippets");
    // Surefire names the test class path here (java.class.path may be a manifest-only jar).
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ReadmeSession.run(steps, classPath);
  }
}
