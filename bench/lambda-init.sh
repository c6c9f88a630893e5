#!/usr/bin/env bash
# The Lambda handler's initialisation, measured locally: a fresh JVM per run constructs the handler
# (io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction, as the Lambda Java runtime
# does) on the embedded store and invokes it twice with an API Gateway v2 GET /api/items event. With
# the JVM options the AWS stack gives the function (C1 only) and with the service's defaults, next to
# a bare `java -version`. AWS_REGION is set, as Lambda always sets it. Lambda's own init adds its runtime's start and the download of the jar;
# SnapStart replaces all of it with a restore (README, "Deploy to AWS"). Usage: bench/lambda-init.sh [runs]
. "$(dirname "$0")/common.sh"
runs=${1:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
ensure_jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reference=$(java_version_ms "$runs")
echo "java -version: median $reference ms"
# The single-file source launcher compiles LambdaInit first; that is not the handler's time, so it
# is compiled once here and the runs start from the class.
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp app-micronaut/target/item-tracker.jar bench/LambdaInit.java
summary=("java_version_ms=$reference")
for opts in "-XX:+TieredCompilation -XX:TieredStopAtLevel=1" "-XX:+UseSerialGC -Xms48m -Xmx128m"; do
  echo "JVM options: $opts"
  : >"$work/runs"
  for run in $(seq 1 "$runs"); do
    rm -rf "$work/data"
    # shellcheck disable=SC2086 # the options are a list
    AWS_REGION=eu-west-1 DATA_DIR="$work/data" OUTBOX_DIR="$work/outbox" LOG_FORMAT=json "$java" $opts -cp "$work/classes:app-micronaut/target/item-tracker.jar" LambdaInit 2>/dev/null | grep '^jvm-to-main' | tee -a "$work/runs"
  done
  key=$([ "${opts#*TieredStopAtLevel=1}" != "$opts" ] && echo c1 || echo service)
  summary+=("init_ms_$key=$(awk '{print $6}' "$work/runs" | median)" "first_invocation_ms_$key=$(awk '{print $10}' "$work/runs" | median)")
done
result lambda-init "${summary[@]}"
