"""lines3's verdict cache. usage:
  judge.py todo RUNDIR [who...]   -> prints unjudged replies (key, trainee, reply) for seed-1 A/B sessions
  judge.py report RUNDIR [who...] -> counts Y/P/N over judged replies (every seed present)"""
import re,sys,hashlib,os,glob
V='src/test/resources/practice/own/lines3/verdicts.txt'
def load():
    d={}
    if os.path.exists(V):
        for ln in open(V):
            if ln.strip() and not ln.startswith('#'):
                k,v=ln.split(' ',1)
                d[k]=v.strip()
    return d
def turns(path):
    said=None;t=0;out=[];prev=''
    for ln in open(path):
        ln=ln.rstrip('\n')
        m=re.match(r'^(\S[^:(]*?) \((change|sustain|neutral|discord)\): (.*)$', ln)
        if m:
            if said is not None: out.append((t,said,m.group(3)))
            continue
        if ln.startswith('you: '): t+=1; said=ln[5:]
    return out
def key(who,k,t,reply): return '%s.%s.T%d.%s'%(who,k,t,hashlib.sha1(reply.encode()).hexdigest()[:6])
cmd,run=sys.argv[1],sys.argv[2]; whos=sys.argv[3:]
d=load()
files=sorted(glob.glob(run+'/*.txt'))
if whos: files=[f for f in files if os.path.basename(f).split('.')[0] in whos]
if cmd=='todo':
    for f in files:
        if '.s1.' not in f: continue
        who,k=os.path.basename(f).split('.')[:2]
        for t,said,reply in turns(f):
            kk=key(who,k,t,reply)
            if kk not in d: print('%s\n   > %s\n   < %s'%(kk,said,reply))
else:
    c={'Y':0,'P':0,'N':0,'?':0}
    for f in files:
        who,k=os.path.basename(f).split('.')[:2]
        if '.s1.' not in f: continue
        for t,said,reply in turns(f):
            v=d.get(key(who,k,t,reply),'?')[0]
            c[v]+=1
    n=c['Y']+c['P']+c['N']
    print(run, c, 'answered %.0f%% (%d/%d)'%(100*c['Y']/max(n,1),c['Y'],n))
