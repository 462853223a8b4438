package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that cannot be written, on real file systems: a read-only mount and a full one (tmpfs,
 * mounted for each test and unmounted after). Every command that writes exits 5 with one line
 * naming the output and the cause, no trace, and leaves the mount as it was, earlier outputs
 * included.
 *
 * <p>Mounting needs root, which CI has (it runs as root on this kind of machine, and root ignores
 * permission bits, which is why a read-only mount and not a read-only mode is used). Run as root, a
 * mount that fails fails the test: the check was not made and the build must say so. Run as another
 * user (a developer's machine), the tests are skipped with that reason, never passed.
 */
class EnvironmentFailureTest {

  private static final String READ_ONLY =
      ": read-only file system; that file system is read-only: write somewhere else (nothing"
          + " there changed)\n";
  private static final String FULL =
      ": no space left on device; free some space there, or write somewhere else (nothing there"
          + " changed)\n";

  @TempDir static Path shared;

  private static Path data;
  private static Path strava;

  @TempDir Path dir;

  private Path mount;
  private boolean mounted;

  @BeforeAll
  static void inputs() throws Exception {
    data = shared.resolve("data");
    Run sample = Run.of("sample", "--patients", "40", "--days", "180", "--out", data.toString());
    assertEquals(0, sample.exit(), sample.err());
    strava = Path.of(EnvironmentFailureTest.class.getResource("/fixtures/import/strava").toURI());
    Files.writeString(shared.resolve("key"), "a key of thirty-two bytes or more, kept apart");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      if (run("umount", mount.toString()) != 0) {
        run("umount", "-l", mount.toString());
      }
    }
  }

  /** Mounts a tmpfs of {@code size} at {@code dir/mnt}, or fails or skips saying why not. */
  private void mount(String size) throws Exception {
    mount = Files.createDirectories(dir.resolve("mnt"));
    boolean root = "0".equals(output("id", "-u").strip());
    Assumptions.assumeTrue(
        root,
        "not run as root, so no tmpfs can be mounted: the read-only and full-disk checks were not"
            + " made (CI runs them as root)");
    int code =
        run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", mount.toString());
    if (code != 0) {
      fail("mount -t tmpfs failed as root (exit " + code + "): the checks cannot be made here");
    }
    mounted = true;
  }

  private void readOnly() throws Exception {
    if (run("mount", "-o", "remount,ro", mount.toString()) != 0) {
      fail("cannot remount " + mount + " read-only");
    }
  }

  /** Fills the mount with a user's file until no byte more fits. */
  private void fill() throws IOException {
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(mount.resolve("holiday-photos.bin"))) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException e) {
      // full
    }
  }

  /** The earlier outputs each command may replace, small enough to fit anywhere. */
  private void earlierOutputs() throws IOException {
    Files.createDirectories(mount.resolve("report"));
    Files.writeString(mount.resolve("report/report.json"), "{\"earlier\": 1}");
    Files.createDirectories(mount.resolve("cohort"));
    Files.writeString(mount.resolve("cohort/cohort.json"), "{\"earlier\": 2}");
    Files.createDirectories(mount.resolve("copy"));
    Files.writeString(mount.resolve("copy/manifest.json"), "{\"earlier\": 3}");
    Files.createDirectories(mount.resolve("canonical"));
    Files.writeString(mount.resolve("canonical/symptoms.csv"), "patient_id,date,pain\n");
    Files.writeString(mount.resolve("rejects.csv"), "file,line,column,value,reason\n");
  }

  /** Every command that writes, each into the mount. */
  private List<String[]> commands() {
    String in = data.toString();
    return List.of(
        new String[] {"report", "--in", in, "--out", mount.resolve("report").toString()},
        new String[] {"cohort", "--in", in, "--out", mount.resolve("cohort").toString()},
        new String[] {
          "anonymise",
          "--in",
          in,
          "--out",
          mount.resolve("copy").toString(),
          "--key-file",
          shared.resolve("key").toString()
        },
        new String[] {
          "import",
          "strava",
          strava.resolve("activities.csv").toString(),
          "--patient-id",
          "P1",
          "--out",
          mount.resolve("canonical").toString()
        },
        new String[] {"validate", "--in", in, "--rejects", mount.resolve("rejects.csv").toString()},
        new String[] {"sample", "--out", mount.resolve("sample").toString()});
  }

  private static String target(String[] args) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--out") || args[i].equals("--rejects")) {
        return args[i + 1];
      }
    }
    throw new IllegalArgumentException(Arrays.toString(args));
  }

  private void everyCommandFailsWith(String cause) throws IOException {
    Map<String, byte[]> before = snapshot(mount);
    List<String> wrong = new ArrayList<>();
    for (String[] args : commands()) {
      Run run = Run.of(args);
      String expected = "rehab: cannot write " + target(args) + cause;
      String err = run.err().replaceAll("(?m)^rehab: warning: .*\n", "");
      if (run.exit() != 5 || !err.equals(expected)) {
        wrong.add(args[0] + " exited " + run.exit() + " with:\n" + run.err());
      }
      Map<String, byte[]> after = snapshot(mount);
      if (!same(before, after)) {
        wrong.add(args[0] + " changed the mount: " + before.keySet() + " -> " + after.keySet());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aReadOnlyFileSystemIsExitFiveWithOneLineAndNothingChanged() throws Exception {
    mount("8m");
    earlierOutputs();
    readOnly();
    everyCommandFailsWith(READ_ONLY);
  }

  @Test
  void aFullDiskIsExitFiveWithOneLineAndNothingChanged() throws Exception {
    mount("256k");
    earlierOutputs();
    fill();
    everyCommandFailsWith(FULL);
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        String name = root.relativize(p).toString() + (Files.isDirectory(p) ? "/" : "");
        files.put(name, Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
      }
    }
    return files;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  private static String output(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }
}
