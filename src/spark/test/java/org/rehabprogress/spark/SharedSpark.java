package org.rehabprogress.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Spark session every test shares: starting Spark costs seconds, so the test classes of a
 * build reuse it, and it is stopped when the whole run ends. Local, two threads, few shuffle
 * partitions, no web UI, loopback only. Test classes that use it say {@code
 * ExtendWith(SharedSpark.class)}.
 */
final class SharedSpark implements BeforeAllCallback {

  private static SparkSession session;

  /** Stops the session when JUnit closes its root store, at the end of the run. */
  private static final class Stopper implements AutoCloseable {
    @Override
    public void close() {
      synchronized (SharedSpark.class) {
        if (session != null) {
          session.stop();
          session = null;
        }
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Stopper.class.getName(), k -> new Stopper(), Stopper.class);
    get();
  }

  /** Returns the shared session, starting it on first use. */
  static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("rehab-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "3")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
