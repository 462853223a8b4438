package org.rehabprogress.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one place that decides whether a run may write an output (SPEC section 8). A folder is
 * replaced as a whole only when it is absent, empty, or an earlier output of the same command (it
 * holds the command's marker file and nothing the command does not write); never when it is, holds,
 * or lies inside something the run reads (an input, the catalog, the key, an export). A single
 * output file replaces only an earlier output of its kind, never an input. Everything else is
 * refused with a message that says what was found and what to do.
 */
public final class OutputPolicy {

  private static final int NAMES_SHOWN = 3;

  private OutputPolicy() {}

  /**
   * Checks an output folder before a run replaces it (or, for an import, merges into it).
   *
   * @param out the folder as the user named it
   * @param kind the command's output
   * @param inputs every file and folder the run reads
   * @return the folder as an absolute, normalised path
   * @throws OutputRefused when the folder may not be replaced
   * @throws IOException when the folder cannot be listed
   */
  public static Path folder(Path out, OutputKind kind, Collection<RunInput> inputs)
      throws OutputRefused, IOException {
    Path target = checkPlace(out, inputs, kind.merges());
    if (!kind.merges() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      contents(out.toString(), kind, list(target, kind));
    }
    return target;
  }

  /**
   * Decides, from what an existing output folder holds, whether a command may replace it: when it
   * is empty, or holds the command's marker and nothing the command does not write.
   *
   * @param out the folder as the user named it, for messages
   * @param kind the command's output
   * @param entries what the folder holds, as paths relative to it: {@code name} for a file, {@code
   *     name/} for a folder, {@code name/file} for a file in a folder, and so on; a link as a file
   * @throws OutputRefused when the folder may not be replaced
   */
  public static void contents(String out, OutputKind kind, Collection<String> entries)
      throws OutputRefused {
    if (entries.isEmpty()) {
      return;
    }
    List<String> others = new ArrayList<>();
    for (String entry : entries) {
      if (!kind.writes(entry)) {
        others.add(entry);
      }
    }
    others.sort(null);
    boolean marked = kind.marker() != null && entries.contains(kind.marker());
    if (others.isEmpty() && marked) {
      return;
    }
    if (others.isEmpty()) {
      throw new OutputRefused(
          "--out "
              + out
              + " holds files that "
              + kind.label()
              + " writes but no "
              + kind.marker()
              + ", so it is not an earlier output of this command; name a new or empty folder");
    }
    throw new OutputRefused(
        "--out "
            + out
            + " holds "
            + names(others)
            + ", which "
            + (others.size() == 1 ? "is" : "are")
            + " not part of "
            + kind.label()
            + "; the folder is replaced as a whole, so name a new or empty folder, or move"
            + " those files away");
  }

  /**
   * Checks the output folder of {@code rehab sample}: synthetic data goes only into a new or empty
   * folder, unless the user asks with --force, so that real data is never overwritten.
   *
   * @param out the folder as the user named it
   * @param force whether the user asked to overwrite
   * @return the folder as an absolute, normalised path
   * @throws OutputRefused when the folder holds files and force is false
   */
  public static Path sampleFolder(Path out, boolean force) throws OutputRefused, IOException {
    Path target = checkPlace(out, List.of(), false);
    if (force || !Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isEmpty(target)) {
      return target;
    }
    List<String> found = list(target, OutputKind.SAMPLE);
    throw new OutputRefused(
        "--out "
            + out
            + " already holds "
            + names(found)
            + "; rehab sample writes only into a new or empty folder, so that it never overwrites"
            + " real data: name a new folder, or add --force to overwrite the sample's files there");
  }

  /**
   * Checks a single output file (such as {@code validate --rejects}) before it is replaced.
   *
   * @param out the file as the user named it
   * @param option the option that named it, for messages
   * @param header the first line every earlier output of this kind starts with
   * @param inputs every file the run reads
   * @return the file as an absolute, normalised path
   * @throws OutputRefused when the file is an input, a folder, or a file of another kind
   */
  public static Path file(Path out, String option, String header, Collection<RunInput> inputs)
      throws OutputRefused, IOException {
    Path target = out.toAbsolutePath().normalize();
    Path real = RealPaths.of(target);
    for (RunInput input : inputs) {
      if (RealPaths.of(input.path()).equals(real) || RealPaths.same(input.path(), target)) {
        throw new OutputRefused(
            option
                + " "
                + out
                + " is "
                + input.what()
                + " of this run ("
                + input.path()
                + "), which writing would overwrite; name a new file");
      }
    }
    if (!Files.exists(target)) {
      return target;
    }
    if (Files.isDirectory(target)) {
      throw new OutputRefused(option + " " + out + " is a folder; name a file in it or a new file");
    }
    if (!header.equals(firstLine(target))) {
      throw new OutputRefused(
          option
              + " "
              + out
              + " exists and is not an earlier output of "
              + option
              + " (its first line is not "
              + header
              + "); name a new file, or move that one away");
    }
    return target;
  }

  /** Checks what every output must be: not the root, not a link, not a file, clear of inputs. */
  private static Path checkPlace(Path out, Collection<RunInput> inputs, boolean followLink)
      throws OutputRefused {
    Path target = out.toAbsolutePath().normalize();
    if (target.getParent() == null || target.getFileName() == null) {
      throw new OutputRefused("--out " + out + " is a root folder; name a folder in it");
    }
    Path real = RealPaths.of(target);
    for (RunInput input : inputs) {
      Path read = RealPaths.of(input.path());
      if (read.startsWith(real)) {
        throw new OutputRefused(
            "--out "
                + out
                + (read.equals(real) ? " is " : " holds ")
                + input.path()
                + ", "
                + input.what()
                + " of this run, which writing the folder would delete; name a new or empty"
                + " folder");
      }
      if (real.startsWith(read) && Files.isDirectory(read)) {
        throw new OutputRefused(
            "--out "
                + out
                + " lies inside "
                + input.path()
                + ", "
                + input.what()
                + " of this run; name a folder outside it");
      }
    }
    if (!followLink && Files.isSymbolicLink(target)) {
      throw new OutputRefused(
          "--out "
              + out
              + " is a link, which the new folder would replace; name the folder it points to, or a"
              + " new folder");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputRefused(
          "--out " + out + " is a file, not a folder; name a new or empty folder");
    }
    return target;
  }

  /**
   * Lists a folder as {@link #contents} takes it, sorted, going into the subfolders the command
   * writes (only they can decide anything: any other subfolder is refused as it is).
   */
  static List<String> list(Path folder, OutputKind kind) throws IOException {
    List<String> entries = new ArrayList<>();
    list(folder, "", kind, entries);
    entries.sort(null);
    return entries;
  }

  private static void list(Path folder, String prefix, OutputKind kind, List<String> entries)
      throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        String name = prefix + entry.getFileName();
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(name + "/");
          if (prefix.isEmpty() && kind.folders().containsKey(name)) {
            list(entry, name + "/", kind, entries);
          }
        } else {
          entries.add(name);
        }
      }
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }

  private static String names(List<String> names) {
    List<String> shown = names.subList(0, Math.min(NAMES_SHOWN, names.size()));
    String text = String.join(", ", shown);
    return names.size() > NAMES_SHOWN
        ? text + " and " + (names.size() - NAMES_SHOWN) + " more"
        : text;
  }

  private static String firstLine(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
