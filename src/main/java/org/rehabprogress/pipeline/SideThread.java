package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One daemon thread for the work a run does beside its main line, such as hashing the inputs while
 * they are read or drawing charts while tables are written. Closing it abandons what has not
 * finished, so a failed run does not wait for work nobody will use.
 */
final class SideThread implements AutoCloseable {

  /** Work that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface Task<T> {
    T call() throws IOException;
  }

  /** The value of a task started on the side thread. */
  static final class Pending<T> {
    private final CompletableFuture<T> future;

    private Pending(CompletableFuture<T> future) {
      this.future = future;
    }

    /**
     * Waits for the task and returns its value.
     *
     * @throws IOException the task's own, as it threw it
     */
    T get() throws IOException {
      try {
        return future.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }

  private final ExecutorService executor;

  SideThread(String name) {
    executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, name);
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts a task; tasks run one after another in the order started. */
  <T> Pending<T> start(Task<T> task) {
    return new Pending<>(
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return task.call();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            executor));
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
