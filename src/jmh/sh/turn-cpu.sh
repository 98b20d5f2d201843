#!/usr/bin/env bash
# Server CPU per practice turn (docs/benchmarks.md, sections 12 and 14): starts the production server with cheap
# hashes for the setup's new passwords (bench/TurnCpuServer: only the setup hashes, a turn never does), runs the
# load client, and reads the server's and the client's CPU from /proc between the end of the sign-ins and the end
# of practice, the server's by thread group (request threads, JIT compilers, GC, other). CPU, unlike latency,
# hardly depends on what else the machine runs, so two jars can be compared on a shared machine run after run.
# Usage: src/jmh/sh/turn-cpu.sh [jar, default target/changetalk.jar] [LoadClient args…, default --trainees 500]
#   e.g. src/jmh/sh/turn-cpu.sh target/changetalk.jar --trainees 4 --turns 3000 --think-ms 0 --warmup-turns 0
# The load client comes from target/test-classes (CHANGETALK_LOAD_CLASSES to use another build's).
# CHANGETALK_WARM_RUN="--trainees 4 --turns 2000 --think-ms 0" first runs an unmeasured load client with those
# arguments, so the measured run sees a server whose JIT has settled (without it, the JIT is in the numbers).
# The server warms up after ready as `serve` does (web/TurnWarmUp), beside the load client's sign-ins; with
# CHANGETALK_AFTER_WARM_UP=1 the load client starts only once that warm-up is over (trainees who come a little
# after a start), and CHANGETALK_WARM_UP_TURNS=0 turns it off (a cold server, as before the warm-up existed).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR="${1:-target/changetalk.jar}"; shift || true
[ $# -gt 0 ] || set -- --trainees 500
PORT="${CHANGETALK_LOAD_PORT:-7983}"
CLIENT_CLASSES="${CHANGETALK_LOAD_CLASSES:-target/test-classes}"
WORK="$(mktemp -d)"
export CHANGETALK_ADMIN_PASSWORD="load-admin-$RANDOM-password"
mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$JAR" src/jmh/java/org/changetalk/bench/TurnCpuServer.java
java ${CHANGETALK_JAVA_OPTS:-} -cp "$WORK/classes:$JAR" org.changetalk.bench.TurnCpuServer "$PORT" "$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.2; done

if [ -n "${CHANGETALK_AFTER_WARM_UP:-}" ]; then
  # the warm-up runs on the thread that loads the coder ("changetalk-lexicon"; /proc shows 15 characters of a name)
  T0=$(date +%s.%N); SEEN=""
  for _ in $(seq 1 600); do
    if grep -qs '^changetalk-lexi' /proc/$SERVER/task/*/comm; then SEEN=1; elif [ -n "$SEEN" ]; then break; fi
    sleep 0.1
  done
  echo "server warm-up over $(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s after ready"
fi

if [ -n "${CHANGETALK_WARM_RUN:-}" ]; then
  # shellcheck disable=SC2086
  java -cp "$CLIENT_CLASSES:$JAR" org.changetalk.web.LoadClient --url "http://127.0.0.1:$PORT" $CHANGETALK_WARM_RUN \
    | sed 's/^/warm-up run: /'
fi

# one line per thread: group, utime+stime in clock ticks; and the process's total (threads that ended included)
snapshot() {
  local pid=$1 out=$2
  : > "$out"
  for t in /proc/"$pid"/task/*; do
    local comm stat
    { read -r comm < "$t/comm" && read -r stat < "$t/stat"; } 2>/dev/null || continue  # builtins: no fork per thread
    stat=${stat##*) }
    local f=($stat)
    local g
    case "$comm" in
      qtp*|JettyServerThr*) g=request ;;
      C1\ Compiler*|C2\ Compiler*) g=jit ;;
      GC\ *|G1\ *|VM\ Thread) g=gc ;;
      *) g=other ;;
    esac
    echo "${t##*/} $g $(( f[11] + f[12] ))" >> "$out"
  done
  local p; read -r p < /proc/"$pid"/stat; p=${p##*) }; local pf=($p)
  echo "0 total $(( pf[11] + pf[12] ))" >> "$out"
}

java -cp "$CLIENT_CLASSES:$JAR" org.changetalk.web.LoadClient --url "http://127.0.0.1:$PORT" "$@" > >(
  while IFS= read -r line; do
    echo "$line"
    case "$line" in
      "signed in"*) snapshot $SERVER "$WORK/s0"; snapshot "$(cat "$WORK/client.pid")" "$WORK/c0"; cat /proc/loadavg > "$WORK/l0" ;;
      "practice turns:"*) snapshot $SERVER "$WORK/s1"; snapshot "$(cat "$WORK/client.pid")" "$WORK/c1"; cat /proc/loadavg > "$WORK/l1"
        echo "$line" | sed -E 's/practice turns: ([0-9]+) in ([0-9.]+) s.*/\1 \2/' > "$WORK/turns" ;;
    esac
  done) &
CLIENT=$!  # the java process itself: a simple command run in the background is exec'd by its subshell
echo "$CLIENT" > "$WORK/client.pid"
wait $CLIENT
for _ in $(seq 1 50); do [ -f "$WORK/turns" ] && break; sleep 0.1; done
read -r TURNS SECS < "$WORK/turns"
HZ=$(getconf CLK_TCK)
echo "load average: start $(cut -d' ' -f1-3 "$WORK/l0"), end $(cut -d' ' -f1-3 "$WORK/l1")"
awk -v turns="$TURNS" -v secs="$SECS" -v hz="$HZ" '
  # per thread: its CPU in the window (a thread that started in it from 0; one that ended in it is only in the total)
  FNR == 1 { file++ }
  { v = $3 * 1000 / hz; k = $1 " " $2
    if (file == 1) a[k] = v; else if (file == 2) { b[k] = v; grp[k] = $2 } else if (file == 3) ca[$2] += v; else cb[$2] += v }
  END {
    for (k in b) { if (grp[k] != "total") d[grp[k]] += b[k] - a[k] }
    total = b["0 total"] - a["0 total"]; listed = 0
    printf "server CPU per turn: %.3f ms (%d turns in %s s; %.0f%% of one core)\n", total / turns, turns, secs, total / secs / 10
    n = split("request jit gc other", g, " ")
    for (i = 1; i <= n; i++) { listed += d[g[i]]; printf "  %-8s %.3f ms\n", g[i], d[g[i]] / turns }
    printf "  %-8s %.3f ms\n", "ended", (total - listed) / turns
    ct = cb["total"] - ca["total"]
    printf "load client CPU per turn: %.3f ms (%.0f%% of one core)\n", ct / turns, ct / secs / 10
  }' "$WORK/s0" "$WORK/s1" "$WORK/c0" "$WORK/c1"
