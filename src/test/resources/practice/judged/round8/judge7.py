#!/usr/bin/env python3
"""Round-8 judging aid (judge7, issue 11, held out): round 6's tool, ../round6/judge6.py, unchanged in method,
pointed at this folder, as round7/judge6.py does. Same commands: show, new, report, compare. No test reads it."""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round6', 'judge6.py'), run_name='__main__')
