import json,os,sys,hashlib,collections
# score.py VERDICTS SCRIPTDIR RUNDIR : counts Y/P/N over tagged question turns (not refl/cref/close)
V={}
for l in open(sys.argv[1]):
    if l.strip():
        k,v=l.split(); V[k]=v
sdir,rdir=sys.argv[2],sys.argv[3]
tot=collections.Counter(); bytag=collections.defaultdict(collections.Counter); missing=[]
for f in sorted(os.listdir(rdir)):
    script=f.rsplit('.s',1)[0]
    tags=[];cur=None
    for l in open(os.path.join(sdir,script+'.txt')):
        l=l.rstrip('\n')
        if l.startswith('#@'): cur=l[2:].strip()
        elif l.startswith('#') or not l.strip(): continue
        else: tags.append(cur or '')
    J=json.load(open(os.path.join(rdir,f)))
    for t in J["turns"]:
        tag=tags[t['turn']-1]
        kind=tag.split()[0] if tag else ''
        if kind in ('refl','cref','close',''): continue
        c=t.get("client",{}).get("text") or ""
        k=f"{script.split('-')[0]}|{t['turn']}|{hashlib.sha1(c.encode()).hexdigest()[:8]}"
        v=V.get(k)
        if v is None: missing.append(k+' '+c[:100]); continue
        tot[v]+=1
        for part in tag.split(): bytag[part][v]+=1
n=sum(tot.values())
print(f"all: Y {tot['Y']} P {tot['P']} N {tot['N']} of {n} ({100*tot['Y']/max(1,n):.0f}% Y)")
for k in sorted(bytag): print(f"  {k}: Y {bytag[k]['Y']} P {bytag[k]['P']} N {bytag[k]['N']}")
for m in missing: print("MISSING",m)
