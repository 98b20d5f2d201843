#!/usr/bin/env python3
"""Round-14 judging aid (judge13, issue 11, held out): round 6's tool, ../round6/judge6.py, unchanged in method,
pointed at this folder, as round 13's judge12.py does, so that verdicts and measures compare with rounds 6-13.
Same commands: show, new, report, compare. No test reads it."""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round6', 'judge6.py'), run_name='__main__')
