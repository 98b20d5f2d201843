#!/bin/sh
# Replay each trainer script of a judged round on seeds 1 and 2 (rounds 6 to 9, held out, issue 11).
# Usage, from the repository root after `nice mvn -o -q package -DskipTests`:
#   sh src/test/resources/practice/judged/play-round.sh round7 baseline     (or: after)
# Each transcript goes to <round>/<run>/<script>.s<seed>.txt; the scenario is the one whose id starts with the
# script's first word (maya.skilled.txt -> maya-vaping-precontemplation). JAR= and SCENARIOS= point it at another
# build and its scenarios. P=N plays N at a time (default 1: one after another); REVERSE=1 walks the scripts
# backwards; SKIP=1 leaves out transcripts that already exist (a second runner can help a first, a killed run resumes).
set -eu
here=src/test/resources/practice/judged/${1:?name the round folder, e.g. round7}
run=${2:?name the run: baseline or after}
jar=${JAR:-target/changetalk.jar}
scen=${SCENARIOS:-scenarios}
mkdir -p "$here/$run"
for script in "$here"/*.skilled.txt "$here"/*.poor.txt "$here"/*.novice.txt "$here"/*.unusual.txt; do
  base=$(basename "$script" .txt)
  persona=$(echo "$base" | cut -d. -f1)
  scenario=$(cd "$scen" && ls "$persona"-*.json | grep -v '\.test\.json$' | head -n 1)
  for seed in 1 2; do echo "$script ${scenario%.json} $seed $here/$run/$base.s$seed.txt"; done
done | if [ -n "${REVERSE:-}" ]; then tac; else cat; fi | SKIP=${SKIP:-} xargs -P "${P:-1}" -L 1 sh -c '[ -n "$SKIP" ] && [ -e "$5" ] && exit 0; nice java -jar "$0" practice --scenarios "$1" --scenario "$3" --script "$2" --seed "$4" > "$5" 2>&1 || echo "exit $? for $2 seed $4" >> "$5"' "$jar" "$scen"
echo "$run: $(ls "$here/$run" | wc -l) transcripts in $here/$run"
