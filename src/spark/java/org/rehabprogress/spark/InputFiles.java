package org.rehabprogress.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Records;
import org.rehabprogress.spark.KindInput.Format;

/**
 * Finds the canonical files of a job's input folder on any file system Hadoop reaches (a local
 * folder, HDFS, s3a, abfs, gs) and reads their headers on the driver. For each file, in this order:
 * {@code <name>.csv} (a file, or a folder of part files), {@code <name>.parquet}, or a folder
 * {@code <name>}; activities and symptoms are required.
 */
final class InputFiles {

  private static final int PREFIX_BYTES = 1 << 20;

  private InputFiles() {}

  /**
   * Returns the input files of a folder, in the order activities, symptoms, patients, events,
   * medications (the optional ones only when present).
   *
   * @param spark the session, for its Hadoop configuration and to read Parquet schemas
   * @param in the folder's URI or path
   * @param forced the format to read every file as, or null to go by the names' extensions
   * @throws InputFileException when the folder or a required file is missing, or a header is
   *     unusable
   */
  static List<KindInput> find(SparkSession spark, String in, Format forced)
      throws InputFileException, IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path folder = new Path(in);
    FileSystem fs = folder.getFileSystem(conf);
    if (!isFolder(fs, folder)) {
      throw new InputFileException(
          in,
          0,
          "folder not found",
          "pass --in with the folder that holds activities.csv and symptoms.csv");
    }
    List<KindInput> inputs = new ArrayList<>();
    for (CanonicalFile kind : CanonicalFile.values()) {
      KindInput input = find(spark, fs, folder, kind, forced);
      if (input != null) {
        inputs.add(input);
      } else if (kind == CanonicalFile.ACTIVITIES || kind == CanonicalFile.SYMPTOMS) {
        throw new InputFileException(
            new Path(folder, kind.fileName()).toString(),
            0,
            "file not found",
            "check the name, or pass the folder that holds it with --in");
      }
    }
    return inputs;
  }

  private static boolean isFolder(FileSystem fs, Path path) throws IOException {
    try {
      return fs.getFileStatus(path).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  private static KindInput find(
      SparkSession spark, FileSystem fs, Path folder, CanonicalFile kind, Format forced)
      throws InputFileException, IOException {
    String base = kind.fileName().substring(0, kind.fileName().length() - ".csv".length());
    for (String name : List.of(base + ".csv", base + ".parquet", base)) {
      Path path = new Path(folder, name);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        continue;
      }
      List<FileStatus> files = status.isDirectory() ? parts(fs, path) : List.of(status);
      if (files.isEmpty()) {
        throw new InputFileException(
            path.toString(), 0, "the folder holds no files", "put the " + base + " files in it");
      }
      Format format = forced != null ? forced : format(name, files);
      if (format == Format.PARQUET) {
        List<String> paths = files.stream().map(f -> f.getPath().toString()).toList();
        List<String> columns =
            Arrays.asList(spark.read().parquet(paths.toArray(String[]::new)).schema().fieldNames());
        List<KindInput.Part> parts = new ArrayList<>();
        for (FileStatus f : files) {
          parts.add(
              new KindInput.Part(f.getPath().toString(), f.getPath().getName(), f.getLen(), 0, 0));
        }
        return new KindInput(kind, name, format, parts, columns, ',');
      }
      Records.Head head = null;
      List<KindInput.Part> parts = new ArrayList<>();
      for (FileStatus file : files) {
        Records.Head next = head(fs, file);
        if (head != null && !head.sameColumns(next)) {
          throw new InputFileException(
              file.getPath().toString(),
              1,
              "the header differs from that of " + files.get(0).getPath().getName(),
              "give every part of " + name + " the same header row");
        }
        head = head == null ? next : head;
        parts.add(
            new KindInput.Part(
                file.getPath().toString(),
                file.getPath().getName(),
                file.getLen(),
                next.dataStart(),
                next.headerLines()));
      }
      return new KindInput(kind, name, format, parts, head.cells(), head.delimiter());
    }
    return null;
  }

  /** Returns a folder's data files in name order, leaving out Spark's _SUCCESS and hidden files. */
  private static List<FileStatus> parts(FileSystem fs, Path folder) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus f : fs.listStatus(folder)) {
      String name = f.getPath().getName();
      if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        files.add(f);
      }
    }
    files.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    return files;
  }

  private static Format format(String name, List<FileStatus> files) {
    if (name.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    boolean parquet =
        files.stream()
            .allMatch(f -> f.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    return parquet ? Format.PARQUET : Format.CSV;
  }

  private static Records.Head head(FileSystem fs, FileStatus file)
      throws InputFileException, IOException {
    byte[] prefix = new byte[(int) Math.min(file.getLen(), PREFIX_BYTES)];
    try (InputStream in = fs.open(file.getPath())) {
      int read = 0;
      while (read < prefix.length) {
        int n = in.read(prefix, read, prefix.length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
    }
    return Records.head(prefix, file.getLen(), file.getPath().toString());
  }
}
