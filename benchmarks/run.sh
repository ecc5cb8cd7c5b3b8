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
IO_JMH_ARGS=${IO_JMH_ARGS:-"-f 1 -wi 1 -i 3 -w 1s -r 1s"}
# Four threads on two cores share them with the scheduler: the contended runs get more iterations, every target alike.
T4_JMH_ARGS=${T4_JMH_ARGS:-"-f 1 -wi 3 -i 6 -w 1s -r 1s"}
# Which suites to run (all by default); BENCH_KEEP=1 keeps earlier results in the results directory.
SUITES=${BENCH_SUITES:-"driver translation server facade"}
OUT=${BENCH_OUT:-benchmarks/target/results}
DOC=${BENCH_DOC:-docs/benchmarks.md}

if [ -f .ci/services.sh ]; then
  bash .ci/services.sh >/dev/null || echo "warning: .ci/services.sh failed; the server suites may not run" >&2
fi

echo "[bench] building benchmarks/target/benchmarks.jar"
mvn -B -ntp -q -Pbenchmarks-jar -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$OUT"; fi
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
  echo "io_jmh_args=$IO_JMH_ARGS"
  echo "t4_jmh_args=$T4_JMH_ARGS"
  echo "note=${BENCH_NOTE:-}"
} > "$OUT/env.txt"

run() { # name, then JMH arguments (each option once: JMH refuses repeated options)
  local name=$1; shift
  echo "[bench] $name"
  # a failing benchmark is reported as "not run" in the page; the other suites still run
  java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 \
    || echo "[bench] $name exited with $? (see $OUT/$name.log)"
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$OUT/$name.log" | grep -v ':gc\.' || true
}

has() { case " $SUITES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
# shellcheck disable=SC2086  # the JMH argument strings are meant to split into words
if has driver; then
  run driver-t1 'DriverOverheadBenchmark' -t 1 -prof gc $JMH_ARGS
  run driver-t4 'DriverOverheadBenchmark.(connectionCycle|statementCycle)' -t 4 -prof gc $T4_JMH_ARGS
fi
if has translation; then run translation 'TranslationBenchmark' -t 1 $JMH_ARGS; fi
if has server; then run server 'RealServerBenchmark' -t 1 $IO_JMH_ARGS; fi
if has facade; then run facade 'FacadeBenchmark' -t 1 $IO_JMH_ARGS; fi
java -cp "$JAR" com.rhosocial.activerecord.benchmarks.translation.Corpus > "$OUT/coverage.txt" 2>/dev/null || true

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$OUT/env.txt"
java -cp "$JAR" com.rhosocial.activerecord.benchmarks.report.ReportGenerator "$OUT" "$DOC"
