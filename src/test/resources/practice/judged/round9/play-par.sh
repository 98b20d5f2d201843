#!/bin/sh
# The same plays as run.sh (../play-round.sh round9 RUN), P at a time (default 3), because a serial round took
# ~35 min on the shared, loaded machine. REVERSE=1 and SKIP=1 as in ../play-round.sh.
# Usage, from the repository root: P=3 JAR=... SCENARIOS=... sh src/test/resources/practice/judged/round9/play-par.sh baseline
P=${P:-3} exec sh src/test/resources/practice/judged/play-round.sh round9 "$@"
