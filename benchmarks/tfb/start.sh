#!/usr/bin/env bash
# Starts the Quintet TechEmpower app on $PORT (default 8090), with the peers' JVM flags.
# Env: PORT, DB_HOST (127.0.0.1), DB_POOL (8), JAVA_OPTS,
#      AOT_CACHE (optional: a JDK 25 AOT cache made by startup.sh, e.g. target/tfb.aot)
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
aot=()
if [[ -n "${AOT_CACHE:-}" ]]; then aot=("-XX:AOTCache=$AOT_CACHE"); fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec "$JAVA" ${JAVA_OPTS:--XX:+UseParallelGC -Xms512m -Xmx1g} "${aot[@]}" -jar target/tfb.jar
