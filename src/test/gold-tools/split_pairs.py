# Splits a contrast-pair gold file into tune/ (70 %) and holdout/ (30 %) with split.py's stable hash, keyed on the
# pair's stem (gk-0001a and gk-0001b both hash as gk-0001) so both members of a pair land on the same side.
# Run from src/test/resources/gold: python3 ../../gold-tools/split_pairs.py NEW.jsonl
import json, hashlib, sys, os, collections, re
src = sys.argv[1]; name = os.path.basename(src)
items = collections.OrderedDict()
for line in open(src, encoding='utf-8'):
    if not line.strip(): continue
    o = json.loads(line); items.setdefault(o['conversation'], []).append(line.rstrip('\n'))
os.makedirs('tune', exist_ok=True); os.makedirs('holdout', exist_ok=True)
t = open('tune/'+name,'w',encoding='utf-8'); h = open('holdout/'+name,'w',encoding='utf-8')
nt=nh=0
for cid, lines in items.items():
    stem = re.sub(r'^(gk-\d+)[a-d]$', r'\1', cid)
    hv = int(hashlib.sha256(('changetalk-gold:'+stem).encode()).hexdigest()[:8],16) % 100
    f = h if hv < 30 else t
    if hv < 30: nh+=1
    else: nt+=1
    f.write('\n'.join(lines)+'\n')
print(name, 'tune', nt, 'holdout', nh)
