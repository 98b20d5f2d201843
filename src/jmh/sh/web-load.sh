#!/usr/bin/env bash
# Web load test (docs/benchmarks.md (section 4)): starts the jar on a temp data dir (SQLite), runs the load client
# with N trainees (default 50), stops the server. Usage: src/jmh/sh/web-load.sh [trainees] [extra LoadClient args…]
# CHANGETALK_JAR=other.jar serves another build (before/after); the load client comes from target/test-classes
# (CHANGETALK_LOAD_CLASSES: a copy of them, so that a rebuild during the run does not replace its classes).
set -euo pipefail
cd "$(dirname "$0")/../../.."
N="${1:-50}"; shift || true
PORT="${CHANGETALK_LOAD_PORT:-7979}"
JAR="${CHANGETALK_JAR:-target/changetalk.jar}"
CLIENT_CLASSES="${CHANGETALK_LOAD_CLASSES:-target/test-classes}"
DATA="$(mktemp -d)"
export CHANGETALK_ADMIN_PASSWORD="load-admin-$RANDOM-password"
[ -f target/changetalk.jar ] && [ -d target/test-classes/org/changetalk/web ] || mvn -B -q package -DskipTests
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${CHANGETALK_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" --data "$DATA" --web "$DATA/none" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.2; done
java -cp "$CLIENT_CLASSES:$JAR" org.changetalk.web.LoadClient \
  --url "http://127.0.0.1:$PORT" --trainees "$N" "$@" | while IFS= read -r line; do
    echo "$line"
    case "$line" in "signed in"*|"practice turns:"*) echo "  (load average $(cut -d' ' -f1-3 /proc/loadavg))" ;; esac
  done
