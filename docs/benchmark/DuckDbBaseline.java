import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The DuckDB baseline of the benchmark (SPEC section 9): loads activities.csv and symptoms.csv of a
 * folder with read_csv on two threads, then computes per-patient figures in SQL (daily mean pain,
 * each patient's start, baseline and current 14-day means, next-day pain after flagged and
 * low-impact days, with a small class table). Run as a single-file program: {@code java -cp
 * duckdb_jdbc.jar DuckDbBaseline.java DIR}. Prints the load time and the load + SQL time.
 */
public class DuckDbBaseline {
  public static void main(String[] args) throws Exception {
    String dir = args[0];
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads=2");
      long t0 = System.nanoTime();
      s.execute(
          "CREATE TABLE sym AS SELECT * FROM read_csv('"
              + dir
              + "/symptoms.csv', ignore_errors=true)");
      s.execute(
          "CREATE TABLE act AS SELECT * FROM read_csv('"
              + dir
              + "/activities.csv', ignore_errors=true)");
      long t1 = System.nanoTime();
      s.execute(
          "CREATE TABLE cls AS SELECT * FROM (VALUES ('Golf','FLAGGED'),('Tennis','FLAGGED'),"
              + "('Running','FLAGGED'),('Heavy lifting','FLAGGED'),('Walking','LOW_IMPACT'),"
              + "('Swimming','LOW_IMPACT'),('Yoga','LOW_IMPACT'),('Stretching','LOW_IMPACT'))"
              + " t(activity, class)");
      String sql =
          "WITH d AS (SELECT patient_id, try_cast(date AS DATE) AS date,"
              + "   avg(try_cast(pain AS DOUBLE)) AS pain FROM sym GROUP BY ALL),"
              + " e AS (SELECT patient_id, try_cast(date AS DATE) AS date, max(CASE class WHEN 'FLAGGED' THEN 2"
              + "   WHEN 'LOW_IMPACT' THEN 1 ELSE 0 END) AS x FROM act LEFT JOIN cls USING"
              + "   (activity) GROUP BY ALL),"
              + " s AS (SELECT patient_id, min(date) AS start, max(date) AS last FROM d GROUP BY"
              + "   ALL),"
              + " n AS (SELECT e.patient_id, e.x, d.pain FROM e JOIN d ON d.patient_id ="
              + "   e.patient_id AND d.date = e.date + 1)"
              + " SELECT s.patient_id,"
              + "  (SELECT avg(pain) FROM d WHERE d.patient_id = s.patient_id AND d.date <="
              + "   s.start + 13) AS baseline,"
              + "  (SELECT avg(pain) FROM d WHERE d.patient_id = s.patient_id AND d.date >"
              + "   s.last - 14) AS current,"
              + "  (SELECT avg(pain) FROM n WHERE n.patient_id = s.patient_id AND x = 2) AS flagged,"
              + "  (SELECT avg(pain) FROM n WHERE n.patient_id = s.patient_id AND x = 1) AS low"
              + " FROM s";
      long rows = 0;
      try (ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          rows++;
        }
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "duckdb: load %.2f s, load + per-patient SQL %.2f s (%d patients)%n",
          (t1 - t0) / 1e9, (t2 - t0) / 1e9, rows);
    }
  }
}
