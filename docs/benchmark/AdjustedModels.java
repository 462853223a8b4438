import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.NextDayModel;
import org.rehabprogress.stats.RandomEffects;

/**
 * The cost of the adjusted models of SPEC 3b and 5b alone (not a test): 10,000 patients of 300 day
 * pairs each through {@code NextDayModel.byClass} and {@code NextDayModel.byActivity} with six
 * activity names, then REML pooling of the 10,000 contrasts. The inputs are made before the clock
 * starts; each round times the same work again, so the first round shows the cold cost a cohort
 * run pays and the later ones the compiled cost. Each figure is the main thread's CPU time (wall
 * time on a shared machine says more about the neighbours than about the code); the JIT
 * compilers' own CPU time, which a cold run also pays, is on other threads and not counted. Run as a single-file program with the build's
 * classes, with the README's JVM flags for the cohort's conditions:
 *
 * <pre>
 * mvn -q -DskipTests package
 * java [flags] -cp target/rehab.jar docs/benchmark/AdjustedModels.java [ROUNDS]
 * </pre>
 */
public class AdjustedModels {

  static final int PATIENTS = 10_000;
  static final int PAIRS = 300;
  static final int NAMES = 6;

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    SplittableRandom random = new SplittableRandom(9);
    double[][] y = new double[PATIENTS][];
    double[][] p = new double[PATIENTS][];
    boolean[][][] byName = new boolean[PATIENTS][][];
    boolean[][][] byClass = new boolean[PATIENTS][][];
    List<String> names = List.of("walking", "swimming", "yoga", "golf", "tennis", "gardening");
    for (int i = 0; i < PATIENTS; i++) {
      y[i] = new double[PAIRS];
      p[i] = new double[PAIRS];
      byName[i] = new boolean[NAMES][PAIRS];
      byClass[i] = new boolean[3][PAIRS];
      double pain = 5;
      for (int d = 0; d < PAIRS; d++) {
        p[i][d] = Math.round(10 * pain) / 10.0;
        for (int j = 0; j < NAMES; j++) {
          byName[i][j][d] = random.nextDouble() < 0.15;
        }
        byClass[i][0][d] = byName[i][3][d] || byName[i][4][d]; // golf, tennis: flagged
        byClass[i][1][d] = byName[i][0][d] || byName[i][1][d] || byName[i][2][d];
        byClass[i][2][d] = byName[i][5][d]; // gardening: neutral
        pain = 5 + 0.6 * (pain - 5) + (byClass[i][0][d] ? 0.5 : 0) + random.nextGaussian();
        pain = Math.max(0, Math.min(10, pain));
        y[i][d] = Math.round(10 * pain) / 10.0;
      }
    }
    System.out.println(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      List<Double> estimates = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (int i = 0; i < PATIENTS; i++) {
        AdjustedDifference d =
            NextDayModel.byClass(y[i], p[i], byClass[i][0], byClass[i][1], byClass[i][2])
                .flaggedMinusLowImpact();
        if (d instanceof AdjustedDifference.Estimate e) {
          estimates.add(e.estimate());
          errors.add(e.se());
        }
      }
      long t1 = threads.getCurrentThreadCpuTime();
      int effects = 0;
      for (int i = 0; i < PATIENTS; i++) {
        effects += NextDayModel.byActivity(y[i], p[i], names, byName[i]).activities().size();
      }
      long t2 = threads.getCurrentThreadCpuTime();
      RandomEffects.reml(
          estimates.stream().mapToDouble(Double::doubleValue).toArray(),
          errors.stream().mapToDouble(Double::doubleValue).toArray());
      long t3 = threads.getCurrentThreadCpuTime();
      System.out.printf(
          java.util.Locale.ROOT,
          "round %d, CPU: byClass %.0f ms (%d estimates), byActivity %.0f ms (%d effects),"
              + " REML pooling of %d %.1f ms%n",
          round,
          (t1 - t0) / 1e6,
          estimates.size(),
          (t2 - t1) / 1e6,
          effects,
          estimates.size(),
          (t3 - t2) / 1e6);
    }
  }
}
