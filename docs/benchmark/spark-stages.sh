#!/usr/bin/env bash
# Where a Spark job's time went, from its event log (not a test): one line per stage with its wall
# time, the tasks' summed run, CPU, GC and deserialisation time, input, shuffle and result bytes;
# then the job count and the application's wall time. Needs jq (and zstd for a compressed log).
#
#   docs/benchmark/spark-stages.sh EVENT_LOG
#
# EVENT_LOG: a file Spark wrote with spark.eventLog.enabled=true (a folder eventlog_v2_* or a file
# events_*; .zstd, .lz4 is not read: set spark.eventLog.compress=false or the zstd codec).
set -euo pipefail
log="$1"
if [ -d "$log" ]; then
  log="$(ls "$log"/events_* | head -n 1)"
fi
case "$log" in
  *.zstd) read_log() { zstd -dc "$log"; } ;;
  *) read_log() { cat "$log"; } ;;
esac
read_log | jq -rs '
  def s(ms): (ms / 1000 * 10 | round / 10);
  def mb(b): (b / 1048576 * 10 | round / 10);
  (map(select(.Event == "SparkListenerTaskEnd")) | group_by(."Stage ID")
    | map({key: (.[0]."Stage ID" | tostring), value: {
        run: (map(."Task Metrics"."Executor Run Time") | add),
        cpu: (map(."Task Metrics"."Executor CPU Time") | add / 1e6),
        gc: (map(."Task Metrics"."JVM GC Time") | add),
        deser: (map(."Task Metrics"."Executor Deserialize Time") | add),
        input: (map(."Task Metrics"."Input Metrics"."Bytes Read") | add),
        sw: (map(."Task Metrics"."Shuffle Write Metrics"."Shuffle Bytes Written") | add),
        sr: (map(."Task Metrics"."Shuffle Read Metrics" | ."Local Bytes Read" + ."Remote Bytes Read") | add),
        result: (map(."Task Metrics"."Result Size") | add)}}) | from_entries) as $m
  | (map(select(.Event == "SparkListenerApplicationStart")) | .[0].Timestamp) as $begin
  | (map(select(.Event == "SparkListenerApplicationEnd")) | .[0].Timestamp) as $stop
  | "stage | name | tasks | from start s | wall s | task run s | CPU s | GC s | deserialise s | input MB | shuffle write MB | shuffle read MB | result KB",
    "---|---|---|---|---|---|---|---|---|---|---|---|---",
    (map(select(.Event == "SparkListenerStageCompleted") | ."Stage Info")
     | sort_by(."Submission Time") | .[]
     | . as $i | $m[$i."Stage ID" | tostring] as $t
     | [$i."Stage ID", ($i."Stage Name" | sub(" at .*"; "") | .[0:40]), $i."Number of Tasks",
        s($i."Submission Time" - $begin), s($i."Completion Time" - $i."Submission Time"),
        s($t.run), s($t.cpu), s($t.gc), s($t.deser), mb($t.input), mb($t.sw), mb($t.sr),
        ($t.result / 1024 | round)]
     | map(tostring) | join(" | ")),
    "",
    "jobs: \(map(select(.Event == "SparkListenerJobStart")) | length); stages: \(map(select(.Event == "SparkListenerStageCompleted")) | length); tasks: \(map(select(.Event == "SparkListenerTaskEnd")) | length); application wall: \(s($stop - $begin)) s"
'
