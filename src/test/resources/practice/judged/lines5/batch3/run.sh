#!/bin/sh
# lines5 batch 3 (own probe, NOT held out): ../run.sh on this folder.
# Usage from the repository root: sh src/test/resources/practice/judged/lines5/batch3/run.sh OUTDIR [seeds...]
BATCH=batch3 exec sh src/test/resources/practice/judged/lines5/run.sh "$@"
