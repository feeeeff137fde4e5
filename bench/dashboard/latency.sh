#!/usr/bin/env bash
# Page latency of the dashboard under concurrent load, measured with a real HTTP load generator (`hey`, Debian) on
# loopback against `cfp serve`. Issue #6's target: the overview and scorecard pages (server-side render, which runs
# the page's queries) answer in under 150 ms at the 95th percentile under 20 concurrent clients, at city scale.
# The baseline, measured in the same run on the same server and connection pool, is a static file (app.css): the
# ratio page p95 / static p95 says how much the page itself costs over the HTTP stack.
#
#   bench/dashboard/latency.sh WAREHOUSE.duckdb [LABEL]        (env: CLIENTS=20 REQUESTS=2000 PORT=5097 USER_NAME=city)
# Writes bench/results/dashboard-latency-LABEL.md. The warehouse must be built (cfp build) and not in use.
set -euo pipefail
db=${1:?usage: bench/dashboard/latency.sh WAREHOUSE.duckdb [LABEL]}
label=${2:-$(basename "$db" .duckdb)}
port=${PORT:-5097}
clients=${CLIENTS:-20}
requests=${REQUESTS:-2000}
user=${USER_NAME:-city}
root=$(cd "$(dirname "$0")/../.." && pwd)
base="http://127.0.0.1:$port"
work=$(mktemp -d)
server_pid=

cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

command -v hey >/dev/null || { echo "installing hey (HTTP load generator) from Debian"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null; }

"$root/cfp" serve --db "$db" --urls "$base" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/account/login" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 1
done

# Sign in as a person does: the form's antiforgery token, then the cookie the server sets.
jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "userName=$user" --data-urlencode "password=demo-$user" "$base/account/login"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")
[[ $cookie == *cfp.auth=* ]] || { echo "sign-in as $user failed"; cat "$jar"; exit 1; }

# The pages measured, each checked once for the marker its data renders (not the sign-in page, not an empty state).
overview=$(curl -fs -H "Cookie: $cookie" "$base/")
year=$(grep -o 'year=20[0-9][0-9]' <<<"$overview" | sort -u | tail -1 | cut -d= -f2)
pages=(
  "static file (baseline)|/app.css|"
  "overview|/?year=$year|data-testid=\"headlines\""
  "scorecard (city → districts)|/scorecard?period=$year|<table"
)
city_card=$(curl -fs -H "Cookie: $cookie" "$base/scorecard?period=$year")
district=$(grep -o 'unit=2202[0-9][0-9]' <<<"$city_card" | head -1 | cut -d= -f2 || true)
[[ -n $district ]] && pages+=("scorecard (district → streets)|/scorecard?unit=$district&period=$year|<table")

out="$root/bench/results/dashboard-latency-$label.md"
mkdir -p "$(dirname "$out")"
{
  echo "# Dashboard page latency — $label"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, warehouse $(du -h "$db" | cut -f1) ($db), user \`$user\`,"
  echo "\`hey -c $clients -n $requests\` per page after a warm-up of 100 requests; server-side render (prerender) of each page."
  echo
  echo "| page | requests/s | p50 ms | p95 ms | p99 ms | p95 ÷ static p95 |"
  echo "| --- | --- | --- | --- | --- | --- |"
} >"$out"

baseline_p95=
for entry in "${pages[@]}"; do
  IFS='|' read -r name path marker <<<"$entry"
  if [[ -n $marker ]]; then
    html=$(curl -fs -H "Cookie: $cookie" "$base$path")
    [[ $html == *"$marker"* ]] || { echo "$name ($path) did not render its data"; exit 1; }
  fi
  hey -n 100 -c "$clients" -H "Cookie: $cookie" "$base$path" >/dev/null
  hey -n "$requests" -c "$clients" -H "Cookie: $cookie" "$base$path" >"$work/hey.txt"
  codes=$(grep -oE '^ +\[[0-9]{3}\]' "$work/hey.txt" | tr -d ' []' | sort -u | paste -sd,)
  [[ $codes == 200 ]] || { cat "$work/hey.txt"; echo "$name: responses other than 200 ($codes)"; exit 1; }
  ms() { awk -v p="$1%" '$1 == p && $2 == "in" { printf "%.1f", $3 * 1000 }' "$work/hey.txt"; }
  rps=$(awk '/Requests\/sec:/ { printf "%.0f", $2 }' "$work/hey.txt")
  p50=$(ms 50); p95=$(ms 95); p99=$(ms 99)
  [[ -z $baseline_p95 ]] && baseline_p95=$p95
  ratio=$(awk -v a="$p95" -v b="$baseline_p95" 'BEGIN { printf "%.1f×", a / b }')
  echo "| $name \`$path\` | $rps | $p50 | $p95 | $p99 | $ratio |" >>"$out"
  echo "$name: p95 $p95 ms ($rps req/s)"
done
echo "written $out"
