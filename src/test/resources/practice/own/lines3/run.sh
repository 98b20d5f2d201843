#!/bin/sh
# Plays lines3's probe scripts at seeds 1 and 2 into OUT. Run from the repository root:
#   sh src/test/resources/practice/own/lines3/run.sh /tmp/probes [who...]
set -e
P=src/test/resources/practice/own/lines3
OUT=$1; shift; mkdir -p "$OUT/scripts"
python3 $P/gen.py "$OUT/scripts"
whos=${*:-"aisha dre grace jaden joe kai lena marcus maya priya ruth sam teresa tomas walt"}
for who in $whos; do
  id=$(ls scenarios | grep "^$who-" | grep -v test | sed 's/\.json$//')
  for k in A B; do for seed in 1 2; do
    java -jar target/changetalk.jar practice --scenario "$id" --script "$OUT/scripts/$who.$k.txt" --seed $seed > "$OUT/$who.$k.s$seed.txt" 2>&1
  done; done
done
