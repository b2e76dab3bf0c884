#!/usr/bin/env bash
# CPU milliseconds a process spends per request during a wrk run against one URL.
# Usage: deploy/benchmarks/cpu-per-request.sh PID URL WRK_LUA_SCRIPT [SECONDS]
# e.g. a GET with a token: printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$TOKEN" > get.lua
set -euo pipefail
pid=$1; url=$2; script=$3; seconds=${4:-15}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
out=$(wrk -t2 -c8 -d"${seconds}s" -s "$script" "$url")
after=$(ticks)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
echo "$url: $rate req/s, $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms CPU per request (pid $pid)"
