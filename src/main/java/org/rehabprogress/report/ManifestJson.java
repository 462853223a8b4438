package org.rehabprogress.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.rehabprogress.privacy.Kept;
import org.rehabprogress.privacy.Manifest;

/**
 * Writes manifest.json of an anonymised export: the regime, the rules, the threshold and the
 * counts, keys in a fixed order and lines ending in {@code \n}, so that the same run gives the same
 * bytes.
 */
public final class ManifestJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ManifestJson() {}

  /** Writes the manifest to a writer the caller opens and closes; it is flushed, not closed. */
  public static void write(Manifest m, String toolVersion, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "rehab anonymised export");
    root.put("tool", "rehab " + toolVersion);
    root.put("regime", m.regime().label());
    root.put("regime_description", m.regime().description());
    root.put("pseudonyms", Manifest.PSEUDONYMS);
    root.put("age_bands", Manifest.AGE_BANDS);
    root.putObject("thresholds").put("min_cell", m.minCell());
    root.put("patients", m.patients());
    root.put("patients_left_out_without_start", m.patientsLeftOut());
    ObjectNode files = root.putObject("files");
    for (Manifest.FileEntry f : m.files()) {
      files
          .putObject(f.file())
          .put("rows", f.rows())
          .put("rejected_in_input", f.rejectedInInput())
          .put("duplicates_in_input", f.duplicatesInInput())
          .put("repeats_marked", f.repeatsMarked())
          .put("repeats_merged", f.repeatsMerged())
          .put("left_out_without_start", f.leftOut());
    }
    root.putObject("sites")
        .put("coded", m.sites().kept())
        .put("dropped", m.sites().blanked())
        .put("code", "site- and the first 6 hex characters of HMAC-SHA256 of the site's name");
    kept(root.putObject("sex"), m.sex());
    root.putObject("activity_names")
        .put("catalog", m.activityNames().catalog())
        .put("unclassified", m.activityNames().unclassified());
    Manifest.DROPPED.forEach(root.putArray("dropped")::add);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  private static void kept(ObjectNode node, Kept kept) {
    node.put("kept", kept.kept()).put("blanked", kept.blanked());
  }
}
