#!/usr/bin/env bash
# Compares the AWS SDK's URL-connection and Apache HTTP clients for the Data API store, against the
# in-process fake Data API on local PostgreSQL (loopback only). Prints start-up and calls/s.
# Needs JDK 25 and ITEMTRACKER_TEST_POSTGRES_URL/_USER/_PASSWORD. Usage: bench/data-api-http-client.sh [calls]
. "$(dirname "$0")/common.sh"
# One reactor build, as start_fake does: the module's siblings resolve to their target folders.
./mvnw -q -B -pl adapter-aurora-dataapi -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="adapter-aurora-dataapi/target/test-classes:adapter-aurora-dataapi/target/classes:core/target/classes:test-support/target/classes:$(cat adapter-aurora-dataapi/target/bench.classpath)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for first in url-connection apache; do
  echo "-- JVM with $first built first"
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" com.example.itemtracker.adapter.dataapi.HttpClientBenchmark "${1:-400}" "$first" \
    2>/dev/null | tee -a "$out"
done
# Each client's figures from the JVM in which it was built first (its cold start is only seen there).
summary=()
for client in url-connection apache; do
  line=$(grep "^$client  *cold" "$out" | head -1)
  summary+=("${client}_first_call_ms=$(awk '{print $5}' <<<"$line")" "${client}_one_caller_calls_per_s=$(awk '{print $9}' <<<"$line")"
    "${client}_eight_callers_calls_per_s=$(awk '{print $13}' <<<"$line")")
done
result data-api-http-client "${summary[@]}"
