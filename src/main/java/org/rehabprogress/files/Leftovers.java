package org.rehabprogress.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removes what runs that were killed left beside their output: their new folders (or files), and
 * the earlier outputs they had moved aside, which go back to their name when nothing took it (the
 * swap's one gap). A run is dead when its lock can be taken ({@link RunLock}); entries of a live
 * run, in this process or another, are left alone. Best effort: what cannot be removed stays for a
 * later run.
 */
final class Leftovers {

  /**
   * A lock file with no other entry is removed only when it is this old: a new run creates its lock
   * file a moment before it locks it.
   */
  private static final Duration LONE_LOCK_AGE = Duration.ofMinutes(10);

  private Leftovers() {}

  /** Cleans the folder that holds, or will hold, an output; never throws. */
  static void clean(Path parent) {
    Map<String, Path[]> runs = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*.rehab-*")) {
      for (Path entry : entries) {
        TempName name = TempName.parse(entry.getFileName().toString());
        if (name != null) {
          Path[] roles =
              runs.computeIfAbsent(
                  name.target() + "/" + name.id(), k -> new Path[TempName.Role.values().length]);
          roles[name.role().ordinal()] = entry;
        }
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (Path[] run : runs.values()) {
      try {
        cleanRun(parent, run);
      } catch (IOException | RuntimeException e) {
        // left for a later run
      }
    }
  }

  private static void cleanRun(Path parent, Path[] run) throws IOException {
    Path lockFile = run[TempName.Role.LOCK.ordinal()];
    Path fresh = run[TempName.Role.NEW.ordinal()];
    Path old = run[TempName.Role.OLD.ordinal()];
    if (lockFile == null) {
      // A lock file is made before anything else and removed after everything else: without one
      // the entries are a dead run's that was half cleaned, unless they are new.
      if (young(fresh) || young(old)) {
        return;
      }
      remove(parent, fresh, old);
      return;
    }
    if (fresh == null && old == null && young(lockFile)) {
      return;
    }
    try (RunLock dead = RunLock.tryDead(lockFile.toAbsolutePath())) {
      if (dead != null) {
        remove(parent, fresh, old);
      }
    }
  }

  private static void remove(Path parent, Path fresh, Path old) throws IOException {
    if (old != null) {
      Path target = parent.resolve(TempName.parse(old.getFileName().toString()).target());
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        // Killed between the swap's two renames: the earlier output goes back to its name.
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Trees.delete(old);
      }
    }
    if (fresh != null) {
      Trees.delete(fresh);
    }
  }

  private static boolean young(Path entry) {
    if (entry == null) {
      return false;
    }
    try {
      FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
      return modified.toInstant().isAfter(Instant.now().minus(LONE_LOCK_AGE));
    } catch (IOException e) {
      return true;
    }
  }
}
