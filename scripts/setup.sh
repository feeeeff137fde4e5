#!/usr/bin/env bash
# Installs what building and testing CommunityFp.Analytics needs on a fresh Debian 12 machine.
# Idempotent: installs only what is missing. Later features add their packages to the list below.
set -euo pipefail

# the dashboard's charts need a CJK font (ScottPlot sets "Noto Sans CJK SC" by name); its browser tests drive Debian's Chromium
apt_packages=(fonts-noto-cjk chromium)
# the export tests read files back with npm apache-arrow and hyparquet (tests/CommunityFp.Exports.Tests/js)
command -v node >/dev/null && command -v npm >/dev/null || apt_packages+=(nodejs npm)

missing=()
for p in "${apt_packages[@]+"${apt_packages[@]}"}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK 10 is required (dotnet not on PATH)"; exit 1; }
