#!/usr/bin/env bash
# The service's own CPU per request with STORE=data-api: GET /api/items?archived=false (100 of 150
# items) against the fake Data API on local PostgreSQL, which runs in a JVM of its own so that its
# CPU is not counted. CPU time is the service process's user+system time from /proc. Prints the
# warm-up (the first 200 requests, one at a time, and the next 2,000) and the steady state (wrk,
# 16 connections, SECONDS seconds, after warm_up), with the AOT cache the build trained and without it.
# Needs JDK 25 and the PostgreSQL the tests use (ITEMTRACKER_TEST_POSTGRES_* or .ci/run's defaults).
# Usage: bench/data-api-cpu.sh [seconds]
. "$(dirname "$0")/common.sh"
seconds=${1:-10}
port=18187
ensure_wrk
ensure_jar
export ITEMTRACKER_TEST_POSTGRES_URL=${ITEMTRACKER_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/itemtracker_test}
export ITEMTRACKER_TEST_POSTGRES_USER=${ITEMTRACKER_TEST_POSTGRES_USER:-itemtracker}
export ITEMTRACKER_TEST_POSTGRES_PASSWORD=${ITEMTRACKER_TEST_POSTGRES_PASSWORD:-itemtracker}
start_fake adapter-aurora-dataapi com.example.itemtracker.adapter.dataapi.FakeDataApiServer
bench_cleanup() { stop_fake; }
endpoint=$(sed -n 's/^endpoint=\([^ ]*\) .*/\1/p' <<<"$fake_line"); table=$(sed -n 's/.* table=//p' <<<"$fake_line")

url="http://127.0.0.1:$port/api/items?archived=false"
summary=()
for aot in on off; do
  ITEM_TRACKER_AOT=$aot start_service "$port" STORE=data-api DATA_API_ENDPOINT="$endpoint" DATA_API_REGION=us-east-1 \
    CLUSTER_ARN=arn:aws:rds:us-east-1:123456789012:cluster:item-tracker-test \
    SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:item-tracker-test DATABASE=auroraappdb \
    TABLE_NAME="$table" AWS_ACCESS_KEY_ID=AKIDFAKEFAKEFAKE AWS_SECRET_ACCESS_KEY=fake-secret-key-never-real ITEM_TRACKER_AOT=$aot
  listed=$(curl -fs "$url" | grep -o '"id"' | wc -l)
  [ "$listed" -eq 100 ] || { echo "expected 100 active items, listed $listed" >&2; exit 1; }
  before=$(cpu_ms)
  for _ in $(seq 1 200); do curl -fs -o /dev/null "$url"; done
  first=$(awk -v a="$before" -v b="$(cpu_ms)" 'BEGIN {print (b - a) / 200}')
  before=$(cpu_ms)
  for _ in $(seq 1 2000); do printf 'url = "%s"\noutput = /dev/null\n' "$url"; done | curl -fs -K -
  next=$(awk -v a="$before" -v b="$(cpu_ms)" 'BEGIN {print (b - a) / 2000}')
  warm_up "$url" 16
  before=$(cpu_ms); fake_before=$(cpu_ms "$fake")
  out=$(wrk -t2 -c16 -d"${seconds}s" "$url")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  steady=$(awk -v a="$before" -v b="$(cpu_ms)" -v r="$requests" 'BEGIN {print (b - a) / r}')
  fake_steady=$(awk -v a="$fake_before" -v b="$(cpu_ms "$fake")" -v r="$requests" 'BEGIN {print (b - a) / r}')
  printf 'AOT cache %-3s  CPU ms per request: first 200 %.2f, next 2,000 %.2f, steady state %.3f (%s req/s)\n' \
    "$aot" "$first" "$next" "$steady" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  # The reference in the same window: the fake Data API, a JVM serving the one Data API call each
  # list request makes (HTTP, JSON, one JDBC query), has its CPU counted the same way.
  printf '               the fake Data API, same window: %.3f ms per request; service / fake: %.2f\n' \
    "$fake_steady" "$(awk -v a="$steady" -v b="$fake_steady" 'BEGIN {print a / b}')"
  summary+=("first200_ms_aot_$aot=$(printf '%.2f' "$first")" "next2000_ms_aot_$aot=$(printf '%.2f' "$next")"
    "steady_ms_aot_$aot=$(printf '%.3f' "$steady")" "fake_ms_aot_$aot=$(printf '%.3f' "$fake_steady")")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
result data-api-cpu "${summary[@]}"
