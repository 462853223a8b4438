package org.rehabprogress.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a folder atomically: a copy is made in a temporary folder beside it, changed there, and
 * swapped in only when complete (the old folder renamed aside, the new one moved in, the old one
 * deleted). A discarded copy leaves the folder as it was and no temporary folder behind.
 */
public final class FolderSwap {

  private FolderSwap() {}

  /**
   * Creates the temporary folder beside {@code target}, holding a copy of the target's contents
   * when it exists.
   *
   * @param target an absolute path to the folder, existing or not
   * @return the temporary folder
   */
  public static Path begin(Path target) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = unique(parent, "." + target.getFileName() + ".import-");
    try {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        copyTree(target, temp);
        PosixFileAttributeView view =
            Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
          Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
      }
    } catch (IOException | RuntimeException e) {
      discard(temp, e);
      throw e;
    }
    return temp;
  }

  /** Moves the temporary folder into place of the target, keeping the target if the move fails. */
  public static void commit(Path temp, Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path aside = temp.resolveSibling(temp.getFileName() + ".old");
    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(aside);
  }

  /** Writes a folder's new contents; may throw, in which case the old folder stays. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the new contents into an empty folder. */
    void write(Path folder) throws Exception;
  }

  /**
   * Replaces a folder with freshly written contents: {@code writer} fills an empty temporary folder
   * beside the target, which is swapped in only when the writer returns. A writer that throws
   * leaves the target as it was and no temporary folder behind.
   *
   * @param target the folder to replace, existing or not
   * @param writer writes the new contents
   * @throws Exception whatever the writer threw, or an IOException from the swap
   */
  public static void replace(Path target, Writer writer) throws Exception {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = unique(absolute.getParent(), "." + absolute.getFileName() + ".new-");
    try {
      writer.write(temp);
      commit(temp, absolute);
    } catch (Exception e) {
      discard(temp, e);
      throw e;
    }
  }

  /** Deletes the temporary folder after a failure, adding any trouble to the failure. */
  public static void discard(Path temp, Exception failure) {
    try {
      deleteTree(temp);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static Path unique(Path parent, String prefix) throws IOException {
    while (true) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      try {
        // createDirectory, unlike createTempDirectory, gives the folder the user's usual mode.
        return Files.createDirectory(parent.resolve(prefix + suffix));
      } catch (FileAlreadyExistsException e) {
        // another name is tried
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path copy = to.resolve(from.relativize(dir).toString());
            if (!Files.exists(copy)) {
              Files.copy(dir, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
