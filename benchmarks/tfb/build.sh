#!/usr/bin/env bash
# Builds benchmarks/tfb/target/tfb.jar (the Quintet TechEmpower app) with JDK 25.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME_25:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
./mvnw -q -B -pl benchmarks/tfb -am package -DskipTests
