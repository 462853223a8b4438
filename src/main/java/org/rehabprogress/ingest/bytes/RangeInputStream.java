package org.rehabprogress.ingest.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams the bytes {@code [start, end)} of a file, counting them into a shared progress counter.
 */
final class RangeInputStream extends InputStream {

  private final FileChannel channel;
  private final long end;
  private final AtomicLong progress;
  private long position;

  RangeInputStream(Path path, long start, long end, AtomicLong progress) throws IOException {
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    this.position = start;
    this.end = end;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (position >= end) {
      return -1;
    }
    int want = (int) Math.min(len, end - position);
    int read = channel.read(ByteBuffer.wrap(b, off, want), position);
    if (read > 0) {
      position += read;
      if (progress != null) {
        progress.addAndGet(read);
      }
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
