#!/usr/bin/env bash
# Strategy benchmark: plans every strategy and compares them across scenario sizes.
# Writes results/compare.csv and the "compare" section of results/README.md.
#   bash benchmarks/compare/run.sh              # from the repository root; about 10 minutes on 2 cores
# Environment:
#   SIZES        generated district sizes in TPS (default "500 5000 20000"; the Ketapang reference always runs)
#   REPLICATIONS replications of `siaga compare` per strategy, base case only (default 100)
#   THREADS      worker threads of compare and simulate (default: all cores)
#   SCRATCH      SwiftPM scratch path of the release build (default .build)
#   SKIP_BUILD   set to 1 to use an existing $SCRATCH/release/siaga
#
# Per size and strategy it records: `siaga plan` wall seconds and the deployment LP's size (for
# doctrine and proportional, the optimized model `siaga plan` evaluates them in), then one
# `siaga compare` of all four strategies (base case, fixed -r): replications, the compare's own
# timings, and the headline KPI means with 95% intervals; then `siaga simulate` of each plan compare
# wrote (plans/<strategy>/) on one thread for the seconds per replication of that strategy.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"500 5000 20000"}
REPLICATIONS=${REPLICATIONS:-100}
THREADS=${THREADS:-$(nproc)}
SCRATCH=${SCRATCH:-.build}
STRATEGIES=doctrine,proportional,optimized,robust
work=benchmarks/compare/.work
mkdir -p "$work" results
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  scripts/deps
  swift build -c release --scratch-path "$SCRATCH" --product siaga >/dev/null
fi
siaga=$SCRATCH/release/siaga
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# Scenarios: the reference, then generated districts (seed 7).
scenarios=("ketapang:scenarios/ketapang/scenario.yaml")
for n in $SIZES; do
  if [ ! -f "$work/gen-$n/scenario.yaml" ]; then
    $siaga generate --tps "$n" --seed 7 --output "$work/gen-$n" --force >/dev/null
  fi
  scenarios+=("gen-$n:$work/gen-$n/scenario.yaml")
done

rows="$work/rows.jsonl"
: > "$rows"
for entry in "${scenarios[@]}"; do
  name=${entry%%:*}; scenario=${entry#*:}
  echo "== $name" >&2
  for strategy in ${STRATEGIES//,/ }; do
    /usr/bin/time -f "%e" -o "$work/time.txt" $siaga plan "$scenario" --strategy "$strategy" \
      --output "$work/$name-plan-$strategy" --force >/dev/null
    echo "{\"size\": \"$name\", \"step\": \"plan\", \"strategy\": \"$strategy\", \"seconds\": $(cat "$work/time.txt")}" >> "$rows"
  done
  /usr/bin/time -f "%e" -o "$work/time.txt" $siaga compare "$scenario" --strategies "$STRATEGIES" --contingencies none \
    -r "$REPLICATIONS" --threads "$THREADS" --output "$work/$name-compare" --force > "$work/$name-briefing.txt"
  echo "{\"size\": \"$name\", \"step\": \"compare\", \"seconds\": $(cat "$work/time.txt")}" >> "$rows"
  for strategy in ${STRATEGIES//,/ }; do
    $siaga simulate "$scenario" --plan "$work/$name-compare/plans/$strategy" -r "$REPLICATIONS" --threads 1 \
      --no-incident-log --output "$work/$name-simulate-$strategy" --force >/dev/null
  done
done

python3 benchmarks/compare/report.py --work "$work" --rows "$rows" --started "$started" \
  --command "bash benchmarks/compare/run.sh (SIZES=\"$SIZES\" REPLICATIONS=$REPLICATIONS THREADS=$THREADS)" \
  --strategies "$STRATEGIES" --csv results/compare.csv --readme results/README.md
cat results/compare.csv
