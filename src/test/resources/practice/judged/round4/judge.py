#!/usr/bin/env python3
"""Round-4 judging aid (issue 11, held out). Not read by any test.

  judge.py template RUN JUDGED...   list client replies in RUN/ (baseline or after) with no verdict yet
  judge.py report RUN JUDGED...     write verdicts-RUN.txt and print the tables

A verdict line is 'SCRIPT Tn HASH V tags | note' where HASH is the first 6 hex digits of the SHA-1 of
the reply text and V is Y, P or N. A verdict belongs to a reply's words at that turn of that script, so
a reply that is word for word the same (same trainee line, same turn) keeps its verdict across seeds and
runs; every other reply is judged on its own."""
import glob, hashlib, os, re, sys
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
STAGE = {'maya': 'precontemplation', 'walt': 'precontemplation', 'jaden': 'precontemplation',
         'teresa': 'contemplation', 'kai': 'contemplation', 'dre': 'contemplation',
         'tomas': 'preparation', 'ruth': 'preparation', 'priya': 'preparation',
         'lena': 'action', 'marcus': 'action', 'grace': 'action',
         'aisha': 'maintenance', 'sam': 'maintenance', 'joe': 'maintenance'}


def h(text):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]


def parse(path):
    turns, end, said, code, state, opening = [], '', None, '', '', ''
    for ln in open(path, encoding='utf-8').read().splitlines():
        m = re.match(r'^(\S[^:(]*?) \((change|sustain|neutral|discord)\): (.*)$', ln)
        if m:
            if said is None:
                opening = m.group(3)
            else:
                turns.append(dict(n=len(turns) + 1, you=said, code=code, state=state, type=m.group(2), reply=m.group(3)))
            continue
        if ln.startswith('you: '):
            said = ln[5:]
            continue
        m = re.match(r'^\s+codes:.*-> (.*)$', ln)
        if m:
            code = m.group(1)
            continue
        m = re.match(r'^\s+state:\s+(.*)$', ln)
        if m:
            state = m.group(1)
            continue
        if ln.startswith('Session ended'):
            end = ln[len('Session ended: '):]
    return dict(opening=opening, turns=turns, end=end)


def sessions(run):
    out = OrderedDict()
    for p in sorted(glob.glob(os.path.join(HERE, run, '*.seed*.txt'))):
        b = os.path.basename(p)[:-4]
        script, seed = b.rsplit('.seed', 1)
        out[(script, int(seed))] = parse(p)
    return out


def load(files):
    v = {}
    for f in files:
        for ln in open(f, encoding='utf-8'):
            ln = ln.rstrip('\n')
            if not ln.strip() or ln.startswith('#'):
                continue
            m = re.match(r'^(\S+) T(\d+) ([0-9a-f]{6}) ([YPN])\b ?([^|]*)(?:\|(.*))?$', ln)
            if not m:
                sys.exit('bad verdict line: ' + ln)
            v[(m.group(1), int(m.group(2)), m.group(3))] = (m.group(4), m.group(5).split(), (m.group(6) or '').strip())
    return v


def template(run, files):
    v = load(files)
    seen = set()
    for (script, seed), s in sessions(run).items():
        for t in s['turns']:
            k = (script, t['n'], h(t['reply']))
            if k in v or k in seen:
                continue
            seen.add(k)
            print('%s T%d %s   you: %s\n      [%s] (%s) %s\n' % (script, t['n'], k[2], t['you'], t['code'], t['type'], t['reply']))
    print('# %d replies to judge' % len(seen), file=sys.stderr)


def pct(a, b):
    return '%d %%' % round(100.0 * a / b) if b else '-'


def report(run, files):
    v = load(files)
    ss = sessions(run)
    groups = defaultdict(lambda: [0, 0, 0])
    per = OrderedDict()
    tags = defaultdict(lambda: defaultdict(int))
    repeats, echoes, wdya, missing = [], [], [], []
    out = []
    endings = {}
    for (script, seed), s in ss.items():
        who, style = script.split('.')
        out.append('== %s.seed%d' % (script, seed))
        said = {}
        for t in s['turns']:
            k = (script, t['n'], h(t['reply']))
            if k not in v:
                missing.append(k)
                out.append('%d ? | UNJUDGED' % t['n'])
                continue
            verdict, tg, note = v[k]
            extra = []
            for sent in [t['reply']]:
                if sent in said:
                    extra.append('repeat:T%d' % said[sent])
                    repeats.append('%s s%d T%d = T%d' % (script, seed, t['n'], said[sent]))
                said.setdefault(sent, t['n'])
            if re.match(r"^(Like I said|I told you already|As I said)", t['reply']):
                extra.append('echo')
                echoes.append((script, seed, t['n'], verdict))
            if re.search(r"Why do you ask|what's that got to do with", t['reply'], re.I):
                wdya.append('%s s%d T%d' % (script, seed, t['n']))
            out.append('%d %s %s| %s' % (t['n'], verdict, ' '.join(tg + extra) + (' ' if tg + extra else ''), note))
            idx = 'YPN'.index(verdict)
            for g in ('all', 'style:' + style, 'stage:' + STAGE[who]):
                groups[g][idx] += 1
            per.setdefault(script, [0, 0, 0])[idx] += 1
            for x in tg:
                tags[x][verdict] += 1
        last = s['turns'][-1] if s['turns'] else None
        change_turns = [t['n'] for t in s['turns'] if t['type'] == 'change']
        endings[(script, seed)] = (s['end'], last['type'] if last else '', re.search(r'stage (\w+)', last['state']).group(1) if last else '', change_turns)
        out.append('end %s; last reply %s; stage %s; change-talk turns %s' % endings[(script, seed)])
    open(os.path.join(HERE, 'verdicts-%s.txt' % run), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('### answer rate (%s)\n' % run)
    print('| group | replies | answered | partly | not |\n|---|---:|---:|---:|---:|')
    for g in sorted(groups, key=lambda g: (g != 'all', g)):
        y, p, n = groups[g]
        tot = y + p + n
        print('| %s | %d | %d (%s) | %d (%s) | %d (%s) |' % (g, tot, y, pct(y, tot), p, pct(p, tot), n, pct(n, tot)))
    print('\n| script | replies (2 seeds) | Y | P | N |\n|---|---:|---:|---:|---:|')
    for sc, (y, p, n) in per.items():
        print('| %s | %d | %d | %d | %d |' % (sc, y + p + n, y, p, n))
    print('\n### tags (verdict counts)\n')
    for x in sorted(tags):
        d = tags[x]
        print('- %s: %d (Y %d, P %d, N %d)' % (x, sum(d.values()), d['Y'], d['P'], d['N']))
    print('\n### repeats (whole line said twice in a session): %d' % len(repeats))
    for r in repeats:
        print('- ' + r)
    print('\n### echoes ("Like I said" / "I told you already"): %d, judged Y %d / P %d / N %d' % (
        len(echoes), sum(1 for e in echoes if e[3] == 'Y'), sum(1 for e in echoes if e[3] == 'P'), sum(1 for e in echoes if e[3] == 'N')))
    print('\n### "why do you ask" / "what\'s that got to do with": %d in %d sessions' % (len(wdya), len({w.rsplit(' ', 1)[0] for w in wdya})))
    print('\n### endings\n')
    for (script, seed), e in endings.items():
        print('- %s s%d: %s; last %s; stage %s; change talk at %s' % (script, seed, *e))

    # Sentences of eight words or more that come back later in the same session, outside "Like I said" echoes.
    print('\n### retold sentences (8+ words said again later in a session, not after "Like I said"/"I told you already")\n')
    nret = 0
    for (script, seed), s in ss.items():
        seen = {}
        for t in s['turns']:
            body = re.sub(r"^(Like I said|I told you already|As I said)[,.]\s*", '', t['reply'])
            echo = body != t['reply']
            for sent in re.split(r'(?<=[.!?])\s+', body):
                key = sent.strip().lower()
                if len(key.split()) < 8:
                    continue
                if key in seen and not echo:
                    nret += 1
                    print('- %s s%d T%d retells T%d: "%s"' % (script, seed, t['n'], seen[key], sent.strip()[:90]))
                seen.setdefault(key, t['n'])
    print('\ntotal retold: %d' % nret)
    # Closings: the script's last line is the closing.
    print('\n### closings (last script line)\n')
    reached = ended = 0
    for (script, seed), s in ss.items():
        lines = [l for l in open(os.path.join(HERE, script + '.txt'), encoding='utf-8').read().splitlines() if l.strip() and not l.startswith('#')]
        n = len(lines)
        if len(s['turns']) < n:
            print('- %s s%d: closing not reached (%s)' % (script, seed, s['end'] or 'no end'))
            continue
        reached += 1
        t = s['turns'][n - 1]
        vv = v.get((script, n, h(t['reply'])))
        end_here = bool(s['end'])
        ended += end_here
        print('- %s s%d: %s %s; session %s' % (script, seed, vv[0] if vv else '?', ' '.join(vv[1]) if vv else '', 'ENDED' if end_here else 'goes on'))
    print('\nreached %d, ended %d' % (reached, ended))
    # Seeds: does seed 2 follow another path (reply types) than seed 1?
    print('\n### seeds changing the path (reply types differ on some turn)\n')
    by = defaultdict(dict)
    for (script, seed), s in ss.items():
        by[script][seed] = [t['type'] for t in s['turns']]
    ndiff = 0
    for script, d in by.items():
        if d.get(1) != d.get(2):
            ndiff += 1
            print('- %s: seed 1 %s / seed 2 %s' % (script, ''.join(x[0] for x in d.get(1, [])), ''.join(x[0] for x in d.get(2, []))))
    print('\n%d of %d scripts differ' % (ndiff, len(by)))
    if missing:
        print('\n%d UNJUDGED replies' % len(missing), file=sys.stderr)


if __name__ == '__main__':
    cmd, run, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    {'template': template, 'report': report}[cmd](run, files)
