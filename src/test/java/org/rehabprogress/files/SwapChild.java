package org.rehabprogress.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that begins replacing a folder, writes part of it, says where, and waits: killed, it
 * leaves what a killed run leaves (for {@link FolderSwapTest}).
 */
public final class SwapChild {

  private SwapChild() {}

  /** Begins a swap of the folder {@code args[0]} and waits to be killed. */
  public static void main(String[] args) throws Exception {
    Path temp = FolderSwap.begin(Path.of(args[0]).toAbsolutePath());
    Files.writeString(temp.resolve("half-written.csv"), "patient_id,date\n");
    System.out.println(temp);
    System.out.flush();
    Thread.sleep(600_000);
  }
}
