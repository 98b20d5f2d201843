#!/bin/sh
# Round 14 (held out, issue 11): replay each trainer script in this folder on seeds 1 and 2 (../play-round.sh).
# Usage, from the repository root: sh src/test/resources/practice/judged/round14/run.sh baseline     (or: after)
# JAR= and SCENARIOS= point it at another build (e.g. the round14-after worktree) and that build's scenarios.
exec sh src/test/resources/practice/judged/play-round.sh round14 "$@"
