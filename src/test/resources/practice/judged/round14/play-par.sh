#!/bin/sh
# The same plays as run.sh, P at a time (default 3), because the machine is shared and loaded.
# REVERSE=1 and SKIP=1 as in ../play-round.sh. The seen-wording variants: P=2 sh ../play-round.sh round14/seen RUN.
# Usage, from the repository root: P=3 JAR=... SCENARIOS=... sh src/test/resources/practice/judged/round14/play-par.sh baseline
P=${P:-3} exec sh src/test/resources/practice/judged/play-round.sh round14 "$@"
