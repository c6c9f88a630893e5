#!/usr/bin/env bash
# Measures the service on its embedded default: start-up time of the runnable jar, then requests/s
# and latency for the client's calls (list active, get one, add) with wrk on 127.0.0.1 only.
# Bounded: each load runs for DURATION seconds (default 10) with 2 threads and 16 connections.
# Needs JDK 25; installs wrk with apt-get when missing. Usage: bench/http-bench.sh [seconds]
. "$(dirname "$0")/common.sh"
duration=${1:-10}
port=18181
ensure_wrk
ensure_jar

start=$(date +%s%N)
start_service "$port"
started_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start-up to first healthy answer: $started_ms ms ($(grep -o 'Startup completed in [0-9]*ms' "$work/log"))"

base="http://127.0.0.1:$port/api"
for i in $(seq 1 50); do
  curl -fs -o /dev/null -H 'content-type: application/json' \
    -d "{\"name\":\"Bench\",\"guide\":\"java\",\"description\":\"Seed item $i\",\"status\":\"\",\"archived\":false}" "$base/items"
done
cat >"$work/add.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.body = '{"name":"Bench","guide":"java","description":"Added by wrk","status":"","archived":false}'
LUA
summary=("started_ms=$started_ms")
run() { # key label url [script]
  local key=$1 label=$2 url=$3 out
  shift 3
  out=$(wrk -t2 -c16 -d"${duration}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s", rps, p50, p99, (bad == "" ? 0 : bad)}')
  read -r rps p50 p99 bad <<<"$out"
  printf '%-42s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$label" "$rps" "$p50" "$p99" "$bad"
  summary+=("${key}_rps=$(printf '%.0f' "$rps")" "${key}_non2xx=$bad")
}
run list "GET /api/items?archived=false (50 items)" "$base/items?archived=false"
run get "GET /api/items/1" "$base/items/1"
run add "POST /api/items" "$base/items" -s "$work/add.lua"
result http-bench "${summary[@]}"
