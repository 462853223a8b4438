package org.rehabprogress.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps activity names to classes. Built from catalog rows in order: a later row wins for its name
 * and for each of its aliases, so a user's catalog file extends the built-in rows or replaces any
 * of them. A later row with the same name as an earlier one replaces its class and reason and keeps
 * the earlier aliases it does not give away. Immutable and safe to share between threads.
 */
public final class ActivityCatalog {

  private final List<CatalogEntry> entries;
  private final Map<String, CatalogEntry> byKey;

  private ActivityCatalog(List<CatalogEntry> entries, Map<String, CatalogEntry> byKey) {
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
  }

  /** Returns a catalog of the given rows; a later row wins for every name it claims. */
  public static ActivityCatalog of(List<CatalogEntry> rows) {
    Map<String, CatalogEntry> byActivity = new LinkedHashMap<>();
    Map<String, List<String>> aliasesOf = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    for (CatalogEntry row : rows) {
      String ak = ActivityNames.key(row.activity());
      byActivity.put(ak, row);
      aliasesOf.computeIfAbsent(ak, k -> new ArrayList<>());
      String before = owner.put(ak, ak);
      if (before != null && !before.equals(ak)) {
        aliasesOf.get(before).removeIf(a -> ActivityNames.key(a).equals(ak));
      }
      for (String alias : row.aliases()) {
        String key = ActivityNames.key(alias);
        if (key.isEmpty() || key.equals(ak)) {
          continue;
        }
        String previous = owner.put(key, ak);
        if (previous != null && !previous.equals(ak)) {
          aliasesOf.get(previous).removeIf(a -> ActivityNames.key(a).equals(key));
        }
        List<String> own = aliasesOf.get(ak);
        own.removeIf(a -> ActivityNames.key(a).equals(key));
        own.add(alias);
      }
    }
    List<CatalogEntry> effective = new ArrayList<>();
    Map<String, CatalogEntry> entryOf = new HashMap<>();
    for (Map.Entry<String, CatalogEntry> e : byActivity.entrySet()) {
      String ak = e.getKey();
      if (!ak.equals(owner.get(ak))) {
        continue; // a later row took this name as its alias
      }
      CatalogEntry row = e.getValue();
      CatalogEntry entry =
          new CatalogEntry(row.activity(), row.activityClass(), row.reason(), aliasesOf.get(ak));
      effective.add(entry);
      entryOf.put(ak, entry);
    }
    Map<String, CatalogEntry> byKey = new HashMap<>();
    owner.forEach(
        (key, ak) -> {
          CatalogEntry entry = entryOf.get(ak);
          if (entry != null) {
            byKey.put(key, entry);
          }
        });
    return new ActivityCatalog(effective, byKey);
  }

  /** Returns the effective rows in catalog order, each with the aliases it owns. */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /** Returns the class of a name, UNCLASSIFIED when the catalog does not know it. */
  public ActivityClass classify(String name) {
    CatalogEntry entry = byKey.get(ActivityNames.key(name));
    return entry == null ? ActivityClass.UNCLASSIFIED : entry.activityClass();
  }

  /** Returns the catalog row a name matches, or null when the name is UNCLASSIFIED. */
  public CatalogEntry lookup(String name) {
    return byKey.get(ActivityNames.key(name));
  }
}
