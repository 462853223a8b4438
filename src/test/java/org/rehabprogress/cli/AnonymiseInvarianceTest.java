package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.CanonicalReader;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.ingest.ReadOptions;
import org.rehabprogress.privacy.Pseudonym;
import org.rehabprogress.privacy.PseudonymKey;

/**
 * Issue 5 part 5 at the level of the per-patient analysis: every patient of the committed sample
 * gets the same figures from the anonymised copy as from the original, over the whole log (end =
 * last logged day, month = that day's calendar month from its first day). The month-based figures
 * (low-impact minutes per week, flagged entries, days logged, completeness, the month's latest
 * PGIC) are left out: the copy's end day falls in another calendar month, with another first day
 * and length, so "month M" covers other days.
 */
class AnonymiseInvarianceTest {

  private static final String KEY = "invariance-key-0123456789-abcdefghij";
  private static final ActivityCatalog CATALOG = CatalogCsv.builtin();

  @TempDir Path dir;

  private static Dataset read(Path folder) throws Exception {
    return CanonicalReader.read(
        InputFolder.of(folder, null, null, null, null), new ReadOptions(null, 2, null));
  }

  private static PatientResult analyse(Dataset data, String id) {
    int code = data.patientIds().indexOf(id);
    PatientLog log =
        new PatientLog(
            code,
            id,
            data.patients().get(id),
            data.symptoms(),
            data.activities(),
            ActivityClasses.of(data.activities(), CATALOG),
            CatalogMatches.of(data.activities().names(), CATALOG),
            data.events().getOrDefault(id, List.of()),
            data.medications().getOrDefault(id, List.of()));
    LocalDate end = PatientAnalysis.lastLoggedDay(log, null);
    return PatientAnalysis.analyse(log, end.withDayOfMonth(1), end);
  }

  @ParameterizedTest
  @ValueSource(strings = {"study", "shift"})
  void everyPatientHasTheSameFiguresInTheCopy(String dates) throws Exception {
    Path key = Files.writeString(dir.resolve("key"), KEY, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "anonymise",
            "--in",
            ProjectRoot.sampleData().toString(),
            "--out",
            out.toString(),
            "--key-file",
            key.toString(),
            "--dates",
            dates);
    assertEquals(0, run.exit(), run.err());
    Dataset original = read(ProjectRoot.sampleData());
    Dataset copy = read(out);
    assertEquals(0, copy.rejects().size());
    assertEquals(original.patientIds().size(), copy.patientIds().size());
    PseudonymKey pseudonymKey = PseudonymKey.of(KEY.getBytes(StandardCharsets.UTF_8));
    List<String> statuses = new ArrayList<>();
    for (String id : original.patientIds()) {
      PatientResult before = analyse(original, id);
      PatientResult after = analyse(copy, Pseudonym.of(pseudonymKey, id));
      same(before.summary(), after.summary());
      assertEquals(before.rule(), after.rule(), id);
      assertEquals(before.panel().legPainRule(), after.panel().legPainRule(), id);
      assertEquals(before.panel().legPainHalved(), after.panel().legPainHalved(), id);
      assertEquals(before.panel().pegChange(), after.panel().pegChange(), id);
      assertEquals(before.panel().odiChange(), after.panel().odiChange(), id);
      assertEquals(before.panel().opioids(), after.panel().opioids(), id);
      assertEquals(before.flagRules(), after.flagRules(), id);
      assertEquals(before.lostToFollowUp(), after.lostToFollowUp(), id);
      for (int k = 0; k < before.byExposure().size(); k++) {
        NextDayPain b = before.byExposure().get(k);
        NextDayPain a = after.byExposure().get(k);
        assertArrayEquals(b.values(), a.values(), id);
        assertEquals(b.mean(), a.mean(), id);
        assertEquals(b.sd(), a.sd(), id);
      }
      assertEquals(
          before.end().toEpochDay() - before.start().toEpochDay(),
          after.end().toEpochDay() - after.start().toEpochDay(),
          id);
      statuses.add(before.summary().status().name());
    }
    // The sample covers every status, so the comparison is not of empty figures.
    assertTrue(
        statuses.containsAll(List.of("IMPROVED", "UNCHANGED", "WORSE", "INSUFFICIENT_DATA")));
  }

  private static void same(PatientSummary b, PatientSummary a) {
    String id = b.patientId();
    assertEquals(b.status(), a.status(), id);
    assertEquals(b.reviewFlag(), a.reviewFlag(), id);
    assertEquals(b.persistentPainFlag(), a.persistentPainFlag(), id);
    assertEquals(b.weeksInTreatment(), a.weeksInTreatment(), id);
    assertEquals(b.legPainStatus(), a.legPainStatus(), id);
    double[] before = {
      b.painBaseline(),
      b.painCurrent(),
      b.painChange(),
      b.painChangePct(),
      b.anxietyBaseline(),
      b.anxietyCurrent(),
      b.gad7Baseline(),
      b.gad7Current(),
      b.sleepHoursBaseline(),
      b.sleepHoursCurrent(),
      b.nextDayPainAfterLowImpact(),
      b.nextDayPainAfterFlagged(),
      b.flaggedMinusLowImpact(),
      b.painTrendPerWeek(),
      b.legPainBaseline(),
      b.legPainCurrent(),
      b.legPainChange(),
      b.pegBaseline(),
      b.pegCurrent(),
      b.odiBaseline(),
      b.odiCurrent(),
      b.mmeBaseline(),
      b.mmeCurrent()
    };
    double[] after = {
      a.painBaseline(),
      a.painCurrent(),
      a.painChange(),
      a.painChangePct(),
      a.anxietyBaseline(),
      a.anxietyCurrent(),
      a.gad7Baseline(),
      a.gad7Current(),
      a.sleepHoursBaseline(),
      a.sleepHoursCurrent(),
      a.nextDayPainAfterLowImpact(),
      a.nextDayPainAfterFlagged(),
      a.flaggedMinusLowImpact(),
      a.painTrendPerWeek(),
      a.legPainBaseline(),
      a.legPainCurrent(),
      a.legPainChange(),
      a.pegBaseline(),
      a.pegCurrent(),
      a.odiBaseline(),
      a.odiCurrent(),
      a.mmeBaseline(),
      a.mmeCurrent()
    };
    assertArrayEquals(before, after, id);
  }
}
