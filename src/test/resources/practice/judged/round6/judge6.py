#!/usr/bin/env python3
"""Round-6 judging aid (judge5, issue 11, held out; adapted from round5/judge5.py). No test reads it.

  judge6.py show RUN [SCRIPT]     print the sessions of RUN compactly, replies without a verdict marked '??'
  judge6.py new RUN [SCRIPT]      the same, only the replies without a verdict
  judge6.py report RUN            write verdicts-RUN.txt and print the measures as Markdown
  judge6.py compare RUN1 RUN2     the answer rates by group, script, move and tag of two runs side by side

Verdicts live in verdicts.txt, one line per distinct reply: 'SCRIPT Tn HASH V [tags] | note'.
HASH is the first 6 hex digits of the SHA-1 of the reply; V is Y (answers what was just said),
P (partly) or N (not). A reply with the same words at the same turn of the same script shares its
verdict across seeds and runs. The move of each turn comes from the script's '#@' tags, so the
measures per move (ruler, permission, closing...) are the verdicts on those turns."""
import glob, hashlib, os, re, sys
from collections import OrderedDict, defaultdict

# The folder of the round being judged: this one, or the one a later round's shim names (round7/judge6.py).
HERE = os.environ.get('JUDGED_ROUND') or os.path.dirname(os.path.abspath(__file__))
STAGE = dict(maya='precontemplation', walt='precontemplation', jaden='precontemplation',
             teresa='contemplation', kai='contemplation', dre='contemplation',
             tomas='preparation', ruth='preparation', priya='preparation',
             lena='action', marcus='action', grace='action',
             aisha='maintenance', sam='maintenance', joe='maintenance')
REPLY = re.compile(r'^(\S[^:(]*?) \((change|sustain|neutral|discord)\): (.*)$')
NUMBER = re.compile(r'\b(\d+(\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b', re.I)


def sha(text):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]


def moves(script):
    out, pending = [], []
    for ln in open(os.path.join(HERE, script + '.txt'), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if ln.startswith('#@'):
            pending = ln[2:].split()
        elif ln.strip() and not ln.startswith('#'):
            out.append(pending)
            pending = []
    return out


def parse(path):
    s = dict(opening='', turns=[], end='', stage='')
    said = code = state = None
    for ln in open(path, encoding='utf-8').read().splitlines():
        m = REPLY.match(ln)
        if m:
            if said is None:
                s['opening'] = m.group(3)
            else:
                s['turns'].append(dict(you=said, code=code, state=state, type=m.group(2), reply=m.group(3)))
                said = None
            continue
        if ln.startswith('you: '):
            said = ln[5:]
        elif ln.strip().startswith('codes:'):
            code = ln.split('->')[-1].strip()
        elif ln.strip().startswith('state:'):
            state = ln.strip()[6:].strip()
        elif ln.startswith('Session ended'):
            s['end'] = ln.split(':', 1)[1].strip()
    # a trainee line with no reply (the session ended on it)
    if said is not None:
        s['unanswered'] = said
    for t in s['turns']:
        m = re.search(r'stage (\w+)', t['state'] or '')
        t['stage'] = m.group(1) if m else ''
    return s


def sessions(run):
    out = OrderedDict()
    for p in sorted(glob.glob(os.path.join(HERE, run, '*.s[12].txt'))):
        b = os.path.basename(p)[:-4]
        script, seed = b.rsplit('.s', 1)
        out[(script, int(seed))] = parse(p)
    return out


def verdicts():
    v = {}
    path = os.path.join(HERE, 'verdicts.txt')
    if not os.path.exists(path):
        return v
    for i, ln in enumerate(open(path, encoding='utf-8'), 1):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'):
            continue
        m = re.match(r'^(\S+) T(\d+) ([0-9a-f]{6}) ([YPN])((?: [^|\s]+)*) ?(?:\|(.*))?$', ln)
        if not m:
            sys.exit('verdicts.txt:%d: bad line: %s' % (i, ln))
        v[(m.group(1), int(m.group(2)), m.group(3))] = (m.group(4), m.group(5).split(), (m.group(6) or '').strip())
    return v


def show(run, only=None, new_only=False):
    v = verdicts()
    ss = sessions(run)
    for (script, seed), s in ss.items():
        if only and not script.startswith(only):
            continue
        mv = moves(script)
        print('=== %s seed %d  (%s)  opening: %s' % (script, seed, s['end'] or 'no end', s['opening']))
        other = ss.get((script, 1)) if seed == 2 else None
        for n, t in enumerate(s['turns'], 1):
            k = (script, n, sha(t['reply']))
            same = other and n <= len(other['turns']) and other['turns'][n - 1]['reply'] == t['reply']
            mark = v[k][0] if k in v else '??'
            if new_only and mark != '??':
                continue
            if seed == 2 and same:
                print('  T%d = seed 1 [%s]' % (n, mark))
                continue
            print('  T%d [%s] {%s} you: %s' % (n, ' '.join(mv[n - 1]) if n <= len(mv) else '', t['code'], t['you']))
            print('      %s %s (%s, %s): %s' % (mark, k[2], t['type'], t['stage'], t['reply']))
        if s.get('unanswered'):
            print('  (no reply to: %s)' % s['unanswered'])


def sentences(text):
    return [x.strip().lower() for x in re.split(r'(?<=[.!?])\s+', text) if len(x.split()) >= 8]


def report(run):
    v = verdicts()
    ss = sessions(run)
    rows, missing = [], []
    for (script, seed), s in ss.items():
        mv = moves(script)
        for n, t in enumerate(s['turns'], 1):
            k = (script, n, sha(t['reply']))
            if k not in v:
                missing.append(k)
                continue
            rows.append(dict(script=script, seed=seed, n=n, t=t, v=v[k][0], tags=v[k][1], note=v[k][2],
                             move=mv[n - 1] if n <= len(mv) else []))
    if missing:
        print('%d replies without a verdict, e.g. %s' % (len(missing), missing[:5]))
    with open(os.path.join(HERE, 'verdicts-%s.txt' % run), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write('%s s%d T%d %s %s %s | you: %s | client (%s): %s%s\n' % (
                r['script'], r['seed'], r['n'], r['v'], ','.join(r['move']) or '-', ' '.join(r['tags']),
                r['t']['you'], r['t']['type'], r['t']['reply'], ('  [' + r['note'] + ']') if r['note'] else ''))

    def count(sel):
        c = defaultdict(int)
        for r in sel:
            c[r['v']] += 1
        tot = sum(c.values())
        pct = lambda x: '%d (%d %%)' % (c[x], round(100.0 * c[x] / tot)) if tot else '0'
        return tot, pct('Y'), pct('P'), pct('N')

    print('| group | replies | answered | partly | not |\n|---|---:|---:|---:|---:|')
    groups = [('all', rows)]
    for style in ('skilled', 'poor', 'novice', 'unusual'):
        groups.append(('style:' + style, [r for r in rows if r['script'].split('.')[1] == style]))
    for st in ('precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'):
        groups.append(('stage:' + st, [r for r in rows if STAGE[r['script'].split('.')[0]] == st]))
    for name, sel in groups:
        print('| %s | %d | %s | %s | %s |' % ((name,) + count(sel)))
    print('\n| script | replies (2 seeds) | Y | P | N |\n|---|---:|---:|---:|---:|')
    for script in sorted({r['script'] for r in rows}, key=lambda x: (x.split('.')[1], x)):
        sel = [r for r in rows if r['script'] == script]
        c = defaultdict(int)
        for r in sel:
            c[r['v']] += 1
        print('| %s | %d | %d | %d | %d |' % (script, len(sel), c['Y'], c['P'], c['N']))

    print('\n| move (script tag) | asked | Y | P | N |\n|---|---:|---:|---:|---:|')
    for m in ('greet', 'open', 'refl', 'cref', 'false', 'apology', 'closedq', 'stacked', 'unknown', 'repeat',
              'summary', 'ruler:imp', 'wnl', 'ruler:conf', 'higher', 'perm', 'info', 'close',
              'poor:lecture', 'poor:warn', 'poor:advice', 'poor:label', 'poor:argue', 'poor:confront',
              'poor:persuade', 'poor:onesided', 'short', 'long'):
        sel = [r for r in rows if m in r['move']]
        c = defaultdict(int)
        for r in sel:
            c[r['v']] += 1
        print('| %s | %d | %d | %d | %d |' % (m, len(sel), c['Y'], c['P'], c['N']))

    # mechanical measures
    print('\n### Mechanical measures')
    rulers = [r for r in rows if 'ruler:imp' in r['move'] or 'ruler:conf' in r['move']]
    num = [r for r in rulers if NUMBER.search(r['t']['reply'])]
    print('- rulers asked %d, reply holds a number %d; without: %s' % (len(rulers), len(num),
          '; '.join('%s s%d T%d' % (r['script'], r['seed'], r['n']) for r in rulers if r not in num)))
    asked = defaultdict(int)
    for (script, seed), s in ss.items():
        asked[script] = max(asked[script], 0)
    closes = [(k, s) for k, s in ss.items() if any('close' in m for m in moves(k[0]))]
    reached = [r for r in rows if 'close' in r['move']]
    ended = [r for r in reached if r['n'] == len(ss[(r['script'], r['seed'])]['turns']) and ss[(r['script'], r['seed'])]['end']]
    print('- closing turns reached %d (of %d sessions); the session ends on it %d; judged honoured (Y) %d' % (
        len(reached), len(closes), len(ended), sum(1 for r in reached if r['v'] == 'Y')))
    went_on = [r for r in reached if r['n'] < len(ss[(r['script'], r['seed'])]['turns'])]
    print('  - not the last reply (session went on): %s' % ('; '.join('%s s%d T%d' % (r['script'], r['seed'], r['n']) for r in went_on) or 'none'))
    rep_line, rep_sent = [], []
    for (script, seed), s in ss.items():
        seen, seen_s = {s['opening']: 0}, {}
        for x in sentences(s['opening']):
            seen_s[x] = 0
        for n, t in enumerate(s['turns'], 1):
            if t['reply'] in seen:
                rep_line.append('%s s%d T%d = T%d: "%s"' % (script, seed, n, seen[t['reply']], t['reply'][:70]))
            seen.setdefault(t['reply'], n)
            for x in sentences(t['reply']):
                if x in seen_s and not re.search(r'like i said|as i said|i told you|i said', t['reply'].lower()):
                    rep_sent.append('%s s%d T%d = T%d: "%s"' % (script, seed, n, seen_s[x], x[:70]))
                seen_s.setdefault(x, n)
    print('- whole replies said twice in a session (opening included): %d' % len(rep_line))
    for x in rep_line:
        print('  - ' + x)
    print('- sentences of 8+ words said again without "like I said": %d' % len(rep_sent))
    for x in rep_sent:
        print('  - ' + x)
    # short lines repeated word for word inside a reply count too: list clipped duplicates of 4+ words
    print('\n### Sessions')
    print('| session | replies | end | last reply type | final stage | change replies |\n|---|---:|---|---|---|---:|')
    for (script, seed), s in ss.items():
        last = s['turns'][-1] if s['turns'] else None
        print('| %s s%d | %d | %s | %s | %s | %d |' % (script, seed, len(s['turns']), s['end'] or '-', last['type'] if last else '-',
              last['stage'] if last else '-', sum(1 for t in s['turns'] if t['type'] == 'change')))
    same = []
    for script in sorted({k[0] for k in ss}):
        a, b = ss.get((script, 1)), ss.get((script, 2))
        if a and b:
            pa = [(t['type'], t['stage']) for t in a['turns']]
            pb = [(t['type'], t['stage']) for t in b['turns']]
            if pa == pb:
                same.append(script)
    print('\n- scripts whose two seeds follow the same path (reply types and stage turn for turn): %d of %d; differing: %s' % (
        len(same), len({k[0] for k in ss}), ', '.join(sorted({k[0] for k in ss} - set(same)))))
    ends = defaultdict(int)
    for k, s in ss.items():
        ends[re.sub(r' after .*', '', s['end']) or 'script ran out (no end)'] += 1
    print('\n- how sessions ended: ' + ', '.join('%s %d' % kv for kv in sorted(ends.items())))
    noclose = [(k, s) for k, s in ss.items() if not any('close' in (moves(k[0])[n - 1] if n <= len(moves(k[0])) else []) for n in range(1, len(s['turns']) + 1))]
    print('- sessions that ended before the trainee\'s closing line: %d: %s' % (len(noclose), ', '.join('%s s%d (%s, T%d)' % (k[0], k[1], re.sub(r' after .*', '', s['end']) or 'no end', len(s['turns'])) for k, s in noclose)))
    who = defaultdict(set)
    for (script, seed), s in ss.items():
        for t in s['turns']:
            who[t['reply']].add(script.split('.')[0])
    stock = sorted(((len(p), r) for r, p in who.items() if len(p) >= 3), reverse=True)
    print('- replies said word for word by 3 or more personas: %d: %s' % (len(stock), '; '.join('"%s" (%d)' % (r[:60], n) for n, r in stock[:12])))
    print('\n### Targets')
    def outcome(move, ok_tag=None, no_tag=None):
        sel = [r for r in rows if move in r['move']]
        ok = [r for r in sel if (ok_tag and ok_tag in r['tags']) or (r['v'] == 'Y' and not (no_tag and no_tag in r['tags']))]
        return len(ok), len(sel), [r for r in sel if r not in ok]
    for label, move, ok_tag, no_tag in (('closings honoured', 'close', 'close:ok', 'close:no'),
                                        ('permission answered yes/no', 'perm', None, None),
                                        ('apology received', 'apology', None, None),
                                        ('false reflection corrected', 'false', 'false:corr', None),
                                        ('rulers answered with a number (judged)', 'ruler:imp', None, 'ruler:nonum'),
                                        ('confidence rulers answered with a number (judged)', 'ruler:conf', None, 'ruler:nonum'),
                                        ('why not lower: own reasons', 'wnl', None, None),
                                        ('what would take it higher: what would help', 'higher', None, None),
                                        ('summary acknowledged', 'summary', 'summary:ack', None),
                                        ('closed question answered short and on topic', 'closedq', None, None)):
        ok, n, miss = outcome(move, ok_tag, no_tag)
        print('- %s: %d of %d' % (label, ok, n))
    fc = defaultdict(int)
    for r in rows:
        if 'false' in r['move']:
            for tg in r['tags']:
                if tg.startswith('false:'):
                    fc[tg] += 1
    print('  - false reflections: ' + ', '.join('%s %d' % kv for kv in sorted(fc.items())))
    earned = [r for r in rows if r['script'].endswith('.poor') and r['t']['type'] == 'change' and any(m.startswith('poor:') for m in r['move'])]
    print('- poor scripts: change replies right after an MI-inconsistent turn: %d in %d sessions: %s' % (
        len(earned), len({(r['script'], r['seed']) for r in earned}),
        '; '.join('%s s%d T%d (%s)' % (r['script'], r['seed'], r['n'], ','.join(m for m in r['move'] if m.startswith('poor:'))) for r in earned)))
    anyc = {(k[0], k[1]) for k, s in ss.items() if k[0].endswith('.poor') and any(t['type'] == 'change' for t in s['turns'])}
    print('  - poor sessions with any change reply: %d of %d' % (len(anyc), sum(1 for k in ss if k[0].endswith('.poor'))))
    sk = [(k, s) for k, s in ss.items() if k[0].endswith('.skilled')]
    good = [k for k, s in sk if s['turns'] and s['turns'][-1]['type'] == 'change']
    print('- skilled sessions ending in change talk: %d of %d; not: %s' % (len(good), len(sk), ', '.join('%s s%d' % k for k, s in sk if k not in good) or 'none'))
    for k, s in ss.items():
        if s['turns'] and s['turns'][0]['stage'] != s['turns'][-1]['stage']:
            print('  - stage moved in %s s%d: %s -> %s' % (k[0], k[1], s['turns'][0]['stage'], s['turns'][-1]['stage']))
    tagc = defaultdict(int)
    for r in rows:
        for t in r['tags']:
            tagc[t] += 1
    print('- tags: ' + ', '.join('%s %d' % kv for kv in sorted(tagc.items())))


def rows_of(run):
    v = verdicts()
    out = []
    for (script, seed), s in sessions(run).items():
        mv = moves(script)
        for n, t in enumerate(s['turns'], 1):
            k = (script, n, sha(t['reply']))
            if k in v:
                out.append(dict(script=script, seed=seed, n=n, v=v[k][0], tags=v[k][1], move=mv[n - 1] if n <= len(mv) else [], t=t))
    return out


def compare(a, b):
    ra, rb = rows_of(a), rows_of(b)
    def c(sel):
        d = defaultdict(int)
        for r in sel:
            d[r['v']] += 1
        n = len(sel)
        return '%d: %d (%d %%) / %d / %d' % (n, d['Y'], round(100.0 * d['Y'] / n) if n else 0, d['P'], d['N'])
    print('| group | %s: replies: Y / P / N | %s: replies: Y / P / N |\n|---|---|---|' % (a, b))
    groups = [('all', lambda r: True)]
    for st in ('skilled', 'poor', 'novice', 'unusual'):
        groups.append(('style:' + st, lambda r, st=st: r['script'].split('.')[1] == st))
    for st in ('precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'):
        groups.append(('stage:' + st, lambda r, st=st: STAGE[r['script'].split('.')[0]] == st))
    for name, f in groups:
        print('| %s | %s | %s |' % (name, c([r for r in ra if f(r)]), c([r for r in rb if f(r)])))
    print('\n| script | %s Y / P / N | %s Y / P / N |\n|---|---|---|' % (a, b))
    for script in sorted({r['script'] for r in ra + rb}, key=lambda x: (x.split('.')[1], x)):
        print('| %s | %s | %s |' % (script, c([r for r in ra if r['script'] == script]), c([r for r in rb if r['script'] == script])))
    print('\n| move | %s: asked: Y / P / N | %s: asked: Y / P / N |\n|---|---|---|' % (a, b))
    for m in ('greet', 'open', 'refl', 'cref', 'false', 'apology', 'closedq', 'stacked', 'unknown', 'repeat',
              'summary', 'ruler:imp', 'wnl', 'ruler:conf', 'higher', 'perm', 'info', 'close', 'short', 'long'):
        print('| %s | %s | %s |' % (m, c([r for r in ra if m in r['move']]), c([r for r in rb if m in r['move']])))
    print('\n| tag | %s | %s |\n|---|---:|---:|' % (a, b))
    for tg in sorted({x for r in ra + rb for x in r['tags']}):
        print('| %s | %d | %d |' % (tg, sum(1 for r in ra if tg in r['tags']), sum(1 for r in rb if tg in r['tags'])))


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'compare':
        compare(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if len(sys.argv) >= 3 and sys.argv[1] in ('show', 'new'):
        show(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None, sys.argv[1] == 'new')
    elif len(sys.argv) == 3 and sys.argv[1] == 'report':
        report(sys.argv[2])
    else:
        sys.exit(__doc__)
