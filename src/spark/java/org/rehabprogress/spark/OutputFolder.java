package org.rehabprogress.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;

/**
 * A job's output folder on any file system Hadoop reaches, checked by the CLI's output policy
 * ({@link OutputPolicy#contents}), written in a temporary folder beside it and moved into place
 * only when complete, as the CLI does: a failed job leaves an earlier output as it was. A job
 * killed between the two renames of the swap leaves the earlier output aside, and the next job that
 * writes the folder moves it back. (Temporary folders of killed jobs are not removed: Hadoop file
 * systems have no lock that ends with its process, so a live job's could not be told from a dead
 * one's; they are hidden and named {@code .NAME.rehab-<uuid>}. On object storage a rename is a
 * copy: the move is then not atomic.)
 */
final class OutputFolder {

  private final FileSystem fs;
  private final Path target;
  private final Path temp;

  private OutputFolder(FileSystem fs, Path target, Path temp) {
    this.fs = fs;
    this.target = target;
    this.temp = temp;
  }

  /**
   * Checks an output folder before the job reads anything: it may not be, hold or lie in the input
   * folder, the key or the catalog, and may replace only an earlier output of the same kind.
   *
   * @param out the folder as the user named it
   * @param kind the job's output
   * @param in the input folder as the user named it
   * @param driverFiles files of the driver the job reads (the key, the catalog), or nulls
   * @throws OutputRefused when the folder may not be written
   */
  static void check(
      SparkSession spark, String out, OutputKind kind, String in, java.nio.file.Path... driverFiles)
      throws OutputRefused, IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path target = qualified(new Path(out), conf);
    if (target.getParent() == null) {
      throw new OutputRefused("--out " + out + " is a root folder; name a folder in it");
    }
    List<String[]> inputs = new ArrayList<>();
    inputs.add(new String[] {qualified(new Path(in), conf).toString(), in, "the input folder"});
    for (java.nio.file.Path f : driverFiles) {
      if (f != null) {
        Path local = new Path(f.toAbsolutePath().normalize().toUri());
        inputs.add(new String[] {qualified(local, conf).toString(), f.toString(), "a file"});
      }
    }
    String t = target.toString();
    for (String[] input : inputs) {
      if (input[0].equals(t) || input[0].startsWith(t + "/")) {
        throw new OutputRefused(
            "--out "
                + out
                + (input[0].equals(t) ? " is " : " holds ")
                + input[1]
                + ", "
                + input[2]
                + " of this job, which writing the folder would delete; name a new or empty"
                + " folder");
      }
      if (t.startsWith(input[0] + "/")) {
        throw new OutputRefused(
            "--out "
                + out
                + " lies inside "
                + input[1]
                + ", "
                + input[2]
                + " of this job; name a"
                + " folder outside it");
      }
    }
    FileSystem fs = target.getFileSystem(conf);
    if (!fs.exists(target)) {
      return;
    }
    if (!fs.getFileStatus(target).isDirectory()) {
      throw new OutputRefused(
          "--out " + out + " is a file, not a folder; name a new or empty folder");
    }
    List<String> entries = new ArrayList<>();
    for (FileStatus f : fs.listStatus(target)) {
      String name = f.getPath().getName();
      if (f.isDirectory()) {
        entries.add(name + "/");
        for (FileStatus g : fs.listStatus(f.getPath())) {
          entries.add(name + "/" + g.getPath().getName() + (g.isDirectory() ? "/" : ""));
        }
      } else {
        entries.add(name);
      }
    }
    OutputPolicy.contents(out, kind, entries);
  }

  private static Path qualified(Path p, Configuration conf) throws IOException {
    return p.getFileSystem(conf).makeQualified(p);
  }

  /**
   * Creates the temporary folder beside {@code out}, after moving back an earlier output that a
   * killed job left aside.
   */
  static OutputFolder begin(SparkSession spark, String out) throws IOException {
    try {
      Path target = new Path(out);
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      target = fs.makeQualified(target);
      restore(fs, target);
      Path temp =
          new Path(target.getParent(), "." + target.getName() + ".rehab-" + UUID.randomUUID());
      if (!fs.mkdirs(temp)) {
        throw new IOException("cannot create " + temp);
      }
      return new OutputFolder(fs, target, temp);
    } catch (IOException e) {
      throw OutputFailure.of(out, e);
    }
  }

  /**
   * Moves back an earlier output that a job killed mid-swap left aside, if nothing took its name.
   */
  private static void restore(FileSystem fs, Path target) throws IOException {
    if (fs.exists(target)) {
      return;
    }
    String prefix = "." + target.getName() + ".rehab-";
    FileStatus[] aside =
        fs.globStatus(
            new Path(target.getParent(), prefix + "*.old"),
            p -> p.getName().startsWith(prefix) && p.getName().endsWith(".old"));
    if (aside != null && aside.length == 1) {
      fs.rename(aside[0].getPath(), target);
    }
  }

  /**
   * Returns the failure to report for a failed write: an input problem found by the tasks that
   * write is itself; an I/O failure is the output's (exit 5); anything else as it is.
   */
  RuntimeException failure(String out, Exception e) throws OutputFailure {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.rehabprogress.ingest.InputFileException) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    if (OutputFailure.io(e) != null) {
      throw OutputFailure.of(out, e);
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e);
  }

  /** Returns the URI of a file or folder in the temporary folder. */
  String path(String name) {
    return new Path(temp, name).toString();
  }

  /**
   * Turns a folder Spark wrote with one part file into one file of that name: {@code name/} becomes
   * {@code name}.
   */
  void single(String folder, String name) throws IOException {
    Path dir = new Path(temp, folder);
    Path part = null;
    for (FileStatus f : fs.listStatus(dir)) {
      if (f.getPath().getName().startsWith("part-")) {
        if (part != null) {
          throw new IllegalStateException(dir + " holds more than one part file");
        }
        part = f.getPath();
      }
    }
    if (part == null) {
      throw new IllegalStateException(dir + " holds no part file");
    }
    Path file = new Path(temp, name);
    if (!fs.rename(part, file)) {
      throw new IOException("cannot move " + part + " to " + file);
    }
    fs.delete(dir, true);
  }

  /** Copies every file of a local folder into the temporary folder. */
  void upload(java.nio.file.Path local) throws IOException {
    try (DirectoryStream<java.nio.file.Path> files = Files.newDirectoryStream(local)) {
      for (java.nio.file.Path f : files) {
        fs.copyFromLocalFile(
            false, true, new Path(f.toUri()), new Path(temp, f.getFileName().toString()));
      }
    }
  }

  /** Moves the temporary folder into place, replacing an earlier output. */
  void commit() throws IOException {
    Path aside = null;
    if (fs.exists(target)) {
      // Named after the temporary folder, so that the next job finds and restores it (restore).
      aside = new Path(target.getParent(), temp.getName() + ".old");
      if (!fs.rename(target, aside)) {
        throw new IOException("cannot move " + target + " aside");
      }
    }
    if (!fs.rename(temp, target)) {
      if (aside != null) {
        fs.rename(aside, target);
      }
      throw new IOException("cannot move " + temp + " to " + target);
    }
    if (aside != null) {
      fs.delete(aside, true);
    }
  }

  /** Deletes the temporary folder. */
  void discard() {
    try {
      fs.delete(temp, true);
    } catch (IOException e) {
      // Nothing more to do: the temporary folder is hidden and named as rehab's.
    }
  }
}
