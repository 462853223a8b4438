package org.rehabprogress.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/**
 * The shell both entry points share ({@code rehab} and the Spark job): a picocli command line that
 * maps every failure to its exit code and message through {@link Failures}, and prints through
 * {@link TerminalWriter}s, whatever writers a caller (or a test) sets.
 */
public final class Shell {

  private Shell() {}

  /**
   * Returns the command line of a top-level command, writing to standard output and error.
   *
   * @param command the picocli command object
   * @param memoryAdvice what to do when memory runs out ({@link Failures#CLI_MEMORY} or {@link
   *     Failures#SPARK_MEMORY})
   */
  public static CommandLine of(Object command, String memoryAdvice) {
    CommandLine cli = new TerminalCommandLine(command);
    Charset charset = Charset.defaultCharset();
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, charset), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    return Failures.install(cli, memoryAdvice);
  }

  /**
   * Runs a command line as a process's main does: a thread of our own that fails outside any task
   * (the progress bar running out of memory) ends the run with the same one line and code, then
   * exits with the command's code.
   */
  public static void main(CommandLine cli, String memoryAdvice, String[] args) {
    PrintWriter err = cli.getErr();
    preload();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> {
          int code = failure instanceof OutOfMemoryError ? ExitCodes.OUTPUT : ExitCodes.INTERNAL;
          try {
            code = Failures.handle(failure, err, memoryAdvice);
          } finally {
            // Even when the handler itself fails, the run ends here, with no JVM trace.
            Runtime.getRuntime().halt(code);
          }
        });
    System.exit(cli.execute(args));
  }

  /**
   * Loads now, while memory is plentiful, the class that halting the JVM needs: loading it when
   * memory has run out failed in the handler itself, and the JVM then printed its own lines and
   * exited 1.
   */
  private static void preload() {
    try {
      Class.forName("java.lang.Shutdown");
    } catch (ClassNotFoundException e) {
      // Another JVM: halting loads what it needs, as it always did.
    }
  }

  /** A command line whose writers, however they are set, show input text safely. */
  private static final class TerminalCommandLine extends CommandLine {
    TerminalCommandLine(Object command) {
      super(command);
    }

    @Override
    public CommandLine setOut(PrintWriter out) {
      return super.setOut(TerminalWriter.of(out));
    }

    @Override
    public CommandLine setErr(PrintWriter err) {
      return super.setErr(TerminalWriter.of(err));
    }
  }
}
