#!/bin/sh
# lines5's own probe scripts (issue 11, persona content; NOT held out). Plays each script of a folder on the given
# seeds. Usage from the repository root:
#   sh src/test/resources/practice/judged/lines5/run.sh OUTDIR [seeds...]                 (this folder)
#   BATCH=batch2 sh src/test/resources/practice/judged/lines5/run.sh OUTDIR [seeds...]    (lines5/batch2, batch3)
# JAR= and SCENARIOS= point it at another build (e.g. main's) to compare.
set -eu
here=src/test/resources/practice/judged/lines5${BATCH:+/$BATCH}
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
