#!/usr/bin/env bash
# CPU time per request of the Quintet TechEmpower app: a measure that holds on a busy machine, where
# requests/second do not. Starts the app, warms it up, then for each endpoint reads the server
# process's CPU time (utime + stime from /proc/<pid>/stat) before and after a fixed wrk run and
# divides by the requests served. Only the server's own CPU counts (not PostgreSQL's, not wrk's).
#
#   benchmarks/tfb/cpu.sh [--jar FILE] [--warmup SECONDS] [--seconds SECONDS] [ENDPOINT...]
#
# Defaults: target/tfb.jar, 20 s warm-up over the endpoints at -c4, 10 s per endpoint at
# wrk -t1 -c32, endpoints /db /queries?queries=20 /fortunes /updates?queries=20 /json.
# Prints one line per endpoint: requests, CPU seconds, microseconds of CPU per request.
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=target/tfb.jar warmup=20 seconds=10 port="${PORT:-8095}"
while [[ $# -gt 0 && "$1" == --* ]]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
endpoints=("$@")
if [[ ${#endpoints[@]} -eq 0 ]]; then
  endpoints=(/db '/queries?queries=20' /fortunes '/updates?queries=20' /json)
fi
tick=$(getconf CLK_TCK)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
PORT=$port "$JAVA" ${JAVA_OPTS:--XX:+UseParallelGC -Xms512m -Xmx1g} -jar "$jar" >/tmp/tfb-cpu-$port.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 200); do curl -fs -o /dev/null "http://127.0.0.1:$port/json" && break; sleep 0.05; done
cpu() { awk -v t="$tick" '{ print ($14 + $15) / t }' "/proc/$pid/stat"; }
per=$(( warmup / ${#endpoints[@]} + 1 ))
for e in "${endpoints[@]}"; do wrk -t1 -c4 -d"${per}s" "http://127.0.0.1:$port$e" >/dev/null; done
printf '%-22s %10s %8s %10s   (load before: %s)\n' endpoint requests cpu_s us/request "$(cut -d' ' -f1-3 /proc/loadavg)"
for e in "${endpoints[@]}"; do
  before=$(cpu)
  out=$(wrk -t1 -c32 -d"${seconds}s" "http://127.0.0.1:$port$e")
  after=$(cpu)
  reqs=$(awk '/requests in/ { print $1 }' <<<"$out")
  awk -v e="$e" -v r="$reqs" -v b="$before" -v a="$after" \
    'BEGIN { printf "%-22s %10d %8.2f %10.1f\n", e, r, a - b, (a - b) * 1e6 / r }'
done
