import re,sys
for path in sys.argv[1:]:
    print('='*6, path.rsplit('/',1)[-1])
    said=None; t=0; code=''
    for ln in open(path):
        ln=ln.rstrip('\n')
        m=re.match(r'^(\S[^:(]*?) \((change|sustain|neutral|discord)\): (.*)$', ln)
        if m:
            if said is None: print('  OPEN', m.group(3)[:200])
            else: print(f'T{t} > {said}\n     [{code}] ({m.group(2)}) {m.group(3)}')
            continue
        if ln.startswith('you: '): t+=1; said=ln[5:]; continue
        m=re.match(r'^\s+codes:.*-> (.*)$', ln)
        if m: code=m.group(1)
