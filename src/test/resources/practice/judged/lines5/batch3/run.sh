#!/bin/sh
# lines5 batch 3 (own probe, NOT held out): play every script here on the given seeds.
# Usage from the repository root: sh src/test/resources/practice/judged/lines5/batch3/run.sh OUTDIR [seeds...]
# JAR= and SCENARIOS= point it at another build (e.g. main's) to compare.
set -eu
here=src/test/resources/practice/judged/lines5/batch3
out=${1:?name an output folder}
shift
seeds=${*:-1}
jar=${JAR:-target/changetalk.jar}
scen=${SCENARIOS:-scenarios}
mkdir -p "$out"
for script in "$here"/*.txt; do
  persona=$(basename "$script" .txt)
  scenario=$(cd "$scen" && ls "$persona"-*.json | grep -v '\.test\.json$' | head -n 1)
  for seed in $seeds; do
    nice java -jar "$jar" practice --scenarios "$scen" --scenario "${scenario%.json}" --script "$script" --seed "$seed" > "$out/$persona.s$seed.txt" 2>&1 || echo "exit $?" >> "$out/$persona.s$seed.txt"
  done
done
