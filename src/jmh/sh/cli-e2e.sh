#!/usr/bin/env bash
# End-to-end speed of the batch CLI, JVM start included: codes one 500-turn conversation with
#   java -jar target/changetalk.jar code --in … --out … --summary …
# several times and reports the wall-clock time. Uses hyperfine when installed
# (apt-get install -y hyperfine), else a bash loop timed with date +%s%N.
#
# Usage: src/jmh/sh/cli-e2e.sh [RUNS]      (default 10; build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."

runs="${1:-10}"
jar=target/changetalk.jar
mix=src/jmh/resources/bench/turns.jsonl
[[ -f "$jar" ]] || { echo "cli-e2e: $jar missing; run: mvn -B -q package -DskipTests" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
in="$work/conversation-500.jsonl"

# One conversation of 500 turns: the benchmark mix (client and counselor alternating) repeated
# and cut at 500, all under a single conversation id so every turn is read against its history.
while [[ ! -s "$in" || "$(wc -l < "$in")" -lt 500 ]]; do
  sed -E 's/"conversation": *"[^"]*"/"conversation": "e2e"/' "$mix" >> "$in"
done
head -n 500 "$in" > "$work/tmp" && mv "$work/tmp" "$in"
echo "input: $(wc -l < "$in") turns, $(wc -c < "$in") bytes; $runs runs; $(nproc) cores; $(java -version 2>&1 | head -1)"

cmd="java -jar $jar code --in $in --out $work/out.jsonl --summary $work/summary.jsonl"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" --export-markdown "$work/result.md" "$cmd"
  cat "$work/result.md"
else
  $cmd && $cmd   # warm the file cache
  total=0; best=""; worst=0
  for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    $cmd
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    total=$((total + ms))
    [[ -z "$best" || $ms -lt $best ]] && best=$ms
    [[ $ms -gt $worst ]] && worst=$ms
  done
  echo "mean $((total / runs)) ms, min $best ms, max $worst ms over $runs runs"
fi
test "$(wc -l < "$work/out.jsonl")" -eq 500
