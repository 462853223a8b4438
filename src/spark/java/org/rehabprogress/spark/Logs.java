package org.rehabprogress.spark;

/**
 * Spark's logging for a job started with {@code --master} on this machine: warnings and errors
 * only, unless a log4j configuration was given. (Under spark-submit the cluster's configuration
 * rules, and nothing here runs.)
 */
final class Logs {

  private Logs() {}

  /** Lowers Spark's log4j root level to WARN before Spark starts, when log4j is there. */
  static void quiet() {
    if (System.getProperty("log4j2.configurationFile") != null
        || System.getProperty("log4j.configurationFile") != null) {
      return;
    }
    try {
      org.apache.logging.log4j.core.config.Configurator.setRootLevel(
          org.apache.logging.log4j.Level.WARN);
      org.apache.logging.log4j.core.config.Configurator.setLevel(
          "org.apache.spark", org.apache.logging.log4j.Level.WARN);
    } catch (LinkageError e) {
      // Another logging backend: leave it as configured.
    }
  }
}
