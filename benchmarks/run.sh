#!/usr/bin/env bash
# Builds the benchmarks jar and runs a short version of every JMH suite (under 10 minutes on 2 cores), then writes
# docs/benchmarks.md from the results. Needs Java 17, Maven, and the local PostgreSQL and MariaDB (.ci/services.sh).
#
#   bash benchmarks/run.sh                              # the short run
#   JMH_ARGS='-f 2 -wi 5 -i 10' bash benchmarks/run.sh  # steadier figures, longer
#   BENCH_NOTE='shared with builds' bash ...            # a note printed under the machine table
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 2 -i 3 -w 1s -r 1s"}
# Round trips of tens of microseconds warm up within a second: one warm-up iteration keeps the run under 10 minutes.
IO_ARGS=${IO_ARGS:-"-wi 1"}
OUT=${BENCH_OUT:-benchmarks/target/results}
DOC=${BENCH_DOC:-docs/benchmarks.md}

if [ -f .ci/services.sh ]; then
  bash .ci/services.sh >/dev/null || echo "warning: .ci/services.sh failed; the server suites may not run" >&2
fi

echo "[bench] building benchmarks/target/benchmarks.jar"
mvn -B -ntp -q -Pbenchmarks-jar -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
rm -rf "$OUT"
mkdir -p "$OUT"

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || uname -m)"
  echo "cores=$(nproc)"
  echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "os=$(uname -sr)"
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
  echo "jmh_args=$JMH_ARGS"
  echo "note=${BENCH_NOTE:-}"
} > "$OUT/env.txt"

run() { # name, then JMH arguments
  local name=$1; shift
  echo "[bench] $name"
  # a failing benchmark is reported as "not run" in the page; the other suites still run
  # later arguments win in JMH, so a suite's own arguments ($@) come after the common ones
  java -jar "$JAR" $JMH_ARGS "$@" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 \
    || echo "[bench] $name exited with $? (see $OUT/$name.log)"
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$OUT/$name.log" | grep -v ':gc\.' || true
}

run driver-t1 'DriverOverheadBenchmark' -t 1 -prof gc
run driver-t4 'DriverOverheadBenchmark.(connectionCycle|statementCycle)' -t 4 -prof gc
run translation 'TranslationBenchmark' -t 1
run server 'RealServerBenchmark' -t 1 $IO_ARGS
run facade 'FacadeBenchmark' -t 1 $IO_ARGS
java -cp "$JAR" com.rhosocial.activerecord.benchmarks.translation.Corpus > "$OUT/coverage.txt" 2>/dev/null || true

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$OUT/env.txt"
java -cp "$JAR" com.rhosocial.activerecord.benchmarks.report.ReportGenerator "$OUT" "$DOC"
