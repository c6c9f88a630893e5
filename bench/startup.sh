#!/usr/bin/env bash
# Start-up: from starting bin/item-tracker (the README's run command, embedded default, a fresh data
# directory each time) to the first answered GET /api/items, with the AOT cache that `package`
# trained and without it, next to a bare `java -version` on the same machine. RUNS times each
# (default 5); prints the median and the range. Usage: bench/startup.sh [runs]
. "$(dirname "$0")/common.sh"
runs=${1:-5}
port=18184
ensure_jar
[ -f app-micronaut/target/item-tracker.aot ] || echo "note: no AOT cache beside the jar; run the package build" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
described() { sort -n | awk '{a[NR] = $1} END {printf "median %5d ms   range %d-%d ms", a[int((NR + 1) / 2)], a[1], a[NR]}'; }

reference=$(java_version_ms "$runs")
echo "java -version:                   median $reference ms"
for mode in on off; do
  for run in $(seq 1 "$runs"); do
    rm -rf "$work/data"
    start=$(now_ms)
    ITEM_TRACKER_AOT=$mode DATA_DIR="$work/data" OUTBOX_DIR="$work/outbox" PORT=$port bin/item-tracker >"$work/log.$run" 2>&1 &
    pid=$!
    # Wait for the listening port with bash's own /dev/tcp, then ask. A curl every 10 ms would
    # start a process each time and, at some 6 ms of CPU each, take a third of one of the two cores
    # from the service that is starting: it made the figure 50-60 ms worse here.
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && curl -fs -o /dev/null "http://127.0.0.1:$port/api/items"; do
      kill -0 "$pid" 2>/dev/null || { cat "$work/log.$run"; exit 1; }
      sleep 0.01
    done
    echo $(($(now_ms) - start)) >>"$work/times.$mode"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  echo "first answer, AOT cache $mode: $( [ $mode = on ] && echo ' ')$(described <"$work/times.$mode")"
done
echo "Micronaut's own figure, last run: $(grep -o 'Startup completed in [0-9]*ms' "$work/log.$runs")"
with=$(median <"$work/times.on")
result startup "first_answer_ms=$with first_answer_without_aot_ms=$(median <"$work/times.off") java_version_ms=$reference" \
  "times_java_version=$(awk -v a="$with" -v b="$reference" 'BEGIN {printf "%.0f", a / b}') runs=$runs"
