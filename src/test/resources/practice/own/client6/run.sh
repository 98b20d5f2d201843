#!/bin/sh
# client6's own trainer scripts (round 5), played at seeds 1 and 2 into OUT. Run from the repository root:
#   sh src/test/resources/practice/own/client6/run.sh /tmp/out
set -e
R=src/test/resources/practice/own/client6
OUT=$1
mkdir -p "$OUT"
for s in "$R"/*.txt; do
  name=$(basename "$s" .txt)
  who=${name%%.*}
  id=$(ls scenarios | grep "^$who-" | grep -v test | sed 's/\.json$//')
  for seed in 1 2; do
    java -jar target/changetalk.jar practice --scenario "$id" --script "$s" --seed $seed > "$OUT/$name.seed$seed.txt" 2>&1
  done
done
