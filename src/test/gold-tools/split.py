# Splits a new gold file into tune/ (70 %) and holdout/ (30 %) by a stable hash of each conversation id.
# Run from src/test/resources/gold: python3 ../../gold-tools/split.py NEW.jsonl
import json, hashlib, sys, os, collections
src = sys.argv[1]; name = os.path.basename(src)
items = collections.OrderedDict()
for line in open(src, encoding='utf-8'):
    if not line.strip(): continue
    o = json.loads(line); items.setdefault(o['conversation'], []).append(line.rstrip('\n'))
os.makedirs('tune', exist_ok=True); os.makedirs('holdout', exist_ok=True)
t = open('tune/'+name,'w',encoding='utf-8'); h = open('holdout/'+name,'w',encoding='utf-8')
nt=nh=0
for cid, lines in items.items():
    hv = int(hashlib.sha256(('changetalk-gold:'+cid).encode()).hexdigest()[:8],16) % 100
    f = h if hv < 30 else t
    if hv < 30: nh+=1
    else: nt+=1
    f.write('\n'.join(lines)+'\n')
print(name, 'tune', nt, 'holdout', nh)
