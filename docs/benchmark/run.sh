#!/usr/bin/env bash
# The benchmark of SPEC section 9 (not a test): times `rehab validate` and `rehab cohort` on
# 10,000 patients x 365 days and `rehab report` on 1,000 patients x 365 days, with the JVM flags of
# the README's first command (read from README.md), three runs each, wall time, CPU and peak memory from /usr/bin/time.
# With DUCKDB_JAR set to a duckdb_jdbc jar, also runs the DuckDB baseline on the same files.
#
#   mvn -q -DskipTests package && docs/benchmark/run.sh [WORK_DIR]
#
# WORK_DIR (default: a folder under the system's temporary folder) keeps the generated data
# (about 400 MB) between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-${TMPDIR:-/tmp}/rehab-benchmark}"
# The JVM flags of the README's first command, read from it so that the two cannot drift apart.
read -r -a flags < <(grep -m 1 '^mvn -q -DskipTests package && java ' README.md |
  sed -e 's/^mvn -q -DskipTests package && java //' -e 's/ -jar target\/rehab.jar.*//')
rehab=(java "${flags[@]}" -jar target/rehab.jar)
mkdir -p "$work"
[ -f "$work/10k/symptoms.csv" ] ||
  "${rehab[@]}" sample --patients 10000 --days 365 --seed 1 --out "$work/10k" >/dev/null
[ -f "$work/1k/symptoms.csv" ] ||
  "${rehab[@]}" sample --patients 1000 --days 365 --seed 3 --out "$work/1k" >/dev/null
measure() {
  local name="$1"
  shift
  for run in 1 2 3; do
    /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, %M KB peak" "$@" >/dev/null 2>"$work/time.txt" || true
    tail -n 1 "$work/time.txt"
  done
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure "rehab validate, 10,000 patients" "${rehab[@]}" validate --in "$work/10k" --quiet
measure "rehab cohort, 10,000 patients" "${rehab[@]}" cohort --in "$work/10k" --out "$work/cohort" --quiet
measure "rehab report, 1,000 patients" "${rehab[@]}" report --in "$work/1k" --out "$work/report" --quiet
measure "rehab report --png, 1,000 patients" "${rehab[@]}" report --in "$work/1k" --out "$work/report" --png --quiet
if [ -n "${DUCKDB_JAR:-}" ]; then
  for run in 1 2 3; do
    java -cp "$DUCKDB_JAR" docs/benchmark/DuckDbBaseline.java "$work/10k"
  done
fi
