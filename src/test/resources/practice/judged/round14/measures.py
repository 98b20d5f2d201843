#!/usr/bin/env python3
"""Round-14 issue-11 targets side by side (judge13, held out): round 8's measures.py, unchanged in method, pointed at
this folder, as rounds 10 to 13 do. Usage: python3 measures.py baseline after. No test reads it."""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round8', 'measures.py'), run_name='__main__')
