#!/usr/bin/env bash
# Resident memory of any TFB target, measured the same way for each (startup.sh's method):
# start the command with PORT set, wait for the first 200 on /json, read VmRSS, run
# `wrk -t1 -c32 -d10s /fortunes`, read VmRSS again, optionally print the JVM's native memory
# summary (if the command's JVM was started with -XX:NativeMemoryTracking=summary), stop it.
#
#   benchmarks/tfb/rss.sh NAME PORT COMMAND...
#   benchmarks/tfb/rss.sh quintet 8090 benchmarks/tfb/start.sh
#   benchmarks/tfb/rss.sh spring 8082 ../shared/bench/spring/start.sh
#
# The command must exec the JVM (as every start.sh does), so that its PID is the JVM's.
# Env: LOAD_SECONDS (10), NMT=1 to print `jcmd <pid> VM.native_memory summary` after the load.
set -euo pipefail
name="$1" port="$2"; shift 2
seconds="${LOAD_SECONDS:-10}"
base="http://127.0.0.1:$port"
PORT="$port" setsid "$@" >"/tmp/rss-$name.log" 2>&1 &
pid=$!
trap 'kill -TERM -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1200); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/json" || true)" == 200 ]] && break
  sleep 0.05
done
rss() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
first=$(rss)
reqs=$(wrk -t1 -c32 -d"${seconds}s" "$base/fortunes" | awk '/requests in/ { print $1 }')
after=$(rss)
printf '%-10s first 200: %4s MiB   after %s s /fortunes (%s requests): %4s MiB   (load %s)\n' \
  "$name" "$first" "$seconds" "$reqs" "$after" "$(cut -d' ' -f1 /proc/loadavg)"
if [[ "${NMT:-0}" == 1 ]]; then
  "${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd" "$pid" VM.native_memory summary \
    | grep -E '^(Total|-\s+\w)' | sed -E 's/\(mmap.*//'
fi
