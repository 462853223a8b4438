package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Names the files of each patient ({@code patients/<name>.html}, {@code charts/<name>-*.svg}) so
 * that no two patients share a file on any file system and no name leaves its folder.
 *
 * <p>A name is the patient id itself, except: ids that differ only in case ({@code P01} and {@code
 * p01}), which would share one file on Windows and macOS, are told apart by a suffix {@code ~2},
 * {@code ~3}, ... on all but the first in id order (upper case sorts first); an id that Windows
 * reserves for a device ({@code CON}, {@code NUL}, {@code COM1}, ...) gets {@code ~1}; and an id
 * that starts with a dot ({@code ..}) gets a leading {@code ~}, so that its files are not hidden.
 * No id holds {@code ~}, so a changed name never meets another patient's. Patient ids hold only
 * letters, digits, {@code .}, {@code _} and {@code -} (SPEC section 1), so a name never holds a
 * path separator, and with its extension it is never {@code .} or {@code ..}.
 */
public final class FileNames {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<String> DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  /**
   * Returns the file name of each id, in the order given.
   *
   * @param ids distinct patient ids
   * @throws IllegalArgumentException for an id that breaks the id rule, or a repeated id
   */
  public static List<String> of(List<String> ids) {
    Map<String, List<String>> byFolded = new TreeMap<>();
    for (String id : ids) {
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException("not a patient id: \"" + id + "\"");
      }
      byFolded.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id);
    }
    Map<String, String> names = new HashMap<>();
    for (Map.Entry<String, List<String>> group : byFolded.entrySet()) {
      List<String> same = group.getValue();
      same.sort(null);
      boolean device = DEVICES.contains(group.getKey());
      for (int i = 0; i < same.size(); i++) {
        String id = same.get(i);
        String name = (id.startsWith(".") ? "~" : "") + id;
        if (i > 0 || device) {
          name += "~" + (i + 1);
        }
        if (names.put(id, name) != null) {
          throw new IllegalArgumentException("patient id listed twice: \"" + id + "\"");
        }
      }
    }
    List<String> result = new ArrayList<>(ids.size());
    for (String id : ids) {
      result.add(names.get(id));
    }
    return result;
  }
}
