#!/usr/bin/env bash
# Builds the libFuzzer target (.ci/fuzz/FuzzTarget.swift compiled with the library's sources, with AddressSanitizer)
# and runs it, seeded with the seed documents and the sample corpus. Usage: .ci/fuzz.sh [RUNS] [extra libFuzzer flags]
# (default 100000 runs; e.g. `.ci/fuzz.sh 0 -max_total_time=3600` for an hour).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100000}"
shift || true
out=.build/fuzz
mkdir -p "$out/corpus"
cp -f graphs/sample/corpus/*.txt "$out/corpus/" 2>/dev/null || true
if [ -d ../shared/seeds ]; then cp -f ../shared/seeds/*.txt "$out/corpus/"; fi
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name LegalRef \
  -Xcc -fmodule-map-file=Sources/CZlib/module.modulemap -I Sources/CZlib \
  $(find Sources/LegalRef -name '*.swift' | sort) .ci/fuzz/FuzzTarget.swift \
  -o "$out/legalref-fuzz" 2> "$out/build.log" || { cat "$out/build.log"; exit 1; }
# Crashes are written to $out/ (crash-*) and become regression tests in Tests/LegalRefTests/Robustness.
"$out/legalref-fuzz" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$out/" \
  "$@" "$out/corpus" 2>&1 | tail -n 5
