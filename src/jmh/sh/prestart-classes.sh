#!/usr/bin/env bash
# Makes src/main/resources/org/changetalk/web/prestart-classes.txt (see web/Prestart.java): the library classes a
# restart of the server loads from the jar on its way to the first healthy /api/health, in the order it loads them,
# without our own classes (they change every day), picocli's (the main thread needs those at once), and what the
# work done after ready loads (the scenario library's reading, the coder's lexicon: their threads are told apart
# by the classes they load). Run it on a quiet machine after a dependency upgrade (PrestartTest fails when a listed
# class is gone), then rebuild the jar. Usage: src/jmh/sh/prestart-classes.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/changetalk.jar ] || mvn -B -q package -DskipTests
PORT="${CHANGETALK_STARTUP_PORT:-7981}"
DATA="$(mktemp -d)"
OUT=src/main/resources/org/changetalk/web/prestart-classes.txt
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT

serve() { # serve [JVM options…]: starts the jar and waits until it is healthy; sets READY (seconds since it started)
  java "$@" -jar target/changetalk.jar serve --port "$PORT" --data "$DATA" > "$DATA/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/api/health" 2>/dev/null | grep -q '"ok"'; do
    kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
    sleep 0.005
  done
  local started; started=$(awk '{print $22}' "/proc/$SERVER/stat")
  READY=$(awk -v s="$started" -v hz="$(getconf CLK_TCK)" '{print $1 - s / hz}' /proc/uptime)
}
stop() { kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=; }

serve; stop # the first start makes the database: the list is a restart's
serve -Dchangetalk.prestart=off "-Xlog:class+load:file=$DATA/classes.log:uptime,tid"
sleep 3 # the work after ready gets far enough to show which threads are its own
stop
{
  echo "# Made by src/jmh/sh/prestart-classes.sh: library classes a restart loads before it is ready, in load order."
  awk -v ready="$READY" '
    { split($1, d, /[][s]+/); t = d[2] + 0; tid = d[3]; name = $2; line[NR] = t " " tid " " name " " $4 }
    name ~ /^org\.changetalk\.(scenario\.read\.(ConversationReader|Values|Fields|TestPlanReader)|coding\.(Lexicon|Coder)|web\.Requests\$Mapper)$/ { after[tid] = 1 }
    END {
      for (i = 1; i <= NR; i++) {
        split(line[i], f, " ")
        if (f[1] <= ready && !(f[2] in after) && f[4] ~ /^file:/ && f[3] !~ /\$\$Lambda|^org\.changetalk\.|^picocli\./ && !seen[f[3]]++) print f[3]
      }
    }' "$DATA/classes.log"
} > "$OUT"
echo "$(grep -vc '^#' "$OUT") classes in $OUT (ready after ${READY}s)"
