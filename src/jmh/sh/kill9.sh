#!/usr/bin/env bash
# Durability under kill -9 (docs/benchmarks.md, section 8): trainees practise against the jar, the server is
# killed with SIGKILL at a random moment under load and restarted on the same data, KILLS times; then every
# acknowledged turn is read back through the API. Prints "acknowledged N lost M".
# Usage: src/jmh/sh/kill9.sh [sqlite|postgresql] [kills, default 20] [trainees, default 20]
# PostgreSQL: a fresh database on the server .ci/setup starts (CHANGETALK_KILL_PG_URL, default the local one),
# dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DB_KIND="${1:-sqlite}"; KILLS="${2:-20}"; TRAINEES="${3:-20}"
PORT="${CHANGETALK_KILL_PORT:-7983}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
export CHANGETALK_ADMIN_PASSWORD="kill-admin-$RANDOM-password"
[ -f target/changetalk.jar ] && [ -f target/test-classes/org/changetalk/web/DurabilityProbe.class ] || mvn -B -q package -DskipTests
# a copy of the build, so the project can be rebuilt while this runs
mkdir -p "$WORK/build" && cp target/changetalk.jar "$WORK/build/" && cp -r target/test-classes "$WORK/build/"
JAR="$WORK/build/changetalk.jar"
CP="$WORK/build/test-classes:$JAR"
DB_ARGS=()
PG_DB=""
if [ "$DB_KIND" = postgresql ]; then
  PG="${CHANGETALK_KILL_PG_URL:-postgresql://changetalk:changetalk@127.0.0.1:5432/changetalk}"
  PG_DB="ct_kill_$RANDOM$RANDOM"
  psql -q "$PG" -c "CREATE DATABASE $PG_DB"
  DB_ARGS=(--db "${PG%/*}/$PG_DB")
elif [ "$DB_KIND" != sqlite ]; then
  echo "usage: $0 [sqlite|postgresql] [kills] [trainees]" >&2; exit 2
fi
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill -9 "$SERVER" 2>/dev/null || true
  [ -n "$PG_DB" ] && psql -q "$PG" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
start() {
  # a start may fail when the database does not answer within its connect timeout (PostgreSQL busy with other
  # work's checkpoints): that is a failed start, not a lost turn, so it is retried (and counted)
  for attempt in 1 2 3; do
    java -jar "$JAR" serve --port "$PORT" --data "$WORK/data" --web "$WORK/none" "${DB_ARGS[@]}" \
      >> "$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 300); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/health")" = 200 ] && return 0
      kill -0 "$SERVER" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER" 2>/dev/null || true
    echo "start attempt $attempt failed: $(grep -o 'cannot open the database.*' "$WORK/server.log" | tail -1 | cut -c1-160)"
  done
  echo "the server did not become ready; its log:" >&2; tail -20 "$WORK/server.log" >&2; exit 1
}
start
java -cp "$CP" org.changetalk.web.DurabilityProbe setup "$URL" "$WORK" "$TRAINEES"
touch "$WORK/acked.txt"
for k in $(seq 1 "$KILLS"); do
  java -cp "$CP" org.changetalk.web.DurabilityProbe run "$URL" "$WORK" 60 > "$WORK/run.txt" 2>&1 &
  PROBE=$!
  # once the load is on (the probe has had a turn acknowledged), a random moment 1–4 s later
  before=$(wc -l < "$WORK/acked.txt")
  for _ in $(seq 1 300); do
    [ "$(wc -l < "$WORK/acked.txt")" -gt "$before" ] && break
    sleep 0.1
  done
  sleep "$((1 + RANDOM % 3)).$((RANDOM % 10))"
  kill -9 "$SERVER"; wait "$SERVER" 2>/dev/null || true
  wait "$PROBE" || true
  echo "kill $k: $(tail -1 "$WORK/run.txt")"
  start
done
java -cp "$CP" org.changetalk.web.DurabilityProbe verify "$URL" "$WORK" | tail -5
echo "database: $DB_KIND; kills: $KILLS; trainees: $TRAINEES; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
