#!/usr/bin/env python3
"""Round-14 side measure (judge13, issue 11, held out): seen wording against new wording, by design as in rounds 12
and 13: round 12's seen-vs-new.py, unchanged in method, pointed at this folder. Usage: python3 seen-vs-new.py
baseline (or: after). No test reads it."""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round12', 'seen-vs-new.py'), run_name='__main__')
