#!/usr/bin/env python3
"""Converts a coder helper's hand-written session sources (src/test/gold-tools/cNN/*.txt) to gold JSON Lines, with
fc14.py's converter (same source syntax; it invents no text):
  cNN/tune-sessions.txt  -> ../resources/gold/tune/sessions-kNN.jsonl   (tune: looked at while working)
  cNN/check-sessions.txt -> ../resources/gold/first-contact-cNN/sessions-cNN-check.jsonl (played once, at the end)
Usage, from src/test/gold-tools: python3 helper_sessions.py 20   (coder20, round 11; 21 is coder21, round 12).
One script for every helper: rounds 11 and 12 had a copy each, which the duplicates check found."""
import json, pathlib, sys
from fc14 import convert

number = sys.argv[1]
root = pathlib.Path(__file__).resolve().parent
gold = root.parent / "resources" / "gold"
for src, dest, prefix in (("tune-sessions.txt", gold / "tune" / f"sessions-k{number}.jsonl", f"gk{number}t"),
                          ("check-sessions.txt", gold / f"first-contact-c{number}" / f"sessions-c{number}-check.jsonl", f"gc{number}t")):
    p = root / f"c{number}" / src
    if not p.exists():
        continue
    rows = []
    convert(p, prefix, rows)  # the prefix names typed items (@ / T lines), coder25
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dest.relative_to(gold), len(rows))
