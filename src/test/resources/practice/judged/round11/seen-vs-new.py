#!/usr/bin/env python3
"""Round-11 side measure (judge10): the 31 trainee lines that were word for word lines of earlier (seen) scripts,
judged as first played (baseline-seen/, verdicts-seenwording.txt) and after rewording by meaning (baseline/,
verdicts.txt), on the same build (round11-before) and seeds. Only the reworded turns are counted; a session that
ended before a turn does not count it. Usage: python3 seen-vs-new.py. No test reads it."""
import glob, hashlib, json, os, re, runpy
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
j = runpy.run_path(os.path.join(here, '..', 'round6', 'judge6.py'))   # parse(), sha() and the verdict format


def load(name):
    v = {}
    for ln in open(os.path.join(here, name), encoding='utf-8'):
        m = re.match(r'^(\S+) T(\d+) ([0-9a-f]{6}) ([YPN])', ln)
        if m:
            v[(m.group(1), int(m.group(2)), m.group(3))] = m.group(4)
    return v


old, new = load('verdicts-seenwording.txt'), load('verdicts.txt')
changed = {}
for ln in open(os.path.join(here, 'verdicts-seenwording.txt'), encoding='utf-8'):
    m = re.match(r'^(\S+) T(\d+) ', ln)
    if m:
        changed.setdefault(m.group(1), set()).add(int(m.group(2)))
rows = []
for script, turns in sorted(changed.items()):
    for seed in (1, 2):
        a = j['parse'](os.path.join(here, 'baseline-seen', '%s.s%d.txt' % (script, seed)))
        b = j['parse'](os.path.join(here, 'baseline', '%s.s%d.txt' % (script, seed)))
        for n in sorted(turns):
            va = old.get((script, n, j['sha'](a['turns'][n - 1]['reply']))) if n <= len(a['turns']) else None
            vb = new.get((script, n, j['sha'](b['turns'][n - 1]['reply']))) if n <= len(b['turns']) else None
            if va and vb:
                rows.append((script, seed, n, va, vb))
ca, cb = Counter(r[3] for r in rows), Counter(r[4] for r in rows)
print('turns played in both runs: %d' % len(rows))
print('seen wording:  Y %d  P %d  N %d' % (ca['Y'], ca['P'], ca['N']))
print('new wording:   Y %d  P %d  N %d' % (cb['Y'], cb['P'], cb['N']))
for r in rows:
    if r[3] != r[4]:
        print('  %s s%d T%d: %s -> %s' % r)
