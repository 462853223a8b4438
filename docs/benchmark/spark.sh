#!/usr/bin/env bash
# The benchmark of SPEC section 10 (not a test): the Spark cohort job in local[2] against
# `rehab cohort` on the same files, side by side in one run, each round taking turns: wall time,
# CPU and peak memory from /usr/bin/time, then a check that both wrote the same files byte for byte
# and a summary of the last job's stages from its event log (spark-stages.sh).
# Both run with the tuned JVM options of target/rehab.jvmopts (the build writes them); the job with
# its own class-data archive and heap as in the README's local command. Also times the job on the
# Parquet copy (the parquet job's output, written once) when PARQUET=1, and on the rows shuffled into
# another order when SHUFFLED=1.
#
#   mvn -q -DskipTests package && docs/benchmark/spark.sh [WORK_DIR] [PATIENTS]
#
# WORK_DIR (default: a folder under the system's temporary folder) keeps the generated data (about
# 36 KB a patient) between runs; PATIENTS defaults to 10000; ROUNDS (default 3) sets the rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-${TMPDIR:-/tmp}/rehab-spark-benchmark}"
patients="${2:-10000}"
rounds="${ROUNDS:-3}"
[ -f target/rehab.jvmopts ] || { echo "target/rehab.jvmopts is missing: run mvn -q -DskipTests package" >&2; exit 2; }
rehab=(java @target/rehab.jvmopts -jar target/rehab.jar)
# The README's local command for the job: the same options, the job's own archive, a 4 GB heap.
mapfile -t tuned < <(grep -v -e '^#' -e '^$' -e SharedArchiveFile target/rehab.jvmopts)
jobflags=("${tuned[@]}" -Xmx4g)
classpath="target/rehab.jar:target/rehab-spark.jar:$(cat target/spark-classpath.txt)"
job=(java "${jobflags[@]}" -XX:SharedArchiveFile=target/rehab-spark.jsa -cp "$classpath" org.rehabprogress.spark.SparkJob)
data="$work/$patients"
mkdir -p "$work/events"
# The class-data archive the README's local command maps when it exists (as the CLI's
# target/rehab.jsa): made once by a run of the job on sample-data/.
if [ ! -f target/rehab-spark.jsa ]; then
  java "${jobflags[@]}" -XX:ArchiveClassesAtExit=target/rehab-spark.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$classpath" org.rehabprogress.spark.SparkJob cohort \
    --master 'local[2]' --in sample-data --out "$work/train" --as-of 2026-01-01 >/dev/null 2>&1
fi
[ -f "$data/symptoms.csv" ] ||
  "${rehab[@]}" sample --patients "$patients" --days 365 --seed 1 --out "$data" >/dev/null
once() {
  local name="$1"
  shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, %M KB peak, exit %x" "$@" >"$work/out.txt" 2>"$work/time.txt" || true
  tail -n 1 "$work/time.txt"
}
same() {
  # Every file the CLI wrote (the job also writes rejects.csv).
  for f in "$work"/cli/*; do
    cmp -s "$f" "$1/$(basename "$f")" || echo "  DIFFERENT: $(basename "$f")"
  done
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load $(cut -d ' ' -f 1-3 /proc/loadavg)"
if [ "${PARQUET:-0}" = 1 ] && [ ! -d "$data-parquet" ]; then
  once "parquet job (the copy, once)" "${job[@]}" parquet --master 'local[2]' --in "$data" --out "$data-parquet"
fi
if [ "${SHUFFLED:-0}" = 1 ] && [ ! -d "$data-shuffled" ]; then
  mkdir -p "$data-shuffled"
  for f in "$data"/*.csv; do
    { head -n 1 "$f"; tail -n +2 "$f" | shuf --random-source=<(yes); } >"$data-shuffled/$(basename "$f")"
  done
fi
events=(--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf "spark.eventLog.dir=file://$work/events")
for run in $(seq "$rounds"); do
  once "rehab cohort, $patients patients" "${rehab[@]}" cohort --in "$data" --out "$work/cli" --as-of 2026-11-20 --per-patient --quiet
  once "Spark cohort job, local[2], $patients patients" "${job[@]}" cohort --master 'local[2]' "${events[@]}" --in "$data" --out "$work/spark" --as-of 2026-11-20 --per-patient
  same "$work/spark"
  if [ "${PARQUET:-0}" = 1 ]; then
    once "Spark cohort job on the Parquet copy" "${job[@]}" cohort --master 'local[2]' --in "$data-parquet" --out "$work/spark-parquet" --as-of 2026-11-20 --per-patient
  fi
  if [ "${SHUFFLED:-0}" = 1 ]; then
    once "Spark cohort job, rows in another order" "${job[@]}" cohort --master 'local[2]' --in "$data-shuffled" --out "$work/spark-shuffled" --as-of 2026-11-20 --per-patient
  fi
done
echo "stages of the last CSV job:"
docs/benchmark/spark-stages.sh "$(ls -td "$work"/events/* | grep -v '\.inprogress' | head -n 1)"
