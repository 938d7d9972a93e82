#!/bin/bash
# Lighthouse scores of the public pages (issue 21): home, search, report, unit, compare, projects.
# Needs lighthouse 12.2.3 (npm i lighthouse@12.2.3; set LIGHTHOUSE to its bin if not on PATH) and
# chromium (CHROME_PATH). Start the portal on a corpus first (see BENCHMARKS.md, "Lighthouse").
# Usage: src/bench/lighthouse/run.sh BASE_URL OUT_DIR [extra lighthouse flags, e.g. --preset=desktop]
set -euo pipefail
base=${1:?base URL, e.g. http://localhost:8080}
out=${2:?output directory}
shift 2
lh=${LIGHTHOUSE:-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
mkdir -p "$out"
# A report and its unit from the API, so the pages exist in whatever corpus is loaded.
first=$(curl -sf "$base/api/disclosures?size=1")
report=$(echo "$first" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
unit=$(echo "$first" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["unitId"])')
pages=(
  "home /"
  "search /search?q=%E7%A4%BE%E5%8C%BA%E7%9F%AB%E6%AD%A3"
  "report /disclosures/$report"
  "unit /units/$unit"
  "compare /compare?code=2040610"
  "projects /projects?q=%E6%99%AE%E6%B3%95%E5%AE%A3%E4%BC%A0%E7%BB%8F%E8%B4%B9"
)
printf '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for p in "${pages[@]}"; do
  name=${p%% *}
  path=${p#* }
  # Warm the server's caches once, as a visitor after the first would find them.
  curl -sf -o /dev/null "$base$path"
  "$lh" "$base$path" --quiet --output=json --output-path="$out/$name.json" \
    --chrome-flags="--headless=new --no-sandbox" "$@" >/dev/null 2>"$out/$name.log" || true
  python3 - "$out/$name.json" "$name" "$path" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = {k: v['score'] for k, v in d['categories'].items()}
a = d['audits']
num = lambda k: a[k].get('displayValue', '—').replace('\xa0', ' ')
pct = lambda k: '—' if c.get(k) is None else str(round(c[k] * 100))
print(f"| {sys.argv[2]} (`{sys.argv[3]}`) | {pct('performance')} | {pct('accessibility')} | {pct('best-practices')} | {pct('seo')} | "
      f"{num('first-contentful-paint')} | {num('largest-contentful-paint')} | {num('total-blocking-time')} | {num('cumulative-layout-shift')} |")
PY
done
