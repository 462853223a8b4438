package org.rehabprogress.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a run holds, for its whole life, on its lock file beside the output ({@link
 * TempName.Role#LOCK}). The operating system drops the lock when the process ends, however it ends
 * (a kill included), so a lock that can be taken is a dead run's, and one that cannot is a live
 * run's: the next run removes only the temporary entries of dead runs.
 *
 * <p>A POSIX lock belongs to the process, and closing any channel on the file drops it: this JVM
 * therefore never opens the lock files it holds itself (they are kept in {@link #HELD}).
 */
final class RunLock implements AutoCloseable {

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean released;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates and locks a new lock file. On a file system that cannot lock (some network mounts) the
   * file is created all the same and the run goes on unlocked: other runs then cannot take the lock
   * either, so they take the run for a live one and leave its entries alone.
   *
   * @param file an absolute path that does not exist
   * @throws IOException when the file cannot be created
   */
  static RunLock create(Path file) throws IOException {
    HELD.add(file);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        // Blocking: another run may be probing the new file for a moment (see tryDead).
        lock = channel.lock();
      } catch (IOException e) {
        lock = null;
      }
      return new RunLock(file, channel, lock);
    } catch (IOException | RuntimeException | Error e) {
      if (channel != null) {
        channel.close();
        Files.deleteIfExists(file);
      }
      HELD.remove(file);
      throw e;
    }
  }

  /**
   * Takes the lock of a run that has ended, or returns null when the run is alive (its lock is held
   * by another process or by this one) or the file has gone.
   */
  static RunLock tryDead(Path file) {
    if (HELD.contains(file)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new RunLock(file, channel, lock);
      }
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | OverlappingFileLockException e) {
      // Alive, or a file system that cannot tell: either way, not ours to remove.
    }
    closeQuietly(channel);
    return null;
  }

  /**
   * Releases the lock, then deletes the lock file: the run's entries are gone. (Released first, so
   * that the file can be deleted where locks are mandatory; a run that takes the lock in between
   * finds a lock file and nothing else, and leaves it.) A lock file that cannot be deleted stays
   * for a later run.
   */
  @Override
  public void close() throws IOException {
    if (released) {
      return;
    }
    release();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A lone lock file harms nothing; the next run removes it.
    }
  }

  /**
   * Releases the lock and leaves the lock file, for when the run's entries could not all be
   * removed: the next run finds them with a lock it can take, and removes them.
   */
  void release() throws IOException {
    if (released) {
      return;
    }
    released = true;
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      channel.close();
      HELD.remove(file);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing held
      }
    }
  }
}
