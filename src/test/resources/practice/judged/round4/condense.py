#!/usr/bin/env python3
"""Condenses practice transcripts for judging: turn, trainee line, coder's code, client reply type and text, stage.
Usage: condense.py FILE... (prints to stdout)."""
import re, sys

for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().splitlines()
    print('=' * 8, path.rsplit('/', 1)[-1])
    turn, said, code, state = 0, None, '', ''
    for ln in lines:
        m = re.match(r'^(\S[^:(]*?) \((change|sustain|neutral|discord)\): (.*)$', ln)
        if m:
            if said is None:
                print('  OPEN (%s) %s' % (m.group(2), m.group(3)))
            else:
                print('T%d you: %s\n   [%s | %s]\n   -> (%s) %s' % (turn, said, code, state, m.group(2), m.group(3)))
            continue
        if ln.startswith('you: '):
            turn += 1
            said = ln[5:]
            continue
        m = re.match(r'^\s+codes:.*-> (.*)$', ln)
        if m:
            code = m.group(1)
            continue
        m = re.match(r'^\s+state:\s+(.*)$', ln)
        if m:
            s = m.group(1)
            st = re.search(r'stage (\w+)', s)
            d = re.search(r'discord ([\d.]+)', s)
            e = re.search(r'engagement ([\d.]+)', s)
            i = re.search(r'importance ([\d.]+)', s)
            c = re.search(r'confidence ([\d.]+)', s)
            state = 'e%s d%s i%s c%s %s' % (e.group(1) if e else '?', d.group(1) if d else '?', i.group(1) if i else '?', c.group(1) if c else '?', st.group(1)[:5] if st else '?')
            continue
        if ln.startswith('Session ended') or ln.startswith('note:'):
            print('  END', ln)
