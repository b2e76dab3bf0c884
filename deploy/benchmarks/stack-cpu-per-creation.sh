#!/usr/bin/env bash
# The whole local stack's CPU per contract creation: every java and postgres process's user + system time
# (/proc/<pid>/stat) from the start of a wrk run of creations until the machine is idle again (the events' consumers
# and the emails included), divided by the creations wrk counted; wrk itself is left out.
# Usage: TOKEN=... [DELAY_MS=170] deploy/benchmarks/stack-cpu-per-creation.sh [SECONDS] [CONNECTIONS] [GATEWAY_URL]
set -euo pipefail
seconds=${1:-30}; connections=${2:-8}; gateway=${3:-http://127.0.0.1:8080}
script="$(dirname "$0")/create.lua"
hz=$(getconf CLK_TCK)

label() {
  case "$(tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null)" in
    *gateway*) echo gateway ;; *contract-service*) echo contract-service ;; *funding-service*) echo funding-service ;;
    *governance-service*) echo governance-service ;; *notification-service*) echo notification-service ;;
    *kafka*) echo kafka ;; *greenmail*) echo mail-server ;; *identity-provider*) echo identity-provider ;;
    *simulated-portal*) echo portal ;; *postgres*) echo postgresql ;; *) echo other ;;
  esac
}
ticks() { for pid in $(pgrep -f 'java|postgres'); do echo "$pid $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"; done | sort; }
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }

before=$(mktemp); after=$(mktemp); trap 'rm -f "$before" "$after"' EXIT
ticks > "$before"
out=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$script" "$gateway/api/v1/contracts")
# Idle again: under 15 % busy over 3 s.
read -r b0 t0 < <(busy)
while sleep 3; do
  read -r b1 t1 < <(busy)
  (( (b1 - b0) * 100 < 15 * (t1 - t0) )) && break
  b0=$b1; t0=$t1
done
ticks > "$after"
creations=$(awk '/requests in/ {print $1}' <<<"$out")
echo "$out" | grep -E 'Requests/sec|Non-2xx' || true
join "$before" "$after" | while read -r pid first last; do echo "$(label "$pid") $((last - first))"; done |
  awk -v n="$creations" -v hz="$hz" '{ms[$1] += $2; all += $2}
    END {for (p in ms) printf "%-22s %6.2f ms\n", p, ms[p] * 1000 / hz / n;
         printf "%-22s %6.2f ms per creation (%d creations)\n", "whole stack", all * 1000 / hz / n, n}' | sort -k2 -nr
