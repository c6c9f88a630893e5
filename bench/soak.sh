#!/usr/bin/env bash
# Soak: 64 connections of mixed traffic against the embedded default for MINUTES minutes (default
# 10), on 127.0.0.1 only: list active items, get one, add, archive what was added, and now and then
# a report to the outbox. Prints, per minute, requests/s, errors (non-2xx and socket errors), p99
# and the service's resident memory; then whether there were no errors and memory stayed within
# +-10% of the first minute's. Starts the jar the way the README's run command does.
# Needs JDK 25; installs wrk with apt-get when missing. Usage: bench/soak.sh [minutes]
. "$(dirname "$0")/common.sh"
minutes=${1:-10}
port=18182
ensure_wrk
ensure_jar

# Reports are part of the mix at about one every 20,000 requests per wrk thread; the limit is raised
# so that they are served rather than refused (the rate limit has its own test).
# SOAK_JVM_LOG adds JVM options for a look inside, e.g. -Xlog:gc:file=gc.log.
start_service "$port" REPORT_RATE_LIMIT=600 JDK_JAVA_OPTIONS="${SOAK_JVM_LOG:-}"
for i in $(seq 1 100); do
  curl -fs -o /dev/null -H 'content-type: application/json' \
    -d "{\"name\":\"Soak\",\"guide\":\"java\",\"description\":\"Seed item $i\",\"status\":\"\",\"archived\":false}" \
    "http://127.0.0.1:$port/api/items"
done

cat >"$work/soak.lua" <<'LUA'
local counter, pending, recent = 0, {}, {}
local json = { ["content-type"] = "application/json" }
request = function()
  counter = counter + 1
  if counter % 20000 == 0 then
    return wrk.format("POST", "/api/items:report", json, '{"email":"soak@example.com"}')
  end
  local r = counter % 20
  if r < 3 then
    return wrk.format("POST", "/api/items", json,
      '{"name":"Soak","guide":"java","description":"Added by the soak","status":"","archived":false}')
  elseif r < 6 and #pending > 0 then
    return wrk.format("PUT", "/api/items/" .. table.remove(pending, 1) .. ":archive")
  elseif r < 10 and #recent > 0 then
    return wrk.format("GET", "/api/items/" .. recent[math.random(#recent)])
  end
  return wrk.format("GET", "/api/items?archived=false")
end
response = function(status, headers, body)
  -- Only an add answers with a Location header: remember the item, to archive and to get it.
  if status == 200 and (headers["location"] or headers["Location"]) then
    local id = body:match('"id":"(%d+)"')
    if id then
      table.insert(pending, id)
      table.insert(recent, id)
      if #recent > 100 then table.remove(recent, 1) end
    end
  end
end
LUA

echo "soak: $minutes min, 64 connections, mixed traffic (list 50%, get 20%, add 15%, archive 15%, reports)"
total_errors=0; first_rss=""; min_rss=""; max_rss=""
for minute in $(seq 1 "$minutes"); do
  out=$(wrk -t2 -c64 -d60s --latency -s "$work/soak.lua" "http://127.0.0.1:$port")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out"); socket=${socket:-0}
  rss=$(rss_mb)
  errors=$((non2xx + socket)); total_errors=$((total_errors + errors))
  printf 'minute %2d: %9s req/s   p99 %8s   errors %d (non-2xx %d, socket %d)   rss %d MB\n' \
    "$minute" "$rps" "$p99" "$errors" "$non2xx" "$socket" "$rss"
  if [ "$minute" -eq 1 ]; then first_rss=$rss; min_rss=$rss; max_rss=$rss; fi
  [ "$rss" -lt "$min_rss" ] && min_rss=$rss; [ "$rss" -gt "$max_rss" ] && max_rss=$rss
done
reports=$(ls "$work/outbox" 2>/dev/null | wc -l)
echo "reports written: $reports; active items at the end: $(curl -fs "http://127.0.0.1:$port/api/items?archived=false" | grep -o '"id"' | wc -l)"
flat=$(awk -v f="$first_rss" -v lo="$min_rss" -v hi="$max_rss" 'BEGIN {print (lo >= 0.9 * f && hi <= 1.1 * f) ? "yes" : "no"}')
echo "errors: $total_errors; rss after minute 1: $first_rss MB, range $min_rss-$max_rss MB, within +-10%: $flat"
result soak "minutes=$minutes errors=$total_errors rss_first_mb=$first_rss rss_min_mb=$min_rss rss_max_mb=$max_rss flat=$flat reports=$reports"
