#!/usr/bin/env python3
"""Round-9 wording check (judge8, issue 11, held out): every trainee line of this folder's scripts against every
earlier script line under src/test/resources/practice/** (transcripts, verdicts and reports left out), and
against the other round-9 scripts. Prints each pair with a difflib ratio above the limit (default 0.72).
An earlier line is quoted only when it comes from a judged round (judge8 may read those); a regression
script's line is named by file only, since the judge must not read the regression scripts. No test reads it."""
import difflib, glob, os, re, sys

# The folder of the round being checked: this one, or the one a later round's wrapper names (round10/newwording.py).
here = os.environ.get('JUDGED_ROUND') or os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.basename(os.path.normpath(here))
root = os.path.normpath(os.path.join(here, '..', '..'))          # src/test/resources/practice
LIMIT = float(sys.argv[1]) if len(sys.argv) > 1 else 0.72
SKIP = re.compile(r'/(baseline|base|mid|after|batch\d)/|/(verdicts|report)[^/]*$|JUDGEMENTS|/' + ROUND + '/')


def lines(path):
    for ln in open(path, encoding='utf-8', errors='replace'):
        ln = ln.strip()
        if ln and not ln.startswith('#'):
            yield ln


def norm(s):
    return re.sub(r'\s+', ' ', s.lower())


earlier = []
for p in glob.glob(os.path.join(root, '**', '*.txt'), recursive=True):
    if SKIP.search(p.replace(os.sep, '/')):
        continue
    rel = os.path.relpath(p, root)
    for ln in lines(p):
        earlier.append((norm(ln), rel, ln))
mine = [(os.path.basename(p), ln) for p in sorted(glob.glob(os.path.join(here, '*.txt'))) for ln in lines(p)]
print('%d earlier lines, %d %s lines' % (len(earlier), len(mine), ROUND))
hits = 0
best = []
for i, (f, ln) in enumerate(mine):
    top = (0.0, '', '')
    a = norm(ln)
    sm = difflib.SequenceMatcher(None, a, '', autojunk=False)
    pool = earlier + [(norm(l2), ROUND + '/' + f2, l2) for f2, l2 in mine[i + 1:]]
    for b, rel, orig in pool:
        if abs(len(a) - len(b)) > 0.6 * max(len(a), len(b)):
            continue
        sm.set_seq2(b)
        if sm.real_quick_ratio() <= LIMIT or sm.quick_ratio() <= LIMIT:
            continue
        r = sm.ratio()
        if r > LIMIT:
            hits += 1
            if r > top[0]:
                top = (r, rel, orig if rel.startswith(('judged/', ROUND + '/')) else '(regression script, not shown)')
    if top[0]:
        best.append((top[0], f, ln, top[1], top[2]))
# one row per round-9 line above the limit: its closest earlier (or later round-9) line
for r, f, ln, rel, shown in sorted(best, reverse=True):
    print('%.2f  %s: %s\n      ~ %s: %s' % (r, f, ln, rel, shown))
print('%d pairs above %.2f; %d of %d %s lines have one' % (hits, LIMIT, len(best), len(mine), ROUND))
