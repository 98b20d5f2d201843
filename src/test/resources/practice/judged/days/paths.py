import os, re, sys
from collections import defaultdict
d = sys.argv[1]
paths, opens = defaultdict(set), defaultdict(set)
for f in os.listdir(d):
    m = re.match(r'(.+)\.s(\d+)\.txt$', f)
    if not m: continue
    lines = open(os.path.join(d, f)).read().splitlines()
    p = []
    first = None
    for l in lines:
        mm = re.match(r'^[^ ][^()]*\((\w+)\): (.*?)(?:\s+\[([^;\]]+)[;\]].*)?$', l)
        if mm:
            if first is None: first = mm.group(2); continue
            p.append((mm.group(1), mm.group(3)))
        s = re.search(r'stage (\w+)', l)
        if s and p: p[-1] = p[-1] + (s.group(1),)
    paths[m.group(1)].add(tuple(p)); opens[m.group(1)].add(first)
n = sum(1 for k in paths if len(paths[k]) > 1)
print('%d of %d conversations take more than one path over %s seeds; mean distinct paths %.1f; mean distinct openings %.1f' % (
    n, len(paths), '6', sum(len(v) for v in paths.values()) / len(paths), sum(len(v) for v in opens.values()) / len(opens)))
for k in sorted(paths): print('  %-36s paths %d openings %d' % (k, len(paths[k]), len(opens[k])))
