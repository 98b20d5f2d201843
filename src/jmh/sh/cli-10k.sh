#!/usr/bin/env bash
# The `code` command on 10,000 turns of whole sessions, JVM start included (issue 9 target: <= 5 s).
# The turns are the tune part of the gold set (speech-style sessions, written items, contrast pairs), copied
# under new conversation ids until there are 10,000: about half are client turns, and the client coder reads
# the ones its word layer is unsure of (about a fifth) with sentence embeddings, so this is the run that pays
# for the embedding model (loading and inference).
#
# Usage: src/jmh/sh/cli-10k.sh [RUNS]      (default 3; build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."

runs="${1:-3}"
jar=target/changetalk.jar
[[ -f "$jar" ]] || { echo "cli-10k: $jar missing; run: mvn -B -q package -DskipTests" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
in="$work/turns-10k.jsonl"
copy=0
while [[ ! -s "$in" || "$(wc -l < "$in")" -lt 10000 ]]; do
  for f in src/test/resources/gold/tune/*.jsonl; do
    sed -E "s/\"conversation\": *\"([^\"]*)\"/\"conversation\": \"c$copy-$(basename "$f" .jsonl)-\1\"/" "$f" >> "$in"
  done
  copy=$((copy + 1))
done
head -n 10000 "$in" > "$work/tmp" && mv "$work/tmp" "$in"
echo "input: $(wc -l < "$in") turns ($(grep -c '"speaker": *"client"' "$in") client); $runs runs; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

for ((i = 1; i <= runs; i++)); do
  /usr/bin/time -f "%e s wall, %U s user CPU, %S s system, %M KB max RSS" \
    java -jar "$jar" code --in "$in" --out "$work/out.jsonl"
done
test "$(wc -l < "$work/out.jsonl")" -eq 10000
