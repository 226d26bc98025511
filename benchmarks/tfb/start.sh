#!/usr/bin/env bash
# Starts the Quintet TechEmpower app on $PORT (default 8090), with the peers' JVM flags.
# Env: PORT, DB_HOST (127.0.0.1), DB_POOL (8), JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")"
JAVA="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" ${JAVA_OPTS:--XX:+UseParallelGC -Xms512m -Xmx1g} -jar target/tfb.jar
