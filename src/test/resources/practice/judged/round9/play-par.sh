#!/bin/sh
# The same plays as run.sh (../play-round.sh round9 RUN: each script on seeds 1 and 2, the same java command and
# output files), P at a time (default 3), because a serial round took ~35 min on the shared, loaded machine.
# Usage, from the repository root: P=3 JAR=... SCENARIOS=... sh src/test/resources/practice/judged/round9/play-par.sh baseline
# REVERSE=1 walks the scripts backwards. SKIP=1 leaves out transcripts that already exist when a play is about to
# start (so a second runner can help a first one, or a killed run can be resumed).
set -eu
here=src/test/resources/practice/judged/round9
run=${1:?name the run: baseline, mid or after}
jar=${JAR:-target/changetalk.jar}
scen=${SCENARIOS:-scenarios}
mkdir -p "$here/$run"
for script in "$here"/*.skilled.txt "$here"/*.poor.txt "$here"/*.novice.txt "$here"/*.unusual.txt; do
  base=$(basename "$script" .txt)
  persona=$(echo "$base" | cut -d. -f1)
  scenario=$(cd "$scen" && ls "$persona"-*.json | grep -v '\.test\.json$' | head -n 1)
  for seed in 1 2; do echo "$script ${scenario%.json} $seed $here/$run/$base.s$seed.txt"; done
done | if [ -n "${REVERSE:-}" ]; then tac; else cat; fi | SKIP=${SKIP:-} xargs -P "${P:-3}" -L 1 sh -c '[ -n "$SKIP" ] && [ -e "$5" ] && exit 0; nice java -jar "$0" practice --scenarios "$1" --scenario "$3" --script "$2" --seed "$4" > "$5" 2>&1 || echo "exit $? for $2 seed $4" >> "$5"' "$jar" "$scen"
echo "$run: $(ls "$here/$run" | wc -l) transcripts in $here/$run"
