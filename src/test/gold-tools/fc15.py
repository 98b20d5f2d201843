#!/usr/bin/env python3
"""Turns the hand-written fc15 sources (src/test/gold-tools/fc15/*.txt) into first-contact-15 JSON Lines.

Only a format converter, reusing fc14.py's parser (same source syntax, documented there): every line of speech
and every label is written by hand in the source. It fills no slots and invents no text.
Run from anywhere: python3 src/test/gold-tools/fc15.py
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from fc14 import convert  # noqa: E402  (the parser is shared so the two sets keep one syntax)


def main():
    root = pathlib.Path(__file__).resolve().parent
    src = root / "fc15"
    dest = root.parent / "resources" / "gold" / "first-contact-15"
    sessions, typed = [], []
    for p in sorted(src.glob("sessions-*.txt")):
        convert(p, None, sessions)
    for p in sorted(src.glob("typed-*.txt")):
        convert(p, "gt15", typed)
    for name, rows in (("sessions-fc15.jsonl", sessions), ("typed-fc15.jsonl", typed)):
        with open(dest / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"sessions rows {len(sessions)}, typed rows {len(typed)}")


if __name__ == "__main__":
    main()
