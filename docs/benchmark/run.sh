#!/usr/bin/env bash
# The benchmark of SPEC section 9 (not a test): times `rehab validate` and `rehab cohort` on
# 10,000 patients x 365 days, with the rows as `rehab sample` writes them (grouped by patient and
# dated) and the same rows shuffled (header first, then the rows in a random order), and `rehab
# report` (plain, --pdf, --png) on 1,000 patients x 365 days, with the tuned JVM options of
# target/rehab.jvmopts (the build writes them), three runs each: wall time, CPU and peak memory from
# /usr/bin/time.
# With DUCKDB_JAR set to a duckdb_jdbc jar, also runs the DuckDB baseline on the same files, in turn
# with ours (timed as a whole process, and as it times itself inside its process). ROUNDS (default
# 3) sets the number of runs of each.
#
#   mvn -q -DskipTests package && docs/benchmark/run.sh [WORK_DIR]
#
# WORK_DIR (default: a folder under the system's temporary folder) keeps the generated data
# (about 750 MB) between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-${TMPDIR:-/tmp}/rehab-benchmark}"
# The tuned JVM options, from the @argfile the build writes, so that the benchmark runs what users run.
[ -f target/rehab.jvmopts ] || { echo "target/rehab.jvmopts is missing: run mvn -q -DskipTests package" >&2; exit 2; }
rehab=(java @target/rehab.jvmopts -jar target/rehab.jar)
mkdir -p "$work"
[ -f "$work/10k/symptoms.csv" ] ||
  "${rehab[@]}" sample --patients 10000 --days 365 --seed 1 --out "$work/10k" >/dev/null
# The same rows in another order: SPEC section 9 allows the peak memory 20 % more than sorted.
# (awk and sort rather than shuf, which macOS lacks; the sample's rows hold no line breaks.)
if [ ! -f "$work/10k-shuffled/symptoms.csv" ]; then
  mkdir -p "$work/10k-shuffled"
  cp "$work/10k/patients.csv" "$work/10k/events.csv" "$work/10k-shuffled/"
  for file in activities.csv symptoms.csv; do
    {
      head -n 1 "$work/10k/$file"
      tail -n +2 "$work/10k/$file" |
        awk 'BEGIN { srand(1) } { printf "%.9f\t%s\n", rand(), $0 }' |
        LC_ALL=C sort -t "$(printf '\t')" -k 1,1 | cut -f 2-
    } >"$work/10k-shuffled/$file"
  done
fi
[ -f "$work/1k/symptoms.csv" ] ||
  "${rehab[@]}" sample --patients 1000 --days 365 --seed 3 --out "$work/1k" >/dev/null
rounds="${ROUNDS:-3}"
once() {
  local name="$1"
  shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, %M KB peak" "$@" >/dev/null 2>"$work/time.txt" || true
  tail -n 1 "$work/time.txt"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
if [ -n "${DUCKDB_JAR:-}" ]; then
  # Compiled once here, so that its whole-process time holds no compilation of its source.
  javac -cp "$DUCKDB_JAR" -d "$work/duckdb" docs/benchmark/DuckDbBaseline.java
fi
# The machine's speed drifts from minute to minute: the 10,000-patient runs and DuckDB's take turns,
# so that each round compares them under the same conditions.
for run in $(seq "$rounds"); do
  once "rehab validate, 10,000 patients" "${rehab[@]}" validate --in "$work/10k" --quiet
  once "rehab cohort, 10,000 patients" "${rehab[@]}" cohort --in "$work/10k" --out "$work/cohort" --quiet
  once "rehab validate, 10,000 patients, rows shuffled" "${rehab[@]}" validate --in "$work/10k-shuffled" --quiet
  once "rehab cohort, 10,000 patients, rows shuffled" "${rehab[@]}" cohort --in "$work/10k-shuffled" --out "$work/cohort" --quiet
  if [ -n "${DUCKDB_JAR:-}" ]; then
    # Prints its own timing (inside its process), then the whole process's.
    /usr/bin/time -f "DuckDB load + per-patient SQL, whole process: %e s wall, %U s user, %S s system, %M KB peak" \
      java -cp "$DUCKDB_JAR:$work/duckdb" DuckDbBaseline "$work/10k" 2>"$work/time.txt" || true
    tail -n 1 "$work/time.txt"
  fi
done
# --pdf in turn with the plain report, so that each round gives the cost of the PDFs under the same
# conditions (SPEC section 9: at most 20 ms a patient).
for run in $(seq "$rounds"); do
  once "rehab report, 1,000 patients" "${rehab[@]}" report --in "$work/1k" --out "$work/report" --quiet
  once "rehab report --pdf, 1,000 patients" "${rehab[@]}" report --in "$work/1k" --out "$work/report" --pdf --quiet
done
for run in $(seq "$rounds"); do
  once "rehab report --png, 1,000 patients" "${rehab[@]}" report --in "$work/1k" --out "$work/report" --png --quiet
done
