package org.rehabprogress.cli;

import org.rehabprogress.pipeline.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code rehab --version} from the build's version resource. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"rehab " + ToolVersion.get()};
  }
}
