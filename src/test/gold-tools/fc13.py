#!/usr/bin/env python3
"""Turn the compact first-contact-13 source text into gold JSONL (sessions and typed).

The sets were written in a compact form (one turn a line: `C CODE[:open|closed] [CODES] | text || note`,
`K n|c:KIND|s:KIND | text`, typed items as `@client`/`@counselor` context lines and `R` responses) so that every
label sits beside its words for the second labelling pass. Run from the repository root:

    python3 src/test/gold-tools/fc13.py sessions src/test/gold-tools/fc13/sessions.txt src/test/resources/gold/first-contact-13/sessions-fc13.jsonl
    python3 src/test/gold-tools/fc13.py typed src/test/gold-tools/fc13/typed.txt src/test/resources/gold/first-contact-13/typed-fc13.jsonl

The asserts stop on a malformed line (a QUESTION without open/closed, a primary missing from its codes,
NO_CODE mixed with codes, a typed item without a note) with file:line.
"""
import json, sys, re

ABBR = {"GI": "GIVING_INFORMATION", "P": "PERSUADE", "PWP": "PERSUADE_WITH_PERMISSION", "Q": "QUESTION",
        "SR": "SIMPLE_REFLECTION", "CR": "COMPLEX_REFLECTION", "AF": "AFFIRM", "SC": "SEEKING_COLLABORATION",
        "EA": "EMPHASIZE_AUTONOMY", "CF": "CONFRONT", "NC": "NO_CODE"}
KINDS = {"D": "DESIRE", "A": "ABILITY", "R": "REASON", "N": "NEED", "C": "COMMITMENT", "AC": "ACTIVATION", "TS": "TAKING_STEPS"}

def counselor_gold(spec, note, where):
    # spec: PRIMARY[:open|closed] [CODE,CODE,...]
    parts = spec.split()
    prim = parts[0]
    qtype = None
    if ":" in prim:
        prim, qtype = prim.split(":")
        assert qtype in ("open", "closed"), where
    primary = ABBR[prim]
    if len(parts) > 1:
        codes = [ABBR[c] for c in parts[1].split(",")]
    else:
        codes = [primary]
    assert primary in codes, (where, spec)
    if primary == "QUESTION":
        assert qtype, where
    if primary not in ("QUESTION", "SEEKING_COLLABORATION"):
        assert qtype is None, where
    if "NO_CODE" in codes:
        assert codes == ["NO_CODE"], where
    g = {"primary": primary, "codes": codes, "question": qtype,
         "reflection": {"SIMPLE_REFLECTION": "simple", "COMPLEX_REFLECTION": "complex"}.get(primary)}
    if primary == "SEEKING_COLLABORATION" and qtype:
        g["asQuestion"] = True
    if note:
        g["note"] = note
    return g

def client_gold(spec, note, where):
    if spec == "n":
        g = {"talk": "neutral", "kind": None}
    else:
        side, kind = spec.split(":")
        side = {"c": "change", "s": "sustain"}[side]
        g = {"talk": side, "kind": KINDS[kind]}
    if note:
        g["note"] = note
    return g

def split_text(rest):
    note = None
    if "||" in rest:
        rest, note = rest.split("||", 1)
        note = note.strip()
    spec, text = rest.split("|", 1)
    return spec.strip(), text.strip(), note

def sessions(src, out):
    conv = None
    rows = []
    for n, line in enumerate(open(src), 1):
        line = line.rstrip("\n")
        where = f"{src}:{n}"
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("==="):
            conv = line[3:].split("|")[0].strip()
            continue
        tag, rest = line[0], line[2:]
        spec, text, note = split_text(rest)
        if tag == "C":
            rows.append({"conversation": conv, "speaker": "counselor", "text": text, "gold": counselor_gold(spec, note, where)})
        elif tag == "K":
            rows.append({"conversation": conv, "speaker": "client", "text": text, "gold": client_gold(spec, note, where)})
        else:
            raise SystemExit(f"{where}: bad tag")
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def typed(src, out):
    ctx = []
    k = 0
    rows = []
    for n, line in enumerate(open(src), 1):
        line = line.rstrip("\n")
        where = f"{src}:{n}"
        if line.startswith("#"):
            continue
        if not line.strip():
            ctx = []
            continue
        if line.startswith("@client "):
            ctx.append(("client", line[8:].strip()))
            continue
        if line.startswith("@counselor "):
            ctx.append(("counselor", line[11:].strip()))
            continue
        assert line.startswith("R "), where
        spec, text, note = split_text(line[2:])
        assert note, where + " typed items need a note"
        assert ctx, where
        k += 1
        cid = f"gt13-{k:03d}"
        for sp, t in ctx:
            rows.append({"conversation": cid, "speaker": sp, "text": t})
        rows.append({"conversation": cid, "speaker": "counselor", "text": text, "gold": counselor_gold(spec, note, where)})
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    kind, src, out = sys.argv[1:]
    (sessions if kind == "sessions" else typed)(src, out)
