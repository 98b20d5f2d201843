#!/bin/sh
# Round 8 (held out, issue 11): replay each trainer script in this folder on seeds 1 and 2 (../play-round.sh).
# Usage, from the repository root: sh src/test/resources/practice/judged/round8/run.sh baseline     (or: mid, after)
exec sh src/test/resources/practice/judged/play-round.sh round8 "$@"
