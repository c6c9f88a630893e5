#!/usr/bin/env bash
# Compares the AWS SDK's URL-connection and Apache HTTP clients for the Data API store, against the
# in-process fake Data API on local PostgreSQL (loopback only). Prints start-up and calls/s.
# Needs JDK 25 and ITEMTRACKER_TEST_POSTGRES_URL/_USER/_PASSWORD. Usage: bench/data-api-http-client.sh [calls]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl adapter-aurora-dataapi -am test-compile -DskipTests
./mvnw -q -B -pl adapter-aurora-dataapi dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="adapter-aurora-dataapi/target/test-classes:adapter-aurora-dataapi/target/classes:core/target/classes:test-support/target/classes:$(cat adapter-aurora-dataapi/target/bench.classpath)"
for first in url-connection apache; do
  echo "-- JVM with $first built first"
  java -cp "$cp" com.example.itemtracker.adapter.dataapi.HttpClientBenchmark "${1:-400}" "$first" 2>/dev/null
done
