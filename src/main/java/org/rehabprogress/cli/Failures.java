package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.rehabprogress.cohort.SubgroupColumnMissing;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.importer.ImportOptionException;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.ReportRefused;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * The one mapping from what went wrong to an exit code and what the user reads (SPEC section 8),
 * shared by {@code rehab} and the Spark job: 2 for a usage error or a refused output, 4 for an
 * unusable input file, 5 for an output that cannot be written and for memory running out, each one
 * line {@code rehab: <what>; <what to do>} without a trace; 1, with the trace, for anything else (a
 * defect). Causes are searched, so a failure wrapped by a thread pool or by Spark is mapped as the
 * failure itself.
 */
public final class Failures {

  /** What to do when memory runs out, for {@code rehab} itself. */
  public static final String CLI_MEMORY =
      "run it again with a larger heap (java -Xmx%s -jar rehab.jar ...), with the build's"
          + " options for large inputs (java @target/rehab.jvmopts -jar target/rehab.jar ...,"
          + " which let the heap grow to half the memory), or, for larger cohorts, as the Spark"
          + " job (org.rehabprogress.spark.SparkJob)";

  /** What to do when memory runs out, for the Spark job's driver. */
  public static final String SPARK_MEMORY =
      "give the driver a larger heap (spark-submit --driver-memory %s, or java -Xmx%<s with"
          + " --master local[N]), or run on a cluster with more executors";

  /**
   * Guards memory-out's report: one thread reports it, and a thread that comes second waits until
   * the line is printed, so that its exit (the main thread's System.exit) never cuts the line
   * short. A monitor, not an atomic: a VarHandle's first use allocates, and this runs when memory
   * is out.
   */
  private static final Object MEMORY = new Object();

  private static boolean memoryReported;

  private static boolean memoryPrinted;

  /**
   * Memory held back for the report: let go on the first OutOfMemoryError, so that the handler
   * itself can still allocate what printing needs (without it, the handler ran out of memory too,
   * and the JVM printed its own "thrown from the UncaughtExceptionHandler" line, or nothing).
   */
  @SuppressWarnings("unused")
  private static volatile byte[] reserve = new byte[1 << 20];

  /** The memory line for the advice given to {@link #install}, made while memory was plentiful. */
  private static volatile String[] memoryLineFor = {null, null};

  private Failures() {}

  /**
   * Sets the mapping on a command line: both its handlers, and an execution strategy that passes
   * errors such as OutOfMemoryError to the handler instead of out of {@code execute}.
   *
   * @param cli the command line
   * @param memoryAdvice what to do when memory runs out, with {@code %s} for a heap size
   * @return the command line
   */
  public static CommandLine install(CommandLine cli, String memoryAdvice) {
    memoryLineFor =
        new String[] {
          memoryAdvice, "rehab: " + memoryLine(Runtime.getRuntime().maxMemory(), memoryAdvice)
        };
    IExecutionExceptionHandler execution =
        (exception, commandLine, parseResult) ->
            handle(exception, commandLine.getErr(), memoryAdvice);
    IParameterExceptionHandler parameters =
        (exception, args) -> usage(exception, exception.getCommandLine().getErr());
    CommandLine.IExecutionStrategy strategy = new CommandLine.RunLast();
    cli.setExecutionExceptionHandler(execution);
    cli.setParameterExceptionHandler(parameters);
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            return strategy.execute(parseResult);
          } catch (Error e) {
            // picocli hands only exceptions to the handler; an Error would leave with a trace.
            throw new CommandLine.ExecutionException(
                parseResult.commandSpec().commandLine(), String.valueOf(e), e);
          }
        });
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return cli;
  }

  /**
   * Prints what went wrong and returns the exit code.
   *
   * @param failure what went wrong
   * @param err where to print
   * @param memoryAdvice what to do when memory runs out, with {@code %s} for a heap size
   * @return the exit code
   */
  public static int handle(Throwable failure, PrintWriter err, String memoryAdvice) {
    OutOfMemoryError memory = find(failure, OutOfMemoryError.class);
    if (memory != null) {
      reserve = null;
      boolean first;
      synchronized (MEMORY) {
        first = !memoryReported;
        memoryReported = true;
      }
      if (first) {
        try {
          String[] made = memoryLineFor;
          String line =
              memoryAdvice.equals(made[0])
                  ? made[1]
                  : "rehab: " + memoryLine(Runtime.getRuntime().maxMemory(), memoryAdvice);
          try {
            err.println(line);
          } catch (OutOfMemoryError again) {
            // Another thread took the memory let go above before printing could use it; the
            // threads that failed have let theirs go by now.
            err.println(line);
          }
          err.flush();
        } finally {
          synchronized (MEMORY) {
            memoryPrinted = true;
            MEMORY.notifyAll();
          }
        }
      } else {
        awaitMemoryLine();
      }
      return ExitCodes.OUTPUT;
    }
    OutputFailure output = find(failure, OutputFailure.class);
    if (output != null) {
      return line(err, output.getMessage(), ExitCodes.OUTPUT);
    }
    InputFileException input = find(failure, InputFileException.class);
    if (input != null) {
      return line(err, input.getMessage(), ExitCodes.BAD_INPUT_FILE);
    }
    for (Class<? extends Exception> refusal :
        java.util.List.of(
            UsageException.class,
            OutputRefused.class,
            ReportRefused.class,
            ImportOptionException.class,
            SubgroupColumnMissing.class)) {
      Exception e = find(failure, refusal);
      if (e != null) {
        return line(err, e.getMessage(), ExitCodes.USAGE);
      }
    }
    ParameterException parameter = find(failure, ParameterException.class);
    if (parameter != null) {
      return usage(parameter, err);
    }
    err.println("rehab: internal error, please report it with this trace:");
    failure.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** Waits (a few seconds at most) until the thread that reports memory-out has printed. */
  private static void awaitMemoryLine() {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    synchronized (MEMORY) {
      try {
        while (!memoryPrinted && System.nanoTime() < until) {
          MEMORY.wait(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Returns the line said when memory runs out: what ran out, how much the run could use, what to
   * do.
   *
   * @param maxHeap the JVM's maximum heap in bytes
   * @param advice what to do, with {@code %s} for a heap size to suggest (twice the maximum)
   */
  static String memoryLine(long maxHeap, String advice) {
    long suggested = Math.max(1, (maxHeap * 2 + (1L << 30) - 1) >> 30);
    return "out of memory: the run needed more than its maximum heap of "
        + size(maxHeap)
        + "; "
        + String.format(Locale.ROOT, advice, suggested + "g")
        + "; earlier outputs are as they were";
  }

  /** Returns a size in bytes as GB with one decimal, or MB under 1 GB. */
  static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%d MB", bytes >> 20);
  }

  /** Prints a usage error in the shape of every other one-line error: exit 2. */
  private static int usage(ParameterException e, PrintWriter err) {
    String message = String.valueOf(e.getMessage()).strip();
    if (message.length() > 1
        && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    if (!message.contains("; ")) {
      // picocli's own messages say what is wrong; ours say what to do as well.
      message +=
          "; " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help lists the options";
    }
    return line(err, message, ExitCodes.USAGE);
  }

  private static int line(PrintWriter err, String message, int code) {
    err.println("rehab: " + message);
    err.flush();
    return code;
  }

  /** Returns the first of a failure and its causes that is of a type, or null. */
  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
