#!/usr/bin/env bash
# Runs every test of CommunityFp.Analytics on a fresh machine: installs what the tests need, builds, tests,
# and closes with one plain line "N passed, N failed" summed over the test projects.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

"$root/scripts/setup.sh" || { echo "setup failed"; exit 1; }

log="$(mktemp)"
dotnet build "$root/CommunityFp.Analytics.sln" -c Release -nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One test project at a time: on a 2-core machine running them side by side gains little, and the browser tests
# (a served dashboard, Chromium and the test runner) must not be starved of CPU by the ETL's SIGKILL tests.
if [[ $status -eq 0 ]]; then
  for project in "$root"/tests/*/*.Tests.csproj; do
    dotnet test "$project" -c Release --no-build -nologo "$@" 2>&1 | tee -a "$log"
    [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  done
fi

read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | awk '
  { for (i = 1; i <= NF; i++) { k = $i; v = $(i + 1); gsub(",", "", v)
      if (k == "Passed:") p += v; if (k == "Failed:") f += v; if (k == "Skipped:") s += v } }
  END { printf "%d %d %d\n", p, f, s }')
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ $status -eq 0 && "$passed" -eq 0 ]]; then echo "no test ran"; exit 1; fi
exit $status
