#!/usr/bin/env python3
"""Turns the hand-written fc14 sources (src/test/gold-tools/fc14/*.txt) into first-contact-14 JSON Lines.

Only a format converter: every line of speech and every label is written by hand in the source,
one per line, so the label sits beside the words it judges (easier to re-read in the second pass).
It fills no slots and invents no text.

Source syntax
  == ID                          starts a whole session (sessions-*.txt)
  C LABEL | text  [## note]      counselor turn
  K TALK [KIND] | text [## note] client turn: ch/su/ne and a DARN-CAT kind for ch/su
  @ text                         (typed-*.txt) client context line; a new @ after items starts a new context
  @c text                        counselor context line (e.g. a permission question)
  T LABEL | text [## note]       one typed response, its own item after the current context
LABEL = PRIMARY[/o|/c] [= CODE,CODE...]; codes default to [PRIMARY]. SC/o or SC/c is a collaboration
question (asQuestion true). Errors name FILE:LINE.
"""
import json, sys, pathlib

CODES = {"GI": "GIVING_INFORMATION", "PER": "PERSUADE", "PWP": "PERSUADE_WITH_PERMISSION", "Q": "QUESTION",
         "SR": "SIMPLE_REFLECTION", "CR": "COMPLEX_REFLECTION", "AF": "AFFIRM", "SC": "SEEKING_COLLABORATION",
         "EA": "EMPHASIZE_AUTONOMY", "CON": "CONFRONT", "NC": "NO_CODE"}
KINDS = {"des": "DESIRE", "abi": "ABILITY", "rea": "REASON", "nee": "NEED", "com": "COMMITMENT",
         "act": "ACTIVATION", "ste": "TAKING_STEPS"}
TALK = {"ch": "change", "su": "sustain", "ne": "neutral"}


class Bad(Exception):
    pass


def counselor_gold(label, note):
    head, _, codes = label.partition("=")
    head = head.strip()
    prim, _, qual = head.partition("/")
    if prim not in CODES:
        raise Bad(f"unknown primary {prim!r}")
    codes = [c.strip() for c in codes.split(",")] if codes.strip() else [prim]
    for c in codes:
        if c not in CODES:
            raise Bad(f"unknown code {c!r}")
    if prim != "NC" and "NC" in codes:
        raise Bad("NO_CODE inside a coded turn")
    if prim not in codes:
        raise Bad(f"primary {prim} not among codes {codes}")
    question = None
    if prim == "Q":
        if qual not in ("o", "c"):
            raise Bad("QUESTION needs /o or /c")
        question = "open" if qual == "o" else "closed"
    elif prim == "SC" and qual:
        if qual not in ("o", "c"):
            raise Bad("SC takes /o or /c")
        question = "open" if qual == "o" else "closed"
    elif qual:
        raise Bad(f"{prim} takes no /{qual}")
    gold = {"primary": CODES[prim], "codes": [CODES[c] for c in codes], "question": question,
            "reflection": "simple" if prim == "SR" else "complex" if prim == "CR" else None}
    if prim == "SC" and qual:
        gold["asQuestion"] = True
    if note:
        gold["note"] = note
    return gold


def client_gold(label, note):
    parts = label.split()
    if not parts or parts[0] not in TALK:
        raise Bad(f"client label {label!r}")
    talk = TALK[parts[0]]
    if talk == "neutral":
        if len(parts) != 1:
            raise Bad("neutral takes no kind")
        kind = None
    else:
        if len(parts) != 2 or parts[1] not in KINDS:
            raise Bad(f"change/sustain needs a kind from {sorted(KINDS)}")
        kind = KINDS[parts[1]]
    gold = {"talk": talk, "kind": kind}
    if note:
        gold["note"] = note
    return gold


def split_line(rest):
    label, sep, text = rest.partition("|")
    if not sep:
        raise Bad("missing '|' between label and text")
    text, _, note = text.partition("##")
    text = text.strip()
    if not text:
        raise Bad("empty text")
    return label.strip(), text, note.strip()


def convert(path, typed_prefix, out):
    conv, context, after_item, n_typed, seen = None, [], False, 0, set()
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            tag, _, rest = line.partition(" ")
            if tag == "==":
                conv = rest.strip()
                if conv in seen:
                    raise Bad(f"duplicate id {conv}")
                seen.add(conv)
            elif tag in ("C", "K"):
                if conv is None:
                    raise Bad("turn before any == session id")
                label, text, note = split_line(rest)
                gold = counselor_gold(label, note) if tag == "C" else client_gold(label, note)
                speaker = "counselor" if tag == "C" else "client"
                if out and out[-1]["conversation"] == conv and out[-1]["speaker"] == speaker:
                    raise Bad(f"two {speaker} turns in a row: make them one turn")
                out.append({"conversation": conv, "speaker": speaker,
                            "text": text, "gold": gold})
            elif tag in ("@", "@c"):
                if after_item:
                    context, after_item = [], False
                context.append(("client" if tag == "@" else "counselor", rest.strip()))
            elif tag == "T":
                if not context:
                    raise Bad("typed item without a client line before it")
                label, text, note = split_line(rest)
                if not note:
                    raise Bad("typed items need a note naming their kind")
                n_typed += 1
                cid = f"{typed_prefix}-{n_typed:03d}"
                for speaker, ctext in context:
                    out.append({"conversation": cid, "speaker": speaker, "text": ctext})
                out.append({"conversation": cid, "speaker": "counselor", "text": text,
                            "gold": counselor_gold(label, note)})
                after_item = True
            else:
                raise Bad(f"unknown line tag {tag!r}")
        except Bad as e:
            raise SystemExit(f"{path}:{no}: {e}")


def write_set(n):
    """Converts the hand-written sources of first-contact set n (folder fcN beside this file) into its two files."""
    root = pathlib.Path(__file__).resolve().parent
    src = root / f"fc{n}"
    dest = root.parent / "resources" / "gold" / f"first-contact-{n}"
    sessions, typed = [], []
    for p in sorted(src.glob("sessions-*.txt")):
        convert(p, None, sessions)
    for p in sorted(src.glob("typed-*.txt")):
        convert(p, f"gt{n}", typed)
    for name, rows in ((f"sessions-fc{n}.jsonl", sessions), (f"typed-fc{n}.jsonl", typed)):
        with open(dest / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"sessions rows {len(sessions)}, typed rows {len(typed)}")


def main():
    # One converter for every set in this syntax: `python3 fc14.py 16` writes first-contact-16 (default 14), instead of a
    # copy of this script per set.
    import sys
    write_set(int(sys.argv[1]) if len(sys.argv) > 1 else 14)


if __name__ == "__main__":
    main()
