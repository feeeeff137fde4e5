#!/usr/bin/env bash
# Measures generation time and peak memory: bench/generator/measure.sh <tiny|demo|city> [defects] [out-dir]
# The output folder is deleted afterwards (a city run writes about 40 GB).
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:-tiny}"; defects="${2:-realistic}"; out="${3:-/tmp/cfp-bench-$scale}"
dotnet build bench/generator -c Release -v q -nologo > /dev/null
rm -rf "$out"
/usr/bin/time -v dotnet bench/generator/bin/Release/net10.0/GeneratorBench.dll "$scale" "$out" 20070101 "$defects" 2>&1 \
  | grep -E "scale=|Elapsed \(wall|Maximum resident|Percent of CPU"
du -sh "$out"
rm -rf "$out"
