#!/usr/bin/env bash
# Start-up time (docs/benchmarks.md, section 5): launch to first healthy /api/health, first start (empty data
# folder) and restart (same folder). Usage: src/jmh/sh/startup.sh [runs, default 10] [other jars to compare…]
# (e.g. a jar built from an older commit: the jars take turns, so both see the same machine load). A jar with the
# build's class-data archive beside it (target/changetalk.jsa) starts as the README starts it, with the archive;
# plain:JAR starts it without (section 20).
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/changetalk.jar ] || mvn -B -q package -DskipTests
RUNS="${1:-10}"; shift || true
java src/jmh/java/org/changetalk/bench/StartupTimer.java "$RUNS" "${CHANGETALK_STARTUP_PORT:-7981}" target/changetalk.jar "$@"
