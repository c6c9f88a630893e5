#!/usr/bin/env bash
# How the list call's cost grows: GET /api/items?archived=false on the embedded default (started as
# the README's run command does) with 10, 100, 1,000 and 10,000 active items, each with 1, 16 and 64
# connections for SECONDS seconds (default 5). Prints req/s, p99 and the CPU time of the service per
# request (from /proc), and per listed item, so that growth with the items (at most linear, per the
# issue) and with the connections (no cliff) can be read off. Usage: bench/cost-growth.sh [seconds]
. "$(dirname "$0")/common.sh"
seconds=${1:-5}
port=18186
ensure_wrk
ensure_jar
base="http://127.0.0.1:$port/api"
start_service "$port"
curl -fs -o /dev/null "$base/items"

printf '%7s %6s %10s %10s %14s %14s\n' items conns "req/s" p99 "CPU ms/req" "CPU us/item"
summary=()
for items in 10 100 1000 10000; do
  add_items "$port" "$items"
  have=$(adds_so_far "$port")
  warm_up "$base/items?archived=false" 16 >/dev/null
  for conns in 1 16 64; do
    threads=$((conns < 2 ? 1 : 2))
    before=$(cpu_ms)
    out=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 60s --latency "$base/items?archived=false")
    cpu=$(($(cpu_ms) - before))
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    per_request=$(awk -v c="$cpu" -v r="$requests" 'BEGIN {printf "%.3f", c / r}')
    per_item=$(awk -v c="$cpu" -v r="$requests" -v n="$have" 'BEGIN {printf "%.2f", c * 1000 / r / n}')
    printf '%7d %6d %10.0f %10s %14s %14s\n' "$have" "$conns" "$rps" "$p99" "$per_request" "$per_item"
    if [ "$conns" -eq 16 ]; then
      summary+=("rps_${items}=$(printf '%.0f' "$rps")" "cpu_us_per_item_${items}=$per_item")
    fi
  done
done
result cost-growth "${summary[@]}"
