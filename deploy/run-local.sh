#!/usr/bin/env bash
# The README's run command: builds what is missing, then starts PostgreSQL (the machine's or a private one),
# a Kafka broker and the five services, waits until they are healthy and prints the URLs. Ctrl-C stops all.
#   deploy/run-local.sh            build (skipping tests), then run
#   deploy/run-local.sh --no-build run what is already built
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/java-home.sh
if [ "${1:-}" != "--no-build" ]; then
  echo "Building (tests skipped) with $(java -version 2>&1 | head -1)..."
  ./mvnw -q -B -DskipTests package -pl gateway,contract-service,funding-service,governance-service,notification-service,console,deploy/identity-provider,deploy/simulated-portal,deploy/local-stack -am
fi
# The JDK's AOT cache (JDK 25): the first run records it (and writes it at Ctrl-C, a minute or two), later runs start
# in about half the time. CLS_AOT_CACHE=false runs without it.
export CLS_AOT_CACHE="${CLS_AOT_CACHE:-true}"
exec java -cp "deploy/local-stack/target/classes:$(cat deploy/local-stack/target/runtime.classpath)" \
  fr.cls.deploy.LocalStack "$PWD"
