#!/bin/sh
# Replay each trainer script of a judged round on seeds 1 and 2 (rounds 6 and 7, held out, issue 11).
# Usage, from the repository root after `nice mvn -o -q package -DskipTests`:
#   sh src/test/resources/practice/judged/play-round.sh round7 baseline     (or: after)
# Each transcript goes to <round>/<run>/<script>.s<seed>.txt; the scenario is the one whose id starts with the
# script's first word (maya.skilled.txt -> maya-vaping-precontemplation). JAR= and SCENARIOS= point it at another
# build and its scenarios.
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
  scenario=${scenario%.json}
  for seed in 1 2; do
    nice java -jar "$jar" practice --scenarios "$scen" --scenario "$scenario" --script "$script" --seed "$seed" \
      > "$here/$run/$base.s$seed.txt" 2>&1 || echo "exit $? for $base seed $seed" >> "$here/$run/$base.s$seed.txt"
  done
done
echo "$run: $(ls "$here/$run" | wc -l) transcripts in $here/$run"
