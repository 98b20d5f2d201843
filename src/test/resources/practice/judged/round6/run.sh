#!/bin/sh
# Round 6 (held out, issue 11): replay each trainer script in this folder on seeds 1 and 2 (../play-round.sh).
# Usage, from the repository root: sh src/test/resources/practice/judged/round6/run.sh baseline     (or: after)
exec sh src/test/resources/practice/judged/play-round.sh round6 "$@"
