package org.rehabprogress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The arrows between the project's packages and the doors of its libraries, as the package maps
 * (each package-info.java) state them, checked over the types each source file names: its imports
 * and any fully qualified name in its code (comments and string literals are not code).
 */
final class Architecture {

  /** A source file: its package and the fully qualified types (or static members) it names. */
  record Source(String file, String pkg, Set<String> names) {
    Source {
      names = Set.copyOf(names);
    }
  }

  private static final String ROOT = "org.rehabprogress";

  /**
   * What each package may use of the project's packages (the package maps' "uses"); a package not
   * listed here is a package no map describes, which is itself a failure.
   */
  static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("", Set.of()),
          Map.entry("canonical", Set.of()),
          Map.entry("catalog", Set.of()),
          Map.entry("stats", Set.of()),
          Map.entry("files", Set.of()),
          Map.entry("pdf", Set.of()),
          Map.entry("wire", Set.of()),
          Map.entry("sample", Set.of("catalog")),
          Map.entry("ingest.bytes", Set.of()),
          Map.entry("ingest", Set.of("canonical", "catalog", "ingest.bytes")),
          Map.entry("medication", Set.of("ingest")),
          Map.entry("analysis", Set.of("canonical", "catalog", "ingest", "medication", "stats")),
          Map.entry(
              "cohort",
              Set.of(
                  "analysis", "canonical", "catalog", "ingest", "medication", "privacy", "stats")),
          Map.entry("privacy", Set.of("analysis", "canonical", "catalog", "ingest", "medication")),
          Map.entry("chart", Set.of("analysis", "canonical", "cohort", "ingest", "stats")),
          Map.entry(
              "report",
              Set.of(
                  "analysis",
                  "canonical",
                  "catalog",
                  "cohort",
                  "ingest",
                  "medication",
                  "privacy",
                  "stats")),
          Map.entry("importer", Set.of("canonical", "files", "ingest", "medication")),
          Map.entry(
              "pipeline",
              Set.of(
                  "analysis",
                  "canonical",
                  "catalog",
                  "chart",
                  "cohort",
                  "files",
                  "importer",
                  "ingest",
                  "medication",
                  "pdf",
                  "privacy",
                  "report",
                  "sample",
                  "stats",
                  "tables")),
          // Tablesaw's door (SPEC 11): the per-patient table, the panel and the subgroups.
          Map.entry("tables", Set.of("analysis", "cohort", "privacy", "report", "stats")),
          // The researchers' entry point: a shell beside cli that reads rehab cohort's options
          // with cli's own option class and returns tables.
          Map.entry(
              "api", Set.of("analysis", "cli", "cohort", "ingest", "pipeline", "stats", "tables")),
          Map.entry(
              "cli",
              Set.of(
                  "analysis",
                  "canonical",
                  "catalog",
                  "cohort",
                  "files",
                  "importer",
                  "ingest",
                  "medication",
                  "pipeline",
                  "privacy",
                  "report",
                  "sample",
                  "stats")));

  /**
   * The types of ingest that the pure stages may read: the dataset's columns and records that
   * ingest hands over. Its readers (the files, the byte route, the row rules) are I/O and stay out
   * of them.
   */
  static final Set<String> INGEST_VALUES =
      Set.of(
          "ActivityLog",
          "Dataset",
          "DoseUnit",
          "Duplicate",
          "FileLedger",
          "Medication",
          "PatientEvent",
          "PatientInfo",
          "Reject",
          "SymptomLog");

  /** The pure stages: no files, no clock, no console. */
  static final Set<String> PURE = Set.of("analysis", "stats", "cohort");

  /** Packages that read or write files, or draw: never used by a pure stage. */
  static final Set<String> IO =
      Set.of("ingest", "ingest.bytes", "importer", "report", "files", "pdf", "chart", "pipeline");

  /** Each third-party library's door: the packages that may import it. */
  static final Map<String, Set<String>> DOORS =
      Map.of(
          "org.apache.commons.csv",
              Set.of("ingest", "ingest.bytes", "importer", "privacy", "report"),
          // pipeline holds the drawn chart only to hand it to chart's encoder (ChartDrawing).
          "org.jfree", Set.of("chart", "pipeline"),
          // api parses rehab cohort's options with cli's option class, as cli does.
          "picocli", Set.of("cli", "api"),
          // Tablesaw scans the class path at first use: only the SPEC 11 paths may reach it.
          "tech.tablesaw", Set.of("tables", "api"),
          "gg.jte", Set.of("report"),
          "com.openhtmltopdf", Set.of("pdf"),
          "org.apache.pdfbox", Set.of("pdf"),
          "com.fasterxml.jackson", Set.of("importer", "report"),
          "org.apache.spark", Set.of());

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "\\b((?:org\\.rehabprogress|org\\.apache\\.spark)(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*)");
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'"
              + "|/\\*[\\s\\S]*?\\*/|//[^\\n]*");

  private Architecture() {}

  /** Reads every source file under a source root. */
  static List<Source> read(Path sourceRoot) {
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      List<Source> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(
            parse(
                sourceRoot.relativize(file).toString(),
                Files.readString(file, StandardCharsets.UTF_8)));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one source file's text. */
  static Source parse(String file, String text) {
    String code = COMMENT_OR_STRING.matcher(text).replaceAll(" ");
    Matcher pkg = PACKAGE.matcher(code);
    String name = pkg.find() ? pkg.group(1) : "";
    Set<String> names = new TreeSet<>();
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      names.add(imports.group(1));
    }
    Matcher qualified = QUALIFIED.matcher(code.replaceAll("(?m)^(package|import)\\s[^;]*;", ""));
    while (qualified.find()) {
      names.add(qualified.group(1));
    }
    return new Source(file, name, names);
  }

  /** Returns every forbidden arrow, one line each; empty when the sources keep the maps. */
  static List<String> violations(List<Source> sources) {
    List<String> found = new ArrayList<>();
    for (Source source : sources) {
      String from = relative(source.pkg());
      if (from == null) {
        continue; // not the project's
      }
      Set<String> mayUse = MAY_USE.get(from);
      if (mayUse == null) {
        found.add(source.file() + ": package " + source.pkg() + " has no map in the architecture");
        continue;
      }
      for (String name : new TreeSet<>(source.names())) {
        String to = ownPackage(name);
        if (to != null && !to.equals(from)) {
          if (to.equals("spark")) {
            found.add(source.file() + ": the main code uses the Spark job: " + name);
          } else if (to.equals("cli") && !from.equals("api")) {
            found.add(source.file() + ": nothing imports cli: " + name);
          } else if (from.equals("privacy") && to.equals("importer")) {
            found.add(source.file() + ": privacy uses importer: " + name);
          } else if (PURE.contains(from) && IO.contains(to) && !pureMayRead(to, name)) {
            found.add(source.file() + ": pure " + from + " uses I/O package " + to + ": " + name);
          } else if (!mayUse.contains(to)) {
            found.add(source.file() + ": " + from + " may not use " + to + ": " + name);
          }
        }
        for (Map.Entry<String, Set<String>> door : DOORS.entrySet()) {
          if (name.startsWith(door.getKey() + ".") && !door.getValue().contains(from)) {
            found.add(source.file() + ": " + door.getKey() + " outside its door: " + name);
          }
        }
      }
    }
    return found;
  }

  /** Whether a pure stage may name this type of an I/O package: only ingest's dataset values. */
  private static boolean pureMayRead(String to, String name) {
    if (!to.equals("ingest")) {
      return false;
    }
    String type = name.substring((ROOT + ".ingest.").length()).split("\\.")[0];
    return INGEST_VALUES.contains(type);
  }

  /** Returns a package relative to the project's root ("" for the root), or null for another. */
  private static String relative(String pkg) {
    if (pkg.equals(ROOT)) {
      return "";
    }
    return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
  }

  /** Returns the project package a qualified name lies in, relative to the root, or null. */
  private static String ownPackage(String name) {
    if (name.startsWith("org.apache.spark.")) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\.")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        break;
      }
      parts.add(part);
    }
    return relative(String.join(".", parts));
  }
}
