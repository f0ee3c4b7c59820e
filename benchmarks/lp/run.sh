#!/usr/bin/env bash
# The deployment LP family: Siaga's block-angular IPM against HiGHS (simplex and IPM,
# 2 threads; 600 s limit up to 500 zones so that HiGHS's time is measured, 120 s at
# 2000 zones, the limit the issue quotes), same run, same MPS files. Writes results/lp.csv and the
# <!-- lp:begin --> ... <!-- lp:end --> section of results/README.md.
#   benchmarks/lp/run.sh [SIZES...]   (default "100,10,50 500,30,100 2000,60,200")
set -euo pipefail
cd "$(dirname "$0")/../.."
work=benchmarks/lp/.work/deployment; mkdir -p "$work"
venv=benchmarks/lp/.work/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import highspy" 2>/dev/null || "$venv/bin/pip" install -q highspy
swift build -c release --product lpbench --scratch-path .build-lpbench >/dev/null
bin=.build-lpbench/release/lpbench
sizes=${*:-"100,10,50 500,30,100 2000,60,200"}
csv=results/lp.csv.tmp
echo "zones,posts,scenarios,rows,columns,nonzeros,system,status,seconds,iterations,objective" > "$csv"
for size in $sizes; do
  IFS=, read -r z p k <<< "$size"
  mps="$work/deployment_${z}_${p}_${k}.mps"; rm -f "$mps"
  general=$([ "$z" -le 500 ] && echo --general || true)
  "$bin" "$z" "$p" "$k" --mps "$mps" $general | tee -a "$csv"
  head=$(tail -n 1 "$csv" | cut -d, -f1-6)
  limit=$([ "$z" -le 500 ] && echo 600 || echo 120)
  "$venv/bin/python" benchmarks/lp/deployment_highs.py "$mps" "$limit" | sed "s/^/$head,/" | tee -a "$csv"
done
mv "$csv" results/lp.csv
"$venv/bin/python" - <<'PY'
import csv, datetime, os, platform, re, subprocess
rows = list(csv.DictReader(open("results/lp.csv")))
lines = ["## Deployment LP family (benchmarks/lp/run.sh)", "",
         f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; {datetime.date.today()}; "
         "command `benchmarks/lp/run.sh`. HiGHS via highspy (PyPI), threads=2, time limit 600 s up to 500 zones and 120 s at 2000; IPM without crossover. "
         "Siaga: BLAS kernels and update as lpbench prints them to stderr.", "",
         "| zones | posts | scenarios | Siaga block s | HiGHS best s | ratio | objectives agree (1e-6) |", "|---|---|---|---|---|---|---|"]
for key in sorted({(r["zones"], r["posts"], r["scenarios"]) for r in rows}, key=lambda t: int(t[0])):
    group = [r for r in rows if (r["zones"], r["posts"], r["scenarios"]) == key]
    siaga = next(r for r in group if r["system"] == "siaga block-angular")
    highs = [r for r in group if r["system"].startswith("HiGHS") and r["status"] == "optimal"]
    best = min((float(r["seconds"]) for r in highs), default=None)
    agree = all(abs(float(r["objective"]) - float(siaga["objective"])) <= 1e-6 * max(1, abs(float(r["objective"]))) for r in highs)
    lines.append(f"| {key[0]} | {key[1]} | {key[2]} | {siaga['seconds']} ({siaga['status']}) | "
                 f"{best if best is not None else 'none finished'} | {float(siaga['seconds']) / best if best else float('nan'):.2f} | {agree if highs else 'n/a'} |")
section = "<!-- lp:begin -->\n" + "\n".join(lines) + "\n<!-- lp:end -->"
text = open("results/README.md").read()
text = re.sub(r"<!-- lp:begin -->.*<!-- lp:end -->", section, text, flags=re.S) if "<!-- lp:begin -->" in text else text.rstrip() + "\n\n" + section + "\n"
open("results/README.md", "w").write(text)
PY
