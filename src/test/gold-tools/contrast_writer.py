# Shared by the contrast-N.py generators: writes contrast pairs as gold JSON lines (gold-set.md, "Contrast pairs").
import json

SR, CR, GI, PE, PW, CO, AF, NC, QU, SC, EA = ('SIMPLE_REFLECTION', 'COMPLEX_REFLECTION', 'GIVING_INFORMATION', 'PERSUADE',
    'PERSUADE_WITH_PERMISSION', 'CONFRONT', 'AFFIRM', 'NO_CODE', 'QUESTION', 'SEEKING_COLLABORATION', 'EMPHASIZE_AUTONOMY')


def gold(primary, codes, q, r, note):
    d = {"primary": primary, "codes": codes, "question": q, "reflection": r, "note": note}
    if primary == SC:
        d["asQuestion"] = False
    return d


def write(counselor_pairs, client_pairs, first, path):
    """counselor_pairs: (client, a, b, note) with a/b = (text, primary, codes, question, reflection);
    client_pairs: (before, counselor_a, reply_a, talk_a, kind_a, counselor_b, reply_b, talk_b, kind_b, note).
    Pair ids gk-NNNNa/b from `first` on. Returns how many lines and the next free pair number."""
    out = []
    n = first
    for client, a, b, note in counselor_pairs:
        for suf, (t, pr, codes, q, r) in (('a', a), ('b', b)):
            cid = f"gk-{n:04d}{suf}"
            out.append({"conversation": cid, "speaker": "client", "text": client})
            out.append({"conversation": cid, "speaker": "counselor", "text": t, "gold": gold(pr, codes, q, r, note)})
        n += 1
    for before, ca, ra, ta, ka, cb, rb, tb, kb, note in client_pairs:
        for suf, (cc, rr, tt, kk) in (('a', (ca, ra, ta, ka)), ('b', (cb, rb, tb, kb))):
            cid = f"gk-{n:04d}{suf}"
            out.append({"conversation": cid, "speaker": "client", "text": before})
            out.append({"conversation": cid, "speaker": "counselor", "text": cc})
            out.append({"conversation": cid, "speaker": "client", "text": rr, "gold": {"talk": tt, "kind": kk, "note": note}})
        n += 1
    with open(path, 'w') as f:
        for o in out:
            f.write(json.dumps(o) + "\n")
    return len(out), n
