#!/usr/bin/env bash
# Regenerates the committed outputs in graphs/: the DOT and SVG of the sample corpus and of the five seed documents
# (../shared/seeds). Run from anywhere; needs Graphviz `dot` for the SVGs. A test fails when a committed DOT is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/legalref
"$bin" graph graphs/sample/corpus -o graphs/sample/graph.dot --quiet
"$bin" graph ../shared/seeds -o graphs/seeds/graph.dot --quiet
for d in graphs/sample graphs/seeds; do
  dot -Tsvg "$d/graph.dot" -o "$d/graph.svg"
done
echo "regenerated: graphs/sample/graph.{dot,svg} graphs/seeds/graph.{dot,svg}"
