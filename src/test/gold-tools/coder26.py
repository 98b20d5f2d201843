#!/usr/bin/env python3
"""Turns coder26's hand-written client snippets (src/test/gold-tools/coder26/{check,tune,check2}.txt) into JSON Lines
under src/test/resources/coding/check-coder26/{check,tune,check2}/ for `code --eval`.

Only a format converter: each block is one snippet, "C: text" a counselor turn and "K: text" an earlier client turn
(context, not scored), "c: / s: / n: text" the scored client turn (change / sustain / neutral; no DARN-CAT kind:
these items measure direction only). Errors name FILE:LINE.
"""
import json, pathlib, sys

TALK = {"c": "change", "s": "sustain", "n": "neutral"}
ROOT = pathlib.Path(__file__).resolve().parent


def convert(name):
    src = ROOT / "coder26" / f"{name}.txt"
    out, block, n = [], 0, 0
    for number, line in enumerate(src.read_text().splitlines(), 1):
        if not line.strip():
            block += 1
            continue
        if line.startswith("#"):
            continue
        tag, sep, text = line.partition(": ")
        if not sep or not text.strip():
            sys.exit(f"{src}:{number}:1: expected 'C: text', 'K: text' or 'c|s|n: text'")
        conv = f"c26-{name}-{block:03d}"
        if tag == "C":
            out.append({"conversation": conv, "speaker": "counselor", "text": text})
        elif tag == "K":
            out.append({"conversation": conv, "speaker": "client", "text": text})
        elif tag in TALK:
            out.append({"conversation": conv, "speaker": "client", "text": text,
                        "gold": {"talk": TALK[tag], "kind": None}})
            n += 1
        else:
            sys.exit(f"{src}:{number}:1: unknown tag {tag!r}")
    dest = ROOT.parent / "resources" / "coding" / "check-coder26" / name
    dest.mkdir(parents=True, exist_ok=True)
    (dest / f"c26-{name}.jsonl").write_text("".join(json.dumps(o) + "\n" for o in out))
    return n


if __name__ == "__main__":
    for part in ("check", "tune", "check2"):
        print(part, convert(part), "scored client turns")
