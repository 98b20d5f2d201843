#!/usr/bin/env bash
# Every conversation × every script in src/test/resources/practice/scripts × the seeds, as `practice --script` prints
# them (text and --json), one file per play, into OUT (cli/TranscriptDump). A speed change must leave them
# byte-identical: src/jmh/sh/transcripts.sh before.jar /tmp/a; src/jmh/sh/transcripts.sh after.jar /tmp/b; diff -r /tmp/a /tmp/b
# Usage: src/jmh/sh/transcripts.sh JAR OUT [seeds…, default 1 2 3]
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR="$1"; OUT="$2"; shift 2
[ $# -gt 0 ] || set -- 1 2 3
CLASSES="$(mktemp -d)"
trap 'rm -rf "$CLASSES"' EXIT
javac -nowarn -d "$CLASSES" -cp "$JAR" src/jmh/java/org/changetalk/cli/TranscriptDump.java
java -cp "$CLASSES:$JAR" org.changetalk.cli.TranscriptDump "$OUT" src/test/resources/practice/scripts "$@"
