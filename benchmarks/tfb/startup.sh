#!/usr/bin/env bash
# Start-up and memory of the Quintet TFB app, without and with a JDK 25 AOT cache (JEP 483/514).
#
#   benchmarks/tfb/startup.sh                 3 runs per mode, fortunes load after each first request
#   benchmarks/tfb/startup.sh --runs 5        more runs (the table shows each run and the median)
#   benchmarks/tfb/startup.sh --no-load       skip the wrk fortunes load (start-up and first RSS only)
#   benchmarks/tfb/startup.sh --out FILE.md   also write the report to FILE.md
#
# Per run: the clock starts just before the JVM is launched; curl polls /json every 5 ms until it
# answers 200 ("time to first 200"); VmRSS is read from /proc/<pid>/status right after; then
# `wrk -t1 -c32 -d10s /fortunes` and VmRSS again; then SIGTERM. Modes:
#   jit  the plain jar, with start.sh's JVM flags (the JDK's default CDS archive, nothing more)
#   aot  the same flags plus -XX:AOTCache=target/tfb.aot, created first by a training run
#        (-XX:AOTCacheOutput: start, TRAIN_REQUESTS requests on every endpoint, SIGTERM; the JVM
#        writes the cache as it exits). The cache is rebuilt when the jar is newer than it.
# Needs: target/tfb.jar (build.sh), the TFB database (../shared/bench/db/setup.sh), curl, wrk.
# Env: PORT (8090), DB_HOST, DB_POOL, JAVA_OPTS (start.sh's default), TRAIN_REQUESTS (200),
#      LOAD_SECONDS (10), JAVA_HOME_25.
# Do not run it while other CPU-heavy work shares the machine: the numbers would mean little.
set -euo pipefail
cd "$(dirname "$0")"

JAVA="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PORT="${PORT:-8090}"
OPTS="${JAVA_OPTS:--XX:+UseParallelGC -Xms512m -Xmx1g}"
TRAIN_REQUESTS="${TRAIN_REQUESTS:-200}"
LOAD_SECONDS="${LOAD_SECONDS:-10}"
JAR=target/tfb.jar
AOT=target/tfb.aot
BASE="http://127.0.0.1:$PORT"

runs=3
load=1
out=""
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-load) load=0; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in curl awk; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done
if ((load)); then command -v wrk >/dev/null || { echo "missing wrk (or use --no-load)" >&2; exit 1; }; fi
[[ -f $JAR ]] || ./build.sh
if curl -s -o /dev/null --max-time 1 "$BASE/json"; then
  echo "port $PORT is busy: stop what listens there or set PORT" >&2
  exit 1
fi

SERVER=""
LOG="$(mktemp -t tfb-startup.XXXXXX)"
cleanup() {
  if [[ -n $SERVER ]] && kill -0 "$SERVER" 2>/dev/null; then kill -TERM "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; fi
  rm -f "$LOG"
}
trap cleanup EXIT

now_ns() { date +%s%N; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# launch EXTRA_OPTS...: starts the app in the background, sets SERVER (the JVM's own PID)
launch() {
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  PORT="$PORT" "$JAVA" $OPTS "$@" -jar "$JAR" runserver "127.0.0.1:$PORT" >"$LOG" 2>&1 &
  SERVER=$!
}

# wait_json: polls /json every 5 ms until 200; fails if the JVM dies or 120 s pass
wait_json() {
  local deadline=$((SECONDS + 120))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/json" || true)" == 200 ]]; do
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "the server exited; its output:" >&2; cat "$LOG" >&2; return 1; fi
    ((SECONDS < deadline)) || { echo "no 200 on /json within 120 s" >&2; return 1; }
    sleep 0.005
  done
}

stop() {
  kill -TERM "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
}

train() {
  echo "training run: $TRAIN_REQUESTS requests per endpoint, then exit with -XX:AOTCacheOutput=$AOT" >&2
  rm -f "$AOT"
  launch "-XX:AOTCacheOutput=$AOT"
  wait_json
  local path urls i
  for path in /plaintext /json /db "/queries?queries=20" /fortunes "/updates?queries=20" "/io?ms=1"; do
    urls=()
    for ((i = 0; i < TRAIN_REQUESTS; i++)); do urls+=("$BASE$path"); done
    curl -s "${urls[@]}" >/dev/null   # one connection, kept alive
  done
  stop
  [[ -s $AOT ]] || { echo "no AOT cache was written; the JVM said:" >&2; cat "$LOG" >&2; return 1; }
  echo "AOT cache: $AOT ($(du -h "$AOT" | cut -f1))" >&2
}

rows=()
declare -A samples=()
measure() {  # mode run extra-opts...
  local mode="$1" run="$2" t0 t1 ms rss1 rss2="-"
  shift 2
  t0="$(now_ns)"
  launch "$@"
  wait_json
  t1="$(now_ns)"
  ms=$(((t1 - t0) / 1000000))
  rss1=$(($(rss_kib "$SERVER") / 1024))
  if ((load)); then
    wrk -t1 -c32 -d"${LOAD_SECONDS}s" "$BASE/fortunes" >/dev/null
    rss2=$(($(rss_kib "$SERVER") / 1024))
  fi
  stop
  rows+=("| $mode | $run | $ms | $rss1 | $rss2 |")
  samples[$mode.ms]+="$ms "
  samples[$mode.rss1]+="$rss1 "
  samples[$mode.rss2]+="$rss2 "
  echo "  $mode run $run: first 200 after $ms ms, RSS $rss1 MiB, after load $rss2 MiB" >&2
}

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {if (NR == 0 || a[1] == "-") print "-"; else print a[int((NR + 1) / 2)]}'; }

if [[ ! -s $AOT || $JAR -nt $AOT ]]; then train; fi
for ((r = 1; r <= runs; r++)); do
  measure jit "$r"
  measure aot "$r" "-XX:AOTCache=$AOT"
done

report() {
  echo "Start-up of the Quintet TFB app ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JAVA" -version 2>&1 | sed -n 2p))"
  echo
  echo "JVM flags: \`$OPTS\`; load: $( ((load)) && echo "wrk -t1 -c32 -d${LOAD_SECONDS}s /fortunes" || echo none)"
  echo
  echo "| mode | run | first 200 on /json (ms) | RSS after first request (MiB) | RSS after fortunes load (MiB) |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  local m
  for m in jit aot; do
    echo "| **$m median** | | **$(median "${samples[$m.ms]}")** | **$(median "${samples[$m.rss1]}")** | **$(median "${samples[$m.rss2]}")** |"
  done
}
if [[ -n $out ]]; then report | tee "$out"; else report; fi
