#!/usr/bin/env python3
"""Round-11 issue-11 targets side by side (judge10, held out): round 8's measures.py, unchanged in method, pointed at
this folder, as round10/measures.py does. Usage: python3 measures.py baseline after. No test reads it."""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round8', 'measures.py'), run_name='__main__')
