#!/usr/bin/env bash
# Runs every test of CommunityFp.Analytics on a fresh machine: installs what the tests need, builds, tests,
# and closes with one plain line "N passed, N failed" summed over the test projects.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

"$root/scripts/setup.sh" || { echo "setup failed"; exit 1; }

log="$(mktemp)"
dotnet test "$root/CommunityFp.Analytics.sln" -c Release -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | awk '
  { for (i = 1; i <= NF; i++) { k = $i; v = $(i + 1); gsub(",", "", v)
      if (k == "Passed:") p += v; if (k == "Failed:") f += v; if (k == "Skipped:") s += v } }
  END { printf "%d %d %d\n", p, f, s }')
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ $status -eq 0 && "$passed" -eq 0 ]]; then echo "no test ran"; exit 1; fi
exit $status
