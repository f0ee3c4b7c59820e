#!/usr/bin/env bash
# Operations-model benchmark: Ketapang replications and a national-scale replication.
# Writes results/operations.csv and the "operations" section of results/README.md.
#   bash benchmarks/operations/run.sh            # from the repository root
# Environment: REPLICATIONS (1000), RUNS (3, best of), NATIONAL_TPS (820000).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPLICATIONS=${REPLICATIONS:-1000}
RUNS=${RUNS:-3}
NATIONAL_TPS=${NATIONAL_TPS:-820000}
work=benchmarks/operations/.work
mkdir -p "$work" results
scripts/deps
swift build -c release --product siaga >/dev/null
siaga=.build/release/siaga
csv=results/operations.csv
echo "case,tps,replications,threads,events,simulation_seconds,wall_seconds,events_per_second,max_rss_mb" > "$csv"

field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }

# Ketapang: 1,000 replications of the doctrine plan, 1 and 2 threads, best of RUNS.
$siaga plan scenarios/ketapang/scenario.yaml --strategy doctrine --output "$work/ketapang-plan" --force >/dev/null
for threads in 1 2; do
  best=""
  for run in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" $siaga simulate scenarios/ketapang/scenario.yaml --plan "$work/ketapang-plan" \
      -r "$REPLICATIONS" --seed 1 --threads "$threads" --no-incident-log --output "$work/ketapang-sim" --force >/dev/null
    seconds=$(field "$work/ketapang-sim/manifest.json" simulation_seconds)
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$seconds" "$best"; then
      best=$seconds
      events=$(field "$work/ketapang-sim/manifest.json" events)
      wall=$(field "$work/ketapang-sim/manifest.json" wall_seconds)
      rss=$(awk '{printf "%.0f", $2 / 1024}' "$work/time.txt")
    fi
  done
  eps=$(python3 -c "import sys; print(round(int(sys.argv[1]) / float(sys.argv[2])))" "$events" "$best")
  echo "ketapang,1752,$REPLICATIONS,$threads,$events,$best,$wall,$eps,$rss" >> "$csv"
done

# National scale: generate, validate, plan and one replication of an 820,000-TPS district.
/usr/bin/time -f "%e %M" -o "$work/gen.txt" $siaga generate --tps "$NATIONAL_TPS" --seed 7 --output "$work/national" --force >/dev/null
/usr/bin/time -f "%e %M" -o "$work/validate.txt" $siaga validate --quiet "$work/national/scenario.yaml"
/usr/bin/time -f "%e %M" -o "$work/plan.txt" $siaga plan "$work/national/scenario.yaml" --strategy doctrine --output "$work/national-plan" --force >/dev/null
/usr/bin/time -f "%e %M" -o "$work/sim.txt" $siaga simulate "$work/national/scenario.yaml" --plan "$work/national-plan" \
  -r 1 --seed 1 --threads 1 --no-incident-log --output "$work/national-sim" --force >/dev/null
events=$(field "$work/national-sim/manifest.json" events)
seconds=$(field "$work/national-sim/manifest.json" simulation_seconds)
eps=$(python3 -c "import sys; print(round(int(sys.argv[1]) / max(float(sys.argv[2]), 1e-9)))" "$events" "$seconds")
read -r wall rss < "$work/sim.txt"
echo "national,$NATIONAL_TPS,1,1,$events,$seconds,$wall,$eps,$(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}')" >> "$csv"
for step in gen validate plan; do read -r s m < "$work/$step.txt"; echo "national-$step,$NATIONAL_TPS,,,,,$s,,$(awk -v k="$m" 'BEGIN{printf "%.0f", k/1024}')" >> "$csv"; done

python3 benchmarks/operations/report.py "$csv" "$REPLICATIONS" "$RUNS" "$NATIONAL_TPS"
cat "$csv"
