#!/usr/bin/env python3
"""Converts coder21's hand-written sources (src/test/gold-tools/c21/*.txt, round 12, issue 9) to gold JSON Lines,
with fc14.py's converter (same source syntax; it invents no text):
  c21/tune-sessions.txt  -> ../resources/gold/tune/sessions-k21.jsonl   (tune: looked at while working)
  c21/check-sessions.txt -> ../resources/gold/first-contact-c21/sessions-c21-check.jsonl (played once, at the end)
Run from src/test/gold-tools."""
import json, pathlib
from fc14 import convert

root = pathlib.Path(__file__).resolve().parent
gold = root.parent / "resources" / "gold"
for src, dest in (("tune-sessions.txt", gold / "tune" / "sessions-k21.jsonl"),
                  ("check-sessions.txt", gold / "first-contact-c21" / "sessions-c21-check.jsonl")):
    p = root / "c21" / src
    if not p.exists():
        continue
    rows = []
    convert(p, None, rows)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dest.relative_to(gold), len(rows))
