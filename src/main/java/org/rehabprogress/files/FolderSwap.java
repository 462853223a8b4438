package org.rehabprogress.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces an output (a folder, or a single file) so that a complete one is at its name at every
 * instant a crash can reach, or one the next run puts back. The new output is written in a
 * temporary entry beside the target ({@link TempName}); when it is complete, the earlier output is
 * renamed aside, the new one renamed into place, and the earlier one deleted. A kill between the
 * two renames leaves the earlier output aside under a name that records the target's, and the next
 * run that writes beside it renames it back. A run that fails removes its temporary entries; one
 * that is killed leaves them, and the next run that writes in the same folder removes them ({@link
 * Leftovers}). It tells a dead run's entries from a live one's by the lock each run holds on its
 * lock file while it lives ({@link RunLock}).
 *
 * <p>Failures to write (a full disk, a read-only file system, no permission) are thrown as {@link
 * OutputFailure} after the earlier output is back in place and the temporary entries are gone.
 */
public final class FolderSwap {

  /**
   * The swaps begun with {@link #begin} and not yet committed or discarded, by temporary folder.
   */
  private static final Map<Path, Swap> BEGUN = new ConcurrentHashMap<>();

  private FolderSwap() {}

  /** Writes an output's new contents; may throw, in which case the earlier output stays. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the new contents into an empty folder (or, for a single file, at a new path). */
    void write(Path path) throws Exception;
  }

  /**
   * Replaces a folder with freshly written contents: {@code writer} fills an empty temporary folder
   * beside the target, which is swapped in only when the writer returns.
   *
   * @param target the folder to replace, existing or not, as the user named it
   * @param writer writes the new contents
   * @throws OutputFailure when the folder cannot be written; the target is then as it was
   * @throws RuntimeException whatever unchecked exception the writer threw (a bug)
   */
  public static void replace(Path target, Writer writer) throws OutputFailure {
    run(target, writer, Mode.FOLDER);
  }

  /**
   * Replaces a single file with freshly written contents: {@code writer} writes a temporary file
   * beside the target, which then replaces the target in one rename.
   *
   * @param target the file to replace, existing or not, as the user named it
   * @param writer writes the new file at the path it is given
   * @throws OutputFailure when the file cannot be written; the target is then as it was
   */
  public static void replaceFile(Path target, Writer writer) throws OutputFailure {
    run(target, writer, Mode.FILE);
  }

  /**
   * Writes files into a folder that may hold other files, which stay: {@code writer} fills a
   * temporary folder beside it, and each file then replaces its namesake in one rename.
   *
   * @param target the folder, existing or not, as the user named it
   * @param writer writes the files into an empty folder (files only, no subfolders)
   * @throws OutputFailure when the files cannot be written
   */
  public static void replaceFiles(Path target, Writer writer) throws OutputFailure {
    run(target, writer, Mode.FILES);
  }

  /**
   * Creates the temporary folder beside {@code target}, holding a copy of the target's contents
   * when it exists, for a caller that changes the copy and then calls {@link #commit} or {@link
   * #discard}.
   *
   * @param target an absolute path to the folder, existing or not
   * @return the temporary folder
   * @throws OutputFailure when it cannot be made
   */
  public static Path begin(Path target) throws OutputFailure {
    Swap swap = Swap.open(target, Mode.FOLDER);
    try {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        Trees.copy(target, swap.temp);
        PosixFileAttributeView view =
            Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
          Files.setPosixFilePermissions(swap.temp, view.readAttributes().permissions());
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      swap.discard(e);
      throw failure(target, e);
    }
    BEGUN.put(swap.temp, swap);
    return swap.temp;
  }

  /**
   * Moves a folder made by {@link #begin} into place of the target.
   *
   * @throws OutputFailure when the move fails; the target is then as it was and the temporary
   *     folder is gone
   */
  public static void commit(Path temp, Path target) throws OutputFailure {
    Swap swap = BEGUN.remove(temp);
    if (swap == null) {
      throw new IllegalStateException(temp + " was not begun by FolderSwap.begin");
    }
    try {
      swap.commit();
    } catch (IOException | RuntimeException | Error e) {
      swap.discard(e);
      throw failure(target, e);
    }
  }

  /** Deletes a folder made by {@link #begin} after a failure, adding any trouble to the failure. */
  public static void discard(Path temp, Exception failure) {
    Swap swap = BEGUN.remove(temp);
    if (swap != null) {
      swap.discard(failure);
    }
  }

  private static void run(Path target, Writer writer, Mode mode) throws OutputFailure {
    Swap swap = Swap.open(target, mode);
    try {
      writer.write(swap.temp);
      swap.commit();
    } catch (Throwable t) {
      swap.discard(t);
      if (t instanceof Error e) {
        throw e;
      }
      if (OutputFailure.io(t) != null) {
        throw OutputFailure.of(target, t);
      }
      if (t instanceof RuntimeException e) {
        throw e;
      }
      throw new IllegalStateException("writing " + target + " failed", t);
    }
  }

  private static OutputFailure failure(Path target, Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    if (t instanceof RuntimeException e && OutputFailure.io(t) == null) {
      throw e;
    }
    return OutputFailure.of(target, t);
  }

  /** What is swapped in. */
  private enum Mode {
    FOLDER,
    FILE,
    FILES
  }

  /** One run's swap: its lock, its temporary entry and the target. */
  private static final class Swap {
    final Path target;
    final Path temp;
    final Path aside;
    final Mode mode;
    final RunLock lock;

    private Swap(Path target, TempName name, Mode mode, RunLock lock) {
      this.target = target;
      this.temp = target.resolveSibling(name.fileName());
      this.aside = target.resolveSibling(name.as(TempName.Role.OLD).fileName());
      this.mode = mode;
      this.lock = lock;
    }

    static Swap open(Path named, Mode mode) throws OutputFailure {
      Path target = named.toAbsolutePath().normalize();
      if (target.getParent() == null || target.getFileName() == null) {
        throw new IllegalArgumentException("cannot replace a root folder: " + named);
      }
      try {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Leftovers.clean(parent);
        TempName name =
            new TempName(target.getFileName().toString(), TempName.newId(), TempName.Role.NEW);
        RunLock lock = RunLock.create(parent.resolve(name.as(TempName.Role.LOCK).fileName()));
        Swap swap = new Swap(target, name, mode, lock);
        if (mode != Mode.FILE) {
          try {
            // createDirectory, unlike createTempDirectory, gives the folder the user's usual mode.
            Files.createDirectory(swap.temp);
          } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
          }
        }
        return swap;
      } catch (IOException e) {
        throw OutputFailure.of(named, e);
      }
    }

    void commit() throws IOException {
      switch (mode) {
        case FILE ->
            Files.move(
                temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        case FILES -> commitFiles();
        case FOLDER -> commitFolder();
      }
      lock.close();
    }

    private void commitFolder() throws IOException {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException | Error e) {
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
      try {
        Trees.delete(aside);
      } catch (IOException e) {
        // The new output is in place; the next run removes what is left of the earlier one.
      }
    }

    private void commitFiles() throws IOException {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
        for (Path file : files) {
          Files.move(
              file,
              target.resolve(file.getFileName().toString()),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Files.delete(temp);
    }

    /** Removes the temporary entry and releases the lock, adding any trouble to the failure. */
    void discard(Throwable failure) {
      try {
        Trees.delete(temp);
        lock.close();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
        try {
          lock.release();
        } catch (IOException | RuntimeException again) {
          failure.addSuppressed(again);
        }
      }
    }
  }
}
