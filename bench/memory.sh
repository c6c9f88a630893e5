#!/usr/bin/env bash
# Memory and size: the service as the README's run command starts it (bin/item-tracker, embedded
# default; JAVA_OPTS, when set, replaces its JVM settings), measured in three steps:
#   1. 100 active items, GET /api/items?archived=false with wrk, 16 connections, SECONDS seconds:
#      req/s and resident memory;
#   2. 100,000 active items (added over HTTP): a report, its time, the .eml's size and resident memory
#      afterwards, and again a few seconds later, when the JIT has finished compiling what the report
#      and the adds made hot (the report's own item count says how many there are);
#   3. the list of those 100,000 items: its time, size and item count, and resident memory afterwards
#      and a few seconds later (the first large listing makes the JIT recompile the listing's path);
#   4. the service restarted on those items: resident memory after each of three reports of them and
#      after listing them (no burst of adds before, so what remains is what the reads leave).
# SENDER is outbox (the default: the .eml files) or ses (the fake SES, in a JVM of its own, over HTTP;
# the same JVM settings, since StreamedRawMessage encodes the message for SES as it is sent).
# Needs JDK 25; installs wrk with apt-get when missing. Usage: bench/memory.sh [seconds] [items] [sender]
. "$(dirname "$0")/common.sh"
seconds=${1:-10}
items=${2:-100000}
sender=${3:-outbox}
port=18185
ensure_wrk
ensure_jar
now_ms() { date +%s%3N; }
base="http://127.0.0.1:$port/api"

settings=(REPORT_RATE_LIMIT=0)
if [ "$sender" = ses ]; then
  start_fake adapter-ses com.example.itemtracker.adapter.ses.FakeSesServer
  bench_cleanup() { stop_fake; }
  settings+=(REPORT_SENDER=ses SENDER_EMAIL=memory-bench@example.com SES_REGION=us-east-1 "SES_ENDPOINT=${fake_line#endpoint=}"
    AWS_ACCESS_KEY_ID=AKIDFAKEFAKEFAKE AWS_SECRET_ACCESS_KEY=fake-secret-key-never-real)
fi
start_service "$port" "${settings[@]}"
echo "report sender: $sender"
echo "JVM options: ${JAVA_OPTS:-the defaults of bin/item-tracker}"
for i in $(seq 1 100); do
  curl -fs -o /dev/null -H 'content-type: application/json' \
    -d "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"Show how to add item $i\",\"status\":\"\",\"archived\":false}" "$base/items"
done
echo "resident memory after start-up and 100 adds: $(rss_mb) MB"
wrk -t2 -c16 -d3s "$base/items?archived=false" >/dev/null
rps=$(wrk -t2 -c16 -d"${seconds}s" "$base/items?archived=false" | awk '/Requests\/sec/ {print $2}')
under_load=$(rss_mb)
printf 'list of 100 items, 16 connections, %ss: %.0f req/s; resident memory: %d MB\n' "$seconds" "$rps" "$under_load"

add_items "$port" "$items"
echo "resident memory after the adds: $(rss_mb) MB; data directory: $(du -sm "$work/data" | cut -f1) MB"

start=$(now_ms)
report=$(curl -fsS -H 'content-type: application/json' -d '{"email":"memory@example.com"}' "$base/items:report")
took=$(($(now_ms) - start))
delivery=$(grep -o 'delivery":"[a-z]*' <<<"$report" | cut -d'"' -f3)
active=$(grep -o 'itemCount":[0-9]*' <<<"$report" | cut -d: -f2)
if [ "$sender" = ses ]; then
  sent="sent through SES as $(grep -o 'messageId":"[^"]*' <<<"$report" | cut -d'"' -f3)"
else
  sent="$(stat -c %s "$work/outbox/$(ls -S "$work/outbox" | head -1)") bytes"
fi
after_report=$(rss_mb)
report_ms=$took
printf 'report of %d items: %d ms, %s, %s; resident memory afterwards: %d MB\n' "$active" "$took" "$delivery" "$sent" "$after_report"
sleep 5
echo "resident memory 5 s later: $(rss_mb) MB"

start=$(now_ms)
curl -fs -o "$work/list.json" "$base/items?archived=false"
took=$(($(now_ms) - start))
after_list=$(rss_mb)
printf 'list of %d items: %d ms, %d bytes; resident memory afterwards: %d MB; 5 s later: %d MB\n' \
  "$(grep -o '"id"' "$work/list.json" | wc -l)" "$took" "$(stat -c %s "$work/list.json")" "$after_list" "$(sleep 5; rss_mb)"
rm "$work/list.json"

restart_service "$port" "${settings[@]}"
echo "restarted on those items: resident memory $(rss_mb) MB"
restarted_report=0
for i in 1 2 3; do
  curl -fsS -o /dev/null -H 'content-type: application/json' -d '{"email":"memory@example.com"}' "$base/items:report"
  now=$(rss_mb)
  [ "$now" -gt "$restarted_report" ] && restarted_report=$now
  echo "report $i: resident memory $now MB"
done
curl -fs -o /dev/null "$base/items?archived=false"
echo "the list: resident memory $(rss_mb) MB; 5 s later: $(sleep 5; rss_mb) MB"
result memory "sender=$sender items=$active under_list_load_mb=$under_load list_rps=$(printf '%.0f' "$rps")" \
  "report_ms=$report_ms after_report_mb=$after_report after_listing_mb=$after_list restarted_after_reports_mb=$restarted_report"
