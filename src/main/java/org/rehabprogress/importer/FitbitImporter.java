package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rehabprogress.ingest.InputFileException;

/**
 * Imports Fitbit data from a folder: the Fitabase CSVs of a study ({@link FitabaseCsv}), or a
 * Fitbit account export of one person or a folder of people's folders (PMData's {@code pNN/}). A
 * person's {@code exercise*.json} records become activities (see {@link FitbitJson}), the {@code
 * minutesAsleep} of their {@code sleep*.json} records, naps included, one sleep_hours value per
 * {@code dateOfSleep}, and PMSys {@code wellness.csv} sleep quality a sleep_quality value ({@link
 * PmsysCsv}). A record whose {@code logId} was read before is skipped. The patient id is {@code
 * --patient-id} for one person, else the person's folder name.
 *
 * <p>The source is one person when it holds exercise or sleep files itself or a Fitbit category
 * folder ({@code Physical Activity}, {@code Sleep}, {@code user-site-export}); otherwise each
 * subfolder holding such files (at any depth up to 4) is one person.
 */
public final class FitbitImporter implements Importer {

  static final String REPEATED_LOG = "logId repeats a record read before";

  private static final String VENDOR = "Fitbit";

  private static final Pattern EXERCISE = Pattern.compile("exercise(-.*)?\\.json");
  private static final Pattern SLEEP = Pattern.compile("sleep(-.*)?\\.json");
  private static final Set<String> CATEGORIES =
      Set.of("physical activity", "sleep", "user-site-export");
  private static final int DEPTH = 4;
  private static final String WHAT_TO_NAME =
      "name the folder of a Fitbit account export (or of its people's folders)"
          + " or of Fitabase CSV files";

  /** Creates the importer. */
  public FitbitImporter() {}

  @Override
  public String format() {
    return "fitbit";
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    if (!Files.exists(source)) {
      throw new InputFileException(source.toString(), 0, "folder not found", WHAT_TO_NAME);
    }
    if (!Files.isDirectory(source)) {
      throw new InputFileException(source.toString(), 0, "not a folder", WHAT_TO_NAME);
    }
    RecordTally tally = new RecordTally(format());
    if (FitabaseCsv.present(source)) {
      FitabaseCsv.read(source, options.patientId(), tally, options.zone());
      return tally.batch();
    }
    List<Path> people = people(source);
    if (people.isEmpty()) {
      throw new InputFileException(
          source.toString(),
          0,
          "no Fitbit export found: no exercise*.json, sleep*.json or Fitabase *_merged.csv files",
          WHAT_TO_NAME);
    }
    if (options.patientId() != null && people.size() > 1) {
      throw new ImportOptionException(
          "--patient-id names one patient but "
              + source
              + " holds "
              + people.size()
              + " people's folders; leave --patient-id out to use the folder names");
    }
    for (Path person : people) {
      person(
          source,
          person,
          PatientIdRule.forOnePerson(options, person, VENDOR),
          tally,
          options.zone());
    }
    return tally.batch();
  }

  private static void person(
      Path source, Path person, String patientId, RecordTally tally, ZoneId zone)
      throws IOException, InputFileException {
    SleepTotals sleep = FitbitJson.sleepTotals(tally);
    Set<String> exerciseLogs = new HashSet<>();
    Set<String> sleepLogs = new HashSet<>();
    for (Path file : files(person)) {
      String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
      String name = source.relativize(file).toString().replace('\\', '/');
      if (name.isEmpty()) {
        name = fileName;
      }
      String label = file.toString();
      String rejectName = name;
      if (EXERCISE.matcher(fileName).matches()) {
        FitbitJson.each(
            file,
            label,
            rejectName,
            tally,
            once(
                exerciseLogs,
                tally,
                (entry, at) -> FitbitJson.exercise(entry, patientId, tally, zone)));
      } else if (SLEEP.matcher(fileName).matches()) {
        FitbitJson.each(
            file,
            label,
            rejectName,
            tally,
            once(
                sleepLogs,
                tally,
                (entry, at) -> FitbitJson.sleep(entry, at, rejectName, patientId, sleep, zone)));
      } else if (fileName.equals("wellness.csv")) {
        PmsysCsv.wellness(file, label, rejectName, patientId, tally, zone);
      } else if (fileName.equals("srpe.csv")) {
        PmsysCsv.srpe(file, tally);
      }
    }
    sleep.finish();
  }

  /** Returns entries that skip a record whose logId was read before and map the others. */
  private static FitbitJson.Entries once(
      Set<String> seen, RecordTally tally, FitbitJson.Entries entries) {
    return (entry, at) -> {
      String logId = entry.path("logId").asText("");
      if (!logId.isEmpty() && !seen.add(logId)) {
        tally.skip(REPEATED_LOG);
        return null;
      }
      return entries.accept(entry, at);
    };
  }

  private static List<Path> people(Path source) throws IOException {
    boolean single;
    try (Stream<Path> children = Files.list(source)) {
      single =
          children.anyMatch(
              child ->
                  Files.isRegularFile(child) && fitbitFile(child)
                      || Files.isDirectory(child)
                          && CATEGORIES.contains(
                              child.getFileName().toString().toLowerCase(Locale.ROOT)));
    }
    if (single) {
      return List.of(source);
    }
    List<Path> people = new ArrayList<>();
    try (Stream<Path> children = Files.list(source)) {
      for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
        if (files(child).stream().anyMatch(FitbitImporter::fitbitFile)) {
          people.add(child);
        }
      }
    }
    return people;
  }

  private static boolean fitbitFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXERCISE.matcher(name).matches() || SLEEP.matcher(name).matches();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
