package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.canonical.Cells;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.ingest.InputFileException;

/**
 * Merges an import into a folder of canonical files (spec section 7): existing rows are kept byte
 * for byte in their file's own column order, new rows are appended (mapped onto the existing
 * header), a row equal to one already in the file or made earlier in the import counts as a
 * duplicate, and the import's rejects are appended to {@code rejects.csv} the same way. The folder
 * is replaced atomically: a failure leaves it as it was.
 */
public final class CanonicalFolder {

  /** The file of the import's rejected source records. */
  public static final String REJECTS = "rejects.csv";

  /** The columns of rejects.csv. */
  public static final List<String> REJECTS_HEADER =
      List.of("source", "location", "field", "value", "reason");

  private CanonicalFolder() {}

  /**
   * What a merge did: rows added and duplicates per file written (canonical files first,
   * rejects.csv last), and which of the batch's rows were duplicates.
   *
   * @param files per file, rows added and duplicates
   * @param duplicateRows the indexes of the batch's rows that were already there
   */
  public record Merged(List<ImportLedger.FileCount> files, BitSet duplicateRows) {
    /** Copies the list and the set. */
    public Merged {
      files = List.copyOf(files);
      duplicateRows = (BitSet) duplicateRows.clone();
    }

    /** Returns the indexes of the batch's rows that were already there. */
    @Override
    public BitSet duplicateRows() {
      return (BitSet) duplicateRows.clone();
    }
  }

  /**
   * Merges a batch into a folder, which need not exist yet. activities.csv, symptoms.csv and
   * rejects.csv are always there afterwards (header only when empty); patients.csv, events.csv and
   * medications.csv only when they hold rows. Canonical cells are written as they are; rejects.csv,
   * which people open in spreadsheets, has cells starting with =, +, - or @ prefixed with '.
   *
   * @param out the folder as the user named it
   * @param batch the import
   * @return rows added and duplicates per file, and the batch's rows that were duplicates
   * @throws InputFileException when an existing file is malformed or lacks a column the import
   *     fills; nothing is changed
   * @throws ImportOptionException when {@code out} is a file or a file-system root
   * @throws IllegalArgumentException when a row's patient id breaks the id rule (an importer bug)
   */
  public static Merged merge(Path out, ImportBatch batch) throws IOException, InputFileException {
    Map<CanonicalFile, List<List<String>>> byFile = new EnumMap<>(CanonicalFile.class);
    Map<CanonicalFile, List<Integer>> indexes = new EnumMap<>(CanonicalFile.class);
    for (CanonicalFile file : CanonicalFile.values()) {
      byFile.put(file, new ArrayList<>());
      indexes.put(file, new ArrayList<>());
    }
    List<CanonicalRow> rows = batch.rows();
    for (int i = 0; i < rows.size(); i++) {
      CanonicalRow row = rows.get(i);
      if (!PatientIdRule.isValid(row.patientId())) {
        throw new IllegalArgumentException(
            batch.format()
                + " importer made a row with patient id \""
                + row.patientId()
                + "\"; "
                + PatientIdRule.RULE);
      }
      CanonicalFile file = RowCells.file(row);
      byFile.get(file).add(RowCells.cells(row));
      indexes.get(file).add(i);
    }
    List<List<String>> rejects = new ArrayList<>();
    for (SourceReject r : batch.rejects()) {
      rejects.add(
          List.of(r.file(), r.location(), r.field(), r.value(), r.reason()).stream()
              .map(Cells::neutralise)
              .toList());
    }
    Path target = target(out);
    Path temp = FolderSwap.begin(target);
    try {
      List<ImportLedger.FileCount> counts = new ArrayList<>();
      BitSet duplicateRows = new BitSet();
      for (CanonicalFile file : CanonicalFile.values()) {
        Path path = temp.resolve(file.fileName());
        boolean always = file == CanonicalFile.ACTIVITIES || file == CanonicalFile.SYMPTOMS;
        if (always || !byFile.get(file).isEmpty() || Files.exists(path)) {
          BitSet duplicates = new BitSet();
          counts.add(
              CsvAppend.merge(
                  path,
                  label(out, file.fileName()),
                  file.header(),
                  0,
                  byFile.get(file),
                  duplicates));
          List<Integer> index = indexes.get(file);
          duplicates.stream().forEach(r -> duplicateRows.set(index.get(r)));
        }
      }
      counts.add(
          CsvAppend.merge(
              temp.resolve(REJECTS),
              label(out, REJECTS),
              REJECTS_HEADER,
              -1,
              rejects,
              new BitSet()));
      FolderSwap.commit(temp, target);
      return new Merged(counts, duplicateRows);
    } catch (IOException | InputFileException | RuntimeException e) {
      FolderSwap.discard(temp, e);
      throw e;
    }
  }

  private static Path target(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) {
      target = target.toRealPath();
    }
    if (Files.exists(target) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ImportOptionException("--out " + out + " is a file; name a folder");
    }
    if (target.getParent() == null || target.getFileName() == null) {
      throw new ImportOptionException("--out " + out + " is a root folder; name a folder in it");
    }
    return target;
  }

  private static String label(Path out, String fileName) {
    return out.resolve(fileName).toString();
  }
}
