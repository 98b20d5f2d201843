#!/usr/bin/env python3
"""Round-8 issue-11 targets side by side (judge7, held out): the measures issue 11 names, for two or more runs
of this folder, from the same verdicts.txt and transcripts that judge7.py reads. No test reads it.

  measures.py baseline after            (or: baseline mid after)

Rulers with a number are counted two ways: judged (the ruler turn is Y and not tagged ruler:nonum), and
mechanically with a stricter pattern than round 6's (a number said AS the rating: "A 7", "8.", "Maybe a 6",
"About a 5", "Seven."), since round 6's pattern also counts "Nine months" and "three, four times a day"."""
import importlib.util, os, re, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault('JUDGED_ROUND', here)  # a later round's wrapper points it at its own folder
spec = importlib.util.spec_from_file_location('judge6', os.path.join(here, '..', 'round6', 'judge6.py'))
j = importlib.util.module_from_spec(spec)
spec.loader.exec_module(j)

WORD = r'(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)'
RATING = re.compile(r"^(?:(?:honestly|um|hm|well|okay|yeah)[?,.!]*\s+)*(?:(?:maybe|about|probably|i'd say|like|around|i guess|solid)\s+)?(?:a |an )?" + WORD + r"\b(?![,\s]*(?:\w+\s+)?(?:months?|weeks?|days?|times|years?|hours?|nights?|grams?|drinks?|glasses|milligrams?)\b)", re.I)


def measures(run):
    ss = j.sessions(run)
    rows = j.rows_of(run)
    m = {}
    m['replies'] = len(rows)
    y = sum(1 for r in rows if r['v'] == 'Y')
    m['answered (Y)'] = '%d (%d %%)' % (y, round(100.0 * y / len(rows))) if rows else '-'
    for st in ('skilled', 'poor', 'novice', 'unusual'):
        sel = [r for r in rows if r['script'].split('.')[1] == st]
        m['answered, ' + st] = '%d %%' % round(100.0 * sum(1 for r in sel if r['v'] == 'Y') / len(sel)) if sel else '-'
    whole = sent = 0
    for (script, seed), s in ss.items():
        seen, seen_s = {s['opening']}, set(j.sentences(s['opening']))
        for t in s['turns']:
            if t['reply'] in seen:
                whole += 1
            seen.add(t['reply'])
            for x in j.sentences(t['reply']):
                if x in seen_s and not re.search(r'like i said|as i said|i told you|i said', t['reply'].lower()):
                    sent += 1
                seen_s.add(x)
    m['whole replies repeated word for word in a session'] = whole
    m['8+-word sentences said again without "like I said"'] = sent
    tag = lambda t: sum(1 for r in rows if t in r['tags'])
    m['"Like I said" that does not answer (echo-bad)'] = tag('echo-bad')
    rul = [r for r in rows if 'ruler:imp' in r['move'] or 'ruler:conf' in r['move']]
    m['rulers answered with a number, judged Y (P: a number in a stock sentence for the other ruler)'] = '%d / %d' % (sum(1 for r in rul if r['v'] == 'Y' and 'ruler:nonum' not in r['tags']), len(rul))
    m['rulers with a number, said as the rating'] = '%d / %d' % (sum(1 for r in rul if RATING.search(r['t']['reply'].strip())), len(rul))
    for mv, label in (('wnl', '"why not lower?" answered with own reasons'), ('higher', '"what would take it higher?" answered with what would help'),
                      ('perm', 'permission answered yes/no'), ('info', 'information after permission answered'),
                      ('apology', 'apology received and its question answered'), ('closedq', 'closed questions answered'),
                      ('unknown', 'questions the persona has no line for, answered'), ('repeat', 'topic raised again, answered'),
                      ('open', 'open questions answered')):
        sel = [r for r in rows if mv in r['move']]
        m[label] = '%d / %d' % (sum(1 for r in sel if r['v'] == 'Y'), len(sel))
    cl = [r for r in rows if 'close' in r['move']]
    m['closings reached / honoured (close:ok)'] = '%d / %d' % (len(cl), sum(1 for r in cl if 'close:ok' in r['tags']))
    fr = [r for r in rows if 'false' in r['move']]
    fc = defaultdict(int)
    for r in fr:
        for t in r['tags']:
            if t.startswith('false:'):
                fc[t[6:]] += 1
    m['false reflections: corrected / agreed / ignored / implicit / true (of %d)' % len(fr)] = '%d / %d / %d / %d / %d' % (
        fc['corr'], fc['acc'], fc['ign'], fc['part'], fc['true'])
    m['corrections where nothing false was said (wrongcorr)'] = tag('wrongcorr')
    sm = [r for r in rows if 'summary' in r['move'] and not r['script'].endswith('.poor')]
    m['two-sided summaries acknowledged (non-poor scripts)'] = '%d / %d' % (sum(1 for r in sm if 'summary:ack' in r['tags']), len(sm))
    poor = [k for k in ss if k[0].endswith('.poor')]
    m['poor sessions with any change reply'] = '%d / %d' % (sum(1 for k in poor if any(t['type'] == 'change' for t in ss[k]['turns'])), len(poor))
    m['poor sessions where a poor move earned change talk or warmth (poor-earned)'] = '%d / %d (%d replies)' % (
        len({(r['script'], r['seed']) for r in rows if 'poor-earned' in r['tags']}), len(poor), tag('poor-earned'))
    sk = [k for k in ss if k[0].endswith('.skilled')]
    endc = [k for k in sk if ss[k]['turns'] and ss[k]['turns'][-1]['type'] == 'change']
    m['skilled sessions ending in change talk'] = '%d / %d (not: %s)' % (len(endc), len(sk), ', '.join('%s s%d' % k for k in sk if k not in endc) or 'none')
    m['walkouts'] = tag('walkout')
    m['names or things never introduced (noref)'] = tag('noref')
    m['replies following a coder misreading (coder)'] = tag('coder')
    same = 0
    scripts = sorted({k[0] for k in ss})
    for sc in scripts:
        a, b = ss.get((sc, 1)), ss.get((sc, 2))
        if a and b and [(t['type'], t['stage']) for t in a['turns']] == [(t['type'], t['stage']) for t in b['turns']]:
            same += 1
    m['scripts whose two seeds take different paths'] = '%d / %d' % (len(scripts) - same, len(scripts))
    wording = sum(1 for sc in scripts if ss.get((sc, 1)) and ss.get((sc, 2)) and
                  [t['reply'] for t in ss[(sc, 1)]['turns']] != [t['reply'] for t in ss[(sc, 2)]['turns']])
    m['scripts whose two seeds differ in wording'] = '%d / %d' % (wording, len(scripts))
    stages = defaultdict(int)
    for k, s in ss.items():
        if s['turns'] and s['turns'][0]['stage'] != s['turns'][-1]['stage']:
            stages['%s -> %s' % (s['turns'][0]['stage'], s['turns'][-1]['stage'])] += 1
    m['sessions whose stage moved'] = ', '.join('%s %d' % kv for kv in sorted(stages.items())) or 'none'
    ends = defaultdict(int)
    for k, s in ss.items():
        ends[re.sub(r' after .*', '', s['end']) or 'script ran out'] += 1
    m['how sessions ended'] = ', '.join('%s %d' % kv for kv in sorted(ends.items()))
    return m


if __name__ == '__main__':
    runs = sys.argv[1:]
    if not runs:
        sys.exit(__doc__)
    ms = [measures(r) for r in runs]
    print('| measure | ' + ' | '.join(runs) + ' |\n|---|' + '---|' * len(runs))
    for k in ms[0]:
        print('| %s | %s |' % (k, ' | '.join(str(m.get(k, '-')) for m in ms)))
