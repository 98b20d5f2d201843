#!/usr/bin/env python3
"""Round-14 wording check (judge13, issue 11, held out): round 9's newwording.py pointed at this folder. Every
trainee line here against every earlier script line under src/test/resources/practice/** (rounds 9 to 13's
scripts included; transcripts, verdicts and reports left out) and against the other round-14 lines; difflib ratio
above the limit (default 0.72). Regression-script lines are named by file only. Usage: python3 newwording.py [LIMIT]"""
import os, runpy

here = os.path.dirname(os.path.abspath(__file__))
os.environ['JUDGED_ROUND'] = here
runpy.run_path(os.path.join(here, '..', 'round9', 'newwording.py'), run_name='__main__')
