# usage: v.py RUNDIR who script "YYPN..." [notes]  -> appends verdicts for seed-1 session turns in order
import sys,os
sys.argv=[sys.argv[0]]+sys.argv[1:]
run,who,k,vs=sys.argv[1:5]
exec(open('src/test/resources/practice/own/lines3/judge.py').read().split("cmd,run=")[0])
ts=turns(f'{run}/{who}.{k}.s1.txt')
assert len(ts)==len(vs),(len(ts),len(vs))
d=load()
with open(V,'a') as out:
    for (t,said,reply),v in zip(ts,vs):
        kk=key(who,k,t,reply)
        if v=='.':
            assert kk in d, kk
            continue
        if kk in d and d[kk][0]!=v: print('changed',kk,d[kk],v)
        out.write('%s %s\n'%(kk,v))
