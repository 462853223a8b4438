package org.rehabprogress.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A job's output folder on any file system Hadoop reaches, written in a temporary folder beside it
 * and moved into place only when complete, as the CLI does: a failed job leaves an earlier output
 * as it was. (On object storage a rename is a copy: the move is then not atomic.)
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

  /** Creates the temporary folder beside {@code out}. */
  static OutputFolder begin(SparkSession spark, String out) throws IOException {
    Path target = new Path(out);
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    target = fs.makeQualified(target);
    Path temp =
        new Path(target.getParent(), "." + target.getName() + ".rehab-" + UUID.randomUUID());
    fs.mkdirs(temp);
    return new OutputFolder(fs, target, temp);
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
