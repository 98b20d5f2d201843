#!/usr/bin/env python3
"""client13: seed variation, stage moves, engagement by turn, endings, for a folder of <script>.s<seed>.txt transcripts."""
import os, re, sys
from collections import defaultdict
LINE = re.compile(r'^(\S[^()\n]*?) \((change|sustain|neutral|discord)\): (.*)$')
STATE = re.compile(r'state:\s+engagement ([\d.]+) · discord ([\d.]+) · importance ([\d.]+) · confidence ([\d.]+) · stage (\w+)')
def parse(path):
    s = {'replies': [], 'states': [], 'end': None, 'opening': None}
    for l in open(path, encoding='utf-8'):
        l = l.rstrip('\n')
        m = LINE.match(l)
        if m and not l.startswith(' '):
            if s['opening'] is None: s['opening'] = m.group(3)
            else: s['replies'].append((m.group(2), m.group(3)))
        m = STATE.search(l)
        if m: s['states'].append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5)))
        if l.startswith('Session ended:'): s['end'] = re.sub(r' after .*', '', l[15:].strip())
    return s
d = sys.argv[1]
ss = {}
for f in sorted(os.listdir(d)):
    m = re.match(r'(.+)\.s(\d+)\.txt$', f)
    if m: ss[(m.group(1), int(m.group(2)))] = parse(os.path.join(d, f))
scripts = sorted({k[0] for k in ss})
diffpath, diffopen = [], []
for sc in scripts:
    a, b = ss.get((sc, 1)), ss.get((sc, 2))
    if not a or not b: continue
    pa = [(t[0], st[4]) for t, st in zip(a['replies'], a['states'])]
    pb = [(t[0], st[4]) for t, st in zip(b['replies'], b['states'])]
    if pa != pb or len(a['replies']) != len(b['replies']): diffpath.append(sc)
    if a['opening'] != b['opening']: diffopen.append(sc)
print('scripts: %d; two seeds differ in path (reply types+stage): %d (%s)' % (len(scripts), len(diffpath), ', '.join(diffpath)))
print('two seeds differ in opening line: %d' % len(diffopen))
ends = defaultdict(int)
for k, s in ss.items(): ends[s['end'] or 'script ran out'] += 1
print('ends: ' + ', '.join('%s %d' % kv for kv in sorted(ends.items())))
moves = 0
for k, s in sorted(ss.items()):
    st = [x[4] for x in s['states']]
    if st and len(set(st)) > 1: moves += 1
print('sessions whose stage moved: %d of %d' % (moves, len(ss)))
for k, s in sorted(ss.items()):
    e = ['%4.1f' % s['states'][i - 1][0] if len(s['states']) >= i else '   -' for i in (4, 8, 12, 16)]
    st = [x[4][:5] for x in s['states']]
    path = []
    for x in st:
        if not path or path[-1] != x: path.append(x)
    talk = ''.join(t[0][0] for t in s['replies'])
    print('%-22s s%d eng@4/8/12/16 %s  end=%-15s stages=%s talk=%s' % (k[0], k[1], ' '.join(e), s['end'] or '-', '>'.join(path), talk))
avg = lambda i: sum(s['states'][i-1][0] for s in ss.values() if len(s['states']) >= i) / max(1, sum(1 for s in ss.values() if len(s['states']) >= i))
print('mean engagement at turn 4/8/12/16: %.2f %.2f %.2f %.2f' % tuple(avg(i) for i in (4, 8, 12, 16)))
top = sum(1 for s in ss.values() if len(s['states']) >= 8 and s['states'][7][0] >= 9.5)
print('sessions at engagement >= 9.5 by turn 8: %d' % top)
