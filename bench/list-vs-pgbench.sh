#!/usr/bin/env bash
# The list call over HTTP against the database's own speed: GET /api/items?archived=false (100 active
# and 50 archived items in a table of the seed's shape, STORE=jdbc on PostgreSQL) with wrk, then
# pgbench running the same SELECT (the statement the store sends, prepared, as the JDBC driver
# sends it) with the same number of clients, back to back on the same server. Prints both and the
# ratio; loopback only, bounded by SECONDS per run (default 10).
# Needs JDK 25 and the PostgreSQL the tests use (ITEMTRACKER_TEST_POSTGRES_URL/_USER/_PASSWORD, else
# the .ci/run defaults); installs wrk with apt-get when missing. Usage: bench/list-vs-pgbench.sh [seconds] [connections]
. "$(dirname "$0")/common.sh"
seconds=${1:-10}
clients=${2:-16}
port=18183
url=${ITEMTRACKER_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/itemtracker_test}
user=${ITEMTRACKER_TEST_POSTGRES_USER:-itemtracker}
export PGPASSWORD=${ITEMTRACKER_TEST_POSTGRES_PASSWORD:-itemtracker}
hostport=${url#jdbc:postgresql://}; hostport=${hostport%%/*}
db=${url##*/}; db=${db%%\?*}
pg=(-h "${hostport%:*}" -p "${hostport#*:}" -U "$user" -d "$db")
ensure_wrk
ensure_jar
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client)" >&2; exit 1; }

table="bench_items_$$"
bench_cleanup() { psql -q "${pg[@]}" -c "DROP TABLE IF EXISTS $table" || true; }
trap bench_cleanup EXIT
psql -q -v ON_ERROR_STOP=1 "${pg[@]}" <<SQL
CREATE TABLE $table (iditem SERIAL PRIMARY KEY, description TEXT, guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT false);
INSERT INTO $table (description, guide, status, username, archived)
  SELECT 'Show how to add item ' || n, 'java', CASE WHEN n % 3 = 0 THEN 'In progress' ELSE '' END, 'Me', n > 100
  FROM generate_series(1, 150) AS n;
ANALYZE $table;
SQL

start_service "$port" STORE=jdbc JDBC_URL="$url" JDBC_USER="$user" JDBC_PASSWORD="$PGPASSWORD" TABLE_NAME="$table"
listed=$(curl -fs "http://127.0.0.1:$port/api/items?archived=false" | grep -o '"id"' | wc -l)
[ "$listed" -eq 100 ] || { echo "expected 100 active items, listed $listed" >&2; exit 1; }
# Steady state, as a running service has it: the JIT done and the pool full.
warm_up "http://127.0.0.1:$port/api/items?archived=false" "$clients"

http=$(wrk -t2 -c"$clients" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/items?archived=false")
http_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$http")
http_p99=$(awk '$1 == "99%" {print $2}' <<<"$http")
echo "SELECT iditem, description, guide, status, username, archived FROM $table WHERE archived = false OR archived IS NULL ORDER BY iditem;" >"$work/list.sql"
db_out=$(pgbench -n -M prepared -c "$clients" -j 2 -T "$seconds" -f "$work/list.sql" "${pg[@]}" 2>&1)
db_tps=$(awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}' <<<"$db_out")
rss=$(rss_mb)

printf 'GET /api/items?archived=false (100 items), %d connections: %10.0f req/s  p99 %s\n' "$clients" "$http_rps" "$http_p99"
printf 'pgbench, the same SELECT, %d clients:            %10.0f tps\n' "$clients" "$db_tps"
ratio=$(awk -v a="$http_rps" -v b="$db_tps" 'BEGIN {printf "%.2f", a / b}')
printf 'ratio HTTP / database: %s   (service resident memory after the load: %d MB)\n' "$ratio" "$rss"
result list-vs-pgbench "list_rps=$(printf '%.0f' "$http_rps") pgbench_tps=$(printf '%.0f' "$db_tps") ratio=$ratio" \
  "p99=$http_p99 connections=$clients rss_mb=$rss"
