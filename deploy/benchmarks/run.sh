#!/usr/bin/env bash
# The benchmark suite (docs/benchmarks.md, "The suite"): builds what it needs (tests skipped), starts a stack of its
# own on free ports with throw-away databases, loads it with Gatling and pgbench, prints the performance table and
# writes it to deploy/benchmarks/target/benchmarks/summary.md, the Gatling HTML reports beside it.
#   deploy/benchmarks/run.sh                 the short run (each step 30 s; 4 to 6 minutes in all)
#   deploy/benchmarks/run.sh --soak          then 10 minutes of creations at 1,000/s: 0 errors, 0 lost events, outbox empty
#   deploy/benchmarks/run.sh --no-build ...  run what is already built
# Options: --step-seconds N, --concurrency N, --soak-rate N, --soak-minutes N, --output DIR, --compare-gateway JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/java-home.sh
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: it comes with the server package, apt-get install postgresql)" >&2; exit 1; }
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  echo "Building (tests skipped) with $(java -version 2>&1 | head -1)..."
  ./mvnw -q -B -DskipTests install -pl gateway,contract-service,funding-service,governance-service,notification-service,deploy/identity-provider,deploy/simulated-portal,deploy/local-stack,deploy/benchmarks -am
fi
out=deploy/benchmarks/target/benchmarks
mkdir -p "$out"
# The load is one tenant's: its rate limit is raised for the run only, in a copy of the tenant directory the
# gateway and the services read instead of the built-in one (every other check stays as it is).
sed -E 's/rate-limit: \{requests-per-second: [0-9]+, burst: [0-9]+\}/rate-limit: {requests-per-second: 100000, burst: 100000}/' \
  tenancy/src/main/resources/cls-tenants.yml > "$out/cls-tenants-benchmark.yml"
export CLS_TENANTS_FILE="file:$PWD/$out/cls-tenants-benchmark.yml"
# Tokens outlive the soak run.
export CLS_IDP_TOKEN_TTL="${CLS_IDP_TOKEN_TTL:-1h}"
# A crowded machine starts the stack slowly; the cold start is measured whatever it takes.
# The JDK's AOT cache, as the launcher's run command: the first run records it, the next ones start from it.
export CLS_AOT_CACHE="${CLS_AOT_CACHE:-true}"
# Gatling reads a few JDK internals (as its Maven plugin opens them).
exec java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -Dcls.repo.root="$PWD" -Dcls.stack.health-timeout="${CLS_STACK_HEALTH_TIMEOUT:-PT15M}" \
  -cp "deploy/benchmarks/target/classes:$(cat deploy/benchmarks/target/runtime.classpath)" \
  fr.cls.benchmarks.BenchmarkSuite "$@"
