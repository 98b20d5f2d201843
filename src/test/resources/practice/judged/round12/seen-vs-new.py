#!/usr/bin/env python3
"""Round-12 side measure (judge11, issue 11, held out): seen wording against new wording, by design this round.
Each script in seen/ is the main script of this folder with one to three trainee lines put back to the earlier
wording they had when first written: a line word for word the same as a line of an earlier script under
src/test/resources/practice/** (newwording.py's 1.00 hits), same move and meaning. The main scripts carry the
reworded lines. Both are played on the same build and seeds (seen/<run>/ and <run>/); only the changed turns count,
each judged in its own session (seen/verdicts.txt and verdicts.txt, round 6's format). A session that ended before
a turn does not count it. Usage: python3 seen-vs-new.py baseline (or: after). No test reads it."""
import glob, os, re, runpy, sys
from collections import Counter

# (a later round's wrapper names its own folder in JUDGED_ROUND and runs this file: one tool, not a copy per round)
here = os.environ.get('JUDGED_ROUND') or os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
j = runpy.run_path(os.path.join(here, '..', 'round6', 'judge6.py'))   # parse(), sha() and the verdict format
run = sys.argv[1] if len(sys.argv) > 1 else 'baseline'


def load(path):
    v = {}
    if os.path.exists(path):
        for ln in open(path, encoding='utf-8'):
            m = re.match(r'^(\S+) T(\d+) ([0-9a-f]{6}) ([YPN])', ln)
            if m:
                v[(m.group(1), int(m.group(2)), m.group(3))] = m.group(4)
    return v


def trainee(path):
    return [ln.rstrip('\n') for ln in open(path, encoding='utf-8') if ln.strip() and not ln.startswith('#')]


old, new = load(os.path.join(here, 'seen', 'verdicts.txt')), load(os.path.join(here, 'verdicts.txt'))
rows, unjudged = [], []
for path in sorted(glob.glob(os.path.join(here, 'seen', '*.txt'))):
    script = os.path.basename(path)[:-4]
    if script == 'verdicts':
        continue
    a_lines, b_lines = trainee(path), trainee(os.path.join(here, script + '.txt'))
    turns = [n + 1 for n, (x, y) in enumerate(zip(a_lines, b_lines)) if x != y]
    for seed in (1, 2):
        pa = os.path.join(here, 'seen', run, '%s.s%d.txt' % (script, seed))
        pb = os.path.join(here, run, '%s.s%d.txt' % (script, seed))
        if not (os.path.exists(pa) and os.path.exists(pb)):
            continue
        a, b = j['parse'](pa), j['parse'](pb)
        for n in turns:
            if n > len(a['turns']) or n > len(b['turns']):
                continue
            va = old.get((script, n, j['sha'](a['turns'][n - 1]['reply'])))
            vb = new.get((script, n, j['sha'](b['turns'][n - 1]['reply'])))
            if va and vb:
                rows.append((script, seed, n, va, vb))
            else:
                unjudged.append('%s s%d T%d' % (script, seed, n))
ca, cb = Counter(r[3] for r in rows), Counter(r[4] for r in rows)
pct = lambda c: '%d (%d %%)' % (c['Y'], round(100.0 * c['Y'] / len(rows))) if rows else '-'
print('%s: turns played and judged in both wordings: %d' % (run, len(rows)))
print('| wording | Y | P | N |\n|---|---:|---:|---:|')
print('| seen (word for word an earlier script line) | %s | %d | %d |' % (pct(ca), ca['P'], ca['N']))
print('| new (same move and meaning, new words) | %s | %d | %d |' % (pct(cb), cb['P'], cb['N']))
for r in rows:
    if r[3] != r[4]:
        print('  %s s%d T%d: seen %s, new %s' % r)
if unjudged:
    print('not judged in one of the two: ' + ', '.join(unjudged))
