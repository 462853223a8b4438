package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version, from the resource the build writes. */
public final class ToolVersion {

  private static final String VERSION = load();

  private ToolVersion() {}

  /** Returns the version, e.g. {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        ToolVersion.class.getResourceAsStream("/org/rehabprogress/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
