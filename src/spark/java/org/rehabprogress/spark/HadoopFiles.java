package org.rehabprogress.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.rehabprogress.ingest.FileBytes;

/**
 * The input files' bytes on any file system Hadoop reaches, for the driver and the executors alike:
 * the driver's Hadoop settings (spark.hadoop.* included) travel to the tasks in their own compact
 * form, so that an executor opens what the driver opened.
 */
final class HadoopFiles {

  private HadoopFiles() {}

  /** Returns a Hadoop configuration as bytes (its own Writable form). */
  static byte[] settings(Configuration conf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      conf.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Returns the configuration {@link #settings} wrote. */
  static Configuration settings(byte[] bytes) {
    Configuration conf = new Configuration(false);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      conf.readFields(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return conf;
  }

  /** Returns the bytes of a file: each range opened, sought to and read no further than asked. */
  static FileBytes bytes(Configuration conf, String path) {
    Path p = new Path(path);
    return (start, end) -> {
      FileSystem fs = p.getFileSystem(conf);
      FSDataInputStream in = fs.open(p, 1 << 16);
      try {
        in.seek(start);
      } catch (IOException e) {
        in.close();
        throw e;
      }
      return new Bounded(in, end - start);
    };
  }

  /** Reads a stream no further than a number of bytes. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
