#!/bin/sh
# Plays every round-4 script at seeds 1 and 2 into OUT (baseline/ or after/). Run from the repository root:
#   sh src/test/resources/practice/judged/round4/run.sh baseline
set -e
R=src/test/resources/practice/judged/round4
OUT=$R/$1
mkdir -p "$OUT"
for s in "$R"/*.skilled.txt "$R"/*.poor.txt "$R"/*.novice.txt "$R"/*.unusual.txt; do
  name=$(basename "$s" .txt)
  who=${name%%.*}
  id=$(ls scenarios | grep "^$who-" | grep -v test | sed 's/\.json$//')
  for seed in 1 2; do
    java -jar target/changetalk.jar practice --scenario "$id" --script "$s" --seed $seed > "$OUT/$name.seed$seed.txt" 2>&1
  done
done
