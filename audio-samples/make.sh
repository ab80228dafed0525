#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the listen-only samples in this folder from the texts beside them,
# with the vachak built in ../build (scripts/dev.sh build makes it).
set -eu
cd "$(dirname "$0")"
VACHAK=${VACHAK:-../build/vachak}
head -n 2 ../tests/corpus/seed-article.txt > seed-article-start.txt
for t in seed-article-start numbers; do
    "$VACHAK" normalize "$t.txt" -o "$t.spoken.txt"
    "$VACHAK" speak "$t.txt" -o "$t.ogg"
done
