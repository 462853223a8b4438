package org.rehabprogress.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabprogress.ingest.CanonicalReader;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.ingest.ReadOptions;

/** Writes small canonical files into a folder and reads them as the commands do. */
final class Inputs {

  private Inputs() {}

  /** Writes the files (name, text, name, text, ...) and reads the folder. */
  static Dataset read(Path dir, String... nameThenText) throws Exception {
    for (int i = 0; i < nameThenText.length; i += 2) {
      Files.writeString(dir.resolve(nameThenText[i]), nameThenText[i + 1], StandardCharsets.UTF_8);
    }
    return CanonicalReader.read(
        InputFolder.of(dir, null, null, null, null), new ReadOptions(null, 1, null));
  }
}
