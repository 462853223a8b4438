package org.rehabprogress.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityNames;
import org.rehabprogress.catalog.CatalogEntry;

/**
 * Reads and writes activity catalog files: columns {@code activity,class,reason,aliases} (reason
 * and aliases optional, aliases separated by {@code |}), UTF-8 with an optional byte-order mark,
 * header names matched case-insensitively after trimming. Unlike a data file, a catalog is
 * configuration: any bad row stops the run with an {@link InputFileException}.
 */
public final class CatalogCsv {

  /** The classpath resource that holds the built-in catalog. */
  public static final String BUILTIN_RESOURCE = "/org/rehabprogress/catalog/catalog.csv";

  /** The name the built-in catalog goes by in messages and provenance. */
  public static final String BUILTIN_NAME = "built-in catalog";

  // A fixed "\n" keeps the output, and so the hash, the same on every platform.
  private static final CSVFormat WRITE_FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CatalogCsv() {}

  /**
   * Returns the rows of a catalog file in file order; the caller opens and closes the reader.
   *
   * @param reader the file's characters, a leading byte-order mark allowed
   * @param file the file as the user named it, for messages
   * @throws InputFileException for a missing or unknown column, a bad row, or malformed CSV
   */
  public static List<CatalogEntry> read(Reader reader, String file) throws InputFileException {
    return CatalogRows.read(reader, file);
  }

  /** Returns the built-in catalog shipped as {@value #BUILTIN_RESOURCE}. */
  public static ActivityCatalog builtin() {
    return ActivityCatalog.of(builtinRows());
  }

  /** Returns the built-in catalog's rows in file order. */
  public static List<CatalogEntry> builtinRows() {
    InputStream in = CatalogCsv.class.getResourceAsStream(BUILTIN_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the built-in catalog is missing: " + BUILTIN_RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, BUILTIN_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputFileException e) {
      throw new IllegalStateException("the built-in catalog is broken: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the catalog a run uses: the built-in rows followed by the rows of the user's file, so
   * that a user's row replaces or extends a built-in one.
   *
   * @param userFile the file given with {@code --catalog}, or null for the built-in catalog alone
   * @throws InputFileException when the file is missing, undecodable or has a bad row
   */
  public static ActivityCatalog effective(Path userFile) throws InputFileException {
    List<CatalogEntry> rows = new ArrayList<>(builtinRows());
    if (userFile != null) {
      rows.addAll(readFile(userFile));
    }
    return ActivityCatalog.of(rows);
  }

  /**
   * Returns the rows of a catalog file on disk, decoded strictly as UTF-8.
   *
   * @throws InputFileException when the file is missing, unreadable, undecodable or has a bad row
   */
  public static List<CatalogEntry> readFile(Path path) throws InputFileException {
    String file = path.toString();
    try (Reader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(path),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      return read(reader, file);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file, 0, "file not found", "check the --catalog path");
    } catch (IOException e) {
      // Opening failed (a folder, no permission): reading errors are reported by read itself.
      throw new InputFileException(
          file, 0, "cannot read the file (" + e.getMessage() + ")", "check the --catalog path");
    }
  }

  /**
   * Writes a catalog as CSV with the header {@code activity,class,reason,aliases}, one row per
   * entry in catalog order, so that the output can be edited and read back with {@link #read}. The
   * caller opens and closes the output.
   */
  public static void write(ActivityCatalog catalog, Appendable out) throws IOException {
    write(catalog.entries(), out);
  }

  /**
   * Returns the SHA-256 (lower-case hex) of the catalog's canonical CSV form: the {@link #write}
   * output with rows ordered by activity key and each row's aliases ordered by key, so that the
   * same catalog gives the same hash whatever the order of its rows.
   */
  public static String sha256(ActivityCatalog catalog) {
    // Each name's key is worked out once, not at every comparison of the sorts.
    Map<String, String> keys = new HashMap<>();
    Comparator<String> byKey =
        Comparator.comparing((String name) -> keys.computeIfAbsent(name, ActivityNames::key))
            .thenComparing(Comparator.naturalOrder());
    List<CatalogEntry> canonical = new ArrayList<>();
    for (CatalogEntry e : catalog.entries()) {
      List<String> aliases = new ArrayList<>(e.aliases());
      aliases.sort(byKey);
      canonical.add(new CatalogEntry(e.activity(), e.activityClass(), e.reason(), aliases));
    }
    canonical.sort(Comparator.comparing(CatalogEntry::activity, byKey));
    StringWriter text = new StringWriter();
    try {
      write(canonical, text);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void write(List<CatalogEntry> entries, Appendable out) throws IOException {
    // CSVFormat.printRecord rather than CSVPrinter: the latter's class file carries SpotBugs
    // annotations that javac -Xlint reports as missing, which -Werror turns into a failure.
    WRITE_FORMAT.printRecord(out, CatalogRows.COLUMNS.toArray());
    for (CatalogEntry e : entries) {
      WRITE_FORMAT.printRecord(
          out, e.activity(), e.activityClass().name(), e.reason(), String.join("|", e.aliases()));
    }
  }
}
