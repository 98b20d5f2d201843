#!/bin/sh
# Round 7 (held out, issue 11): replay each trainer script in this folder on seeds 1 and 2 (../play-round.sh).
# Usage, from the repository root: sh src/test/resources/practice/judged/round7/run.sh baseline     (or: after)
exec sh src/test/resources/practice/judged/play-round.sh round7 "$@"
