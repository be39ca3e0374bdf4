#!/usr/bin/env bash
# Loads a city-scale data set into its own MariaDB/MySQL database and drives the packaged app
# over HTTP with wrk: a trivial endpoint, search filter mixes, near-me search and job detail,
# each for BENCH_SECONDS at BENCH_CONNECTIONS connections. Prints requests per second and
# p50/p99 latency per scenario; the full wrk output goes to target/bench/.
#
# Needs: the packaged app (./mvnw package -DskipTests -DskipJourneys), node, wrk
# (apt-get install wrk), the mysql/mariadb client. Only 127.0.0.1 is used.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR="$REPO/target/quarkus-app/quarkus-run.jar"
OUT="$REPO/target/bench"
DB_NAME=${BENCH_DB_NAME:-silver_bench}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
PORT=${BENCH_PORT:-18080}
JOBS=${BENCH_JOBS:-100000}
EMPLOYERS=${BENCH_EMPLOYERS:-5000}
SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
MYSQL=(mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")
[ -n "${DB_PASSWORD:-}" ] && MYSQL+=(-p"$DB_PASSWORD")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "package the app first: ./mvnw package -DskipTests -DskipJourneys" >&2; exit 1; }
mkdir -p "$OUT"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() {
  DB_NAME="$DB_NAME" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" PORT="$PORT" SILVER_SECRETS_EPHEMERAL=true \
    java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >>"$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log"; exit 1; }
    sleep 0.5
  done
  echo "the app did not become ready" >&2; exit 1
}

loaded=$("${MYSQL[@]}" -N -e "SELECT COUNT(*) FROM $DB_NAME.job" 2>/dev/null || echo 0)
if [ "$loaded" != "$JOBS" ] || [ -n "${BENCH_RELOAD:-}" ]; then
  echo "bench: creating $DB_NAME and loading $JOBS jobs of $EMPLOYERS employers"
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  start_app; stop_app   # Flyway builds the schema
  time (node "$HERE/generate.mjs" "$JOBS" "$EMPLOYERS" | "${MYSQL[@]}" "$DB_NAME")
  "${MYSQL[@]}" "$DB_NAME" -e "ANALYZE TABLE job, employer" >/dev/null
fi

start_app
echo "bench: app ready ($(grep -o 'Job search index loaded: [0-9]* open jobs' "$OUT/app.log" | tail -1))"
BASE="http://127.0.0.1:$PORT"

run() { # name, lua script or "", path
  local name=$1 script=$2 path=$3 args=(-t "$THREADS" -c "$CONNECTIONS" --latency)
  [ -n "$script" ] && args+=(-s "$HERE/$script")
  wrk "${args[@]}" -d 5s "$BASE$path" >/dev/null          # warm-up
  BENCH_JOBS="$JOBS" wrk "${args[@]}" -d "${SECONDS_EACH}s" "$BASE$path" >"$OUT/$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.txt")
  errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' "$OUT/$name.txt" | grep -Eo '[0-9]+$' || echo 0)
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '| %-22s | %10s | %8s | %8s | %6s | %9s |\n' "$name" "$rps" "$p50" "$p99" "$errors" "$load"
}

echo
echo "$CONNECTIONS connections, $THREADS wrk threads, ${SECONDS_EACH}s each, $JOBS jobs, $(nproc) cores"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (anything above ~0.5 is another process competing)"
printf '| %-22s | %10s | %8s | %8s | %6s | %9s |\n' scenario "req/s" p50 p99 non-2xx "load 1m"
printf '|%s|%s|%s|%s|%s|%s|\n' ------------------------ ------------ ---------- ---------- -------- -----------
run trivial-districts "" /api/v1/districts
run search-mix search.lua /api/v1/jobs
run near-me near.lua /api/v1/jobs
run job-detail detail.lua /api/v1/jobs/1
