# Shared by the bench scripts (sourced, not run): the tools they need, and starting the service the
# way the README's run command does, on loopback, in a temporary directory, stopped on exit. A script
# sources it first: it runs strictly, from the project's root, whatever the caller's directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# wrk from Debian's packages when missing.
ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# The runnable jar (and the AOT cache beside it), built when missing.
ensure_jar() {
  [ -f app-micronaut/target/item-tracker.jar ] || ./mvnw -q -B -pl app-micronaut -am package -DskipTests
}

# start_service PORT [VAR=value ...]: starts bin/item-tracker with its data and outbox under $work
# (made here) and the given settings, waits (60 s at most) until /health answers 200, and leaves its
# pid in $pid and its log in $work/log. On exit the service is stopped, the end of its log is printed
# if the script failed (a failed request's cause is there, and $work goes), a bench_cleanup function
# the script defines is called, and $work is removed.
start_service() {
  work=$(mktemp -d)
  trap 'status=$?; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
        if [ "$status" -ne 0 ] && [ -s "$work/log" ]; then echo "the service log, last 40 lines:" >&2; tail -n 40 "$work/log" >&2; fi
        ! declare -F bench_cleanup >/dev/null || bench_cleanup; rm -rf "$work"' EXIT
  run_service "$@"
}

# restart_service PORT [VAR=value ...]: stops the service (gracefully) and starts it again on the same
# data and outbox.
restart_service() {
  kill "$pid"; wait "$pid" 2>/dev/null || true
  run_service "$@"
}

run_service() {
  local port=$1 tries=0
  shift
  env DATA_DIR="$work/data" OUTBOX_DIR="$work/outbox" PORT="$port" "$@" bin/item-tracker >>"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$pid" 2>/dev/null || [ $((tries += 1)) -gt 1200 ]; then
      cat "$work/log" >&2; exit 1
    fi
    sleep 0.05
  done
}

# start_fake MODULE CLASS: runs a fake AWS endpoint from MODULE's test code in a JVM of its own, so
# that its CPU and memory are not counted as the service's. CLASS's main prints "endpoint=URL ..." and
# serves until its input closes. Leaves its pid in $fake and that line in $fake_line; stop_fake,
# called from the script's bench_cleanup, ends it.
start_fake() {
  local module=$1 class=$2 cp
  # One reactor build: the module's siblings (core, test-support, ...) resolve to their target
  # folders, so nothing needs to be installed into the local repository first.
  ./mvnw -q -B -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  cp="$module/target/test-classes:$module/target/classes:core/target/classes:store-sql/target/classes"
  cp="$cp:test-support/target/classes:$(cat "$module/target/bench.classpath")"
  fake_fifo=$(mktemp -u); mkfifo "$fake_fifo"
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" "$class" <"$fake_fifo" >"$fake_fifo.out" 2>/dev/null &
  fake=$!
  exec 7>"$fake_fifo"   # the fake serves while this stays open
  until grep -q '^endpoint=' "$fake_fifo.out" 2>/dev/null; do
    kill -0 "$fake" || { echo "$class did not start" >&2; exit 1; }
    sleep 0.2
  done
  fake_line=$(head -1 "$fake_fifo.out")
}
stop_fake() {
  exec 7>&-; wait "$fake" 2>/dev/null || true; rm -f "$fake_fifo" "$fake_fifo.out"
}

# Resident memory of the service, in MB.
rss_mb() {
  awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"
}

# Milliseconds of CPU (user and system) the service has used so far, or process PID's when one is given.
cpu_ms() {
  awk -v t="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/${1:-$pid}/stat"
}

# The median of the numbers on standard input, one a line.
median() {
  sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

# java_version_ms RUNS: the median time of a bare `java -version`, in ms: the machine's own reference
# for the start-up figures (machines here differ threefold).
java_version_ms() {
  local java=${JAVA_HOME:+$JAVA_HOME/bin/}java start
  for _ in $(seq 1 "$1"); do
    start=$(date +%s%3N); "$java" -version >/dev/null 2>&1; echo $(($(date +%s%3N) - start))
  done | median
}

# result NAME KEY=VALUE...: the one machine-readable line each script ends with; docs/performance.md
# quotes these lines, with the date and the number of cores they were measured on.
result() {
  local name=$1
  shift
  echo "RESULT $name $* date=$(date -u +%F) cores=$(nproc)"
}

# add_items PORT COUNT: adds items over HTTP with wrk until the service's own counter of adds
# (/prometheus) reaches COUNT. wrk runs out its duration even when its threads have stopped, so it
# is stopped once the counter says the adds are done.
adds_so_far() {
  curl -fs "http://127.0.0.1:$1/prometheus" \
    | awk '/^itemtracker_store_operations_seconds_count\{operation="add",outcome="ok"/ {n = int($2)} END {print n + 0}'
}
add_items() {
  local port=$1 count=$2 adder have
  have=$(adds_so_far "$port"); have=${have:-0}
  [ "$have" -lt "$count" ] || return 0
  cat >"$work/add.lua" <<LUA
local left = math.ceil(($count - $have) / 2)
local body = '{"name":"Me","guide":"java","description":"Show how to add an item to the tracker, one of many","status":"In progress","archived":false}'
request = function() return wrk.format("POST", "/api/items", { ["content-type"] = "application/json" }, body) end
response = function() left = left - 1; if left <= 0 then wrk.thread:stop() end end
LUA
  wrk -t2 -c2 -d600s -s "$work/add.lua" "http://127.0.0.1:$port" >/dev/null &
  adder=$!
  until [ "$(adds_so_far "$port")" -ge "$count" ] || ! kill -0 "$adder" 2>/dev/null; do sleep 0.1; done
  kill -INT "$adder" 2>/dev/null || true; wait "$adder" 2>/dev/null || true
}

# warm_up URL CONNECTIONS: load URL in 2-second wrk rounds until the JIT has compiled the hot path:
# three rounds in a row no faster than the best before them by 3%, in each of which the JIT spent
# less than 0.1 s compiling (jstat; at least 5 rounds, at most 40). The rate alone misled: on 2 shared
# cores the compiler competes with the load, and a climb stalled for three rounds while C2 was still
# busy (4,014 / 4,098 / 4,131 / 4,016 req/s, then 8-9k once it was done), which measured the service
# at half its steady rate. Prints each round's req/s and, in brackets, the JIT's seconds in it.
jit_seconds() {
  jstat -compiler "$pid" 2>/dev/null | awk 'NR == 2 {print $4}'
}
warm_up() {
  local url=$1 conns=$2 round best=0 rate flat=0 before after busy
  printf 'warm-up, req/s per 2 s round [JIT s]:'
  after=$(jit_seconds)
  for round in $(seq 1 40); do
    before=$after
    rate=$(wrk -t2 -c"$conns" -d2s "$url" | awk '/Requests\/sec/ {printf "%d", $2}')
    after=$(jit_seconds)
    busy=$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.2f", a - b}')
    printf ' %s [%s]' "$rate" "$busy"
    if [ "$((rate * 100))" -gt "$((best * 103))" ] || awk -v s="$busy" 'BEGIN {exit !(s >= 0.1)}'; then
      flat=0
    else
      flat=$((flat + 1))
    fi
    [ "$rate" -gt "$best" ] && best=$rate
    if [ "$round" -ge 5 ] && [ "$flat" -ge 3 ]; then break; fi
  done
  echo
}
