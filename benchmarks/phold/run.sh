#!/usr/bin/env bash
# PHOLD: the Siaga kernel against a plain C++ std::priority_queue and SimPy,
# in one run on one machine. From the repository root:
#
#   bash benchmarks/phold/run.sh
#
# Builds the Swift `phold` product in release, compiles phold.cpp with
# g++ -O2, installs SimPy into benchmarks/phold/.work/venv if missing, runs
# every system for 1 and 10 initial events per process (1,000 processes),
# keeps the best of RUNS runs, writes results/phold.csv and the PHOLD
# section of results/README.md, and prints the ratios.
#
# Environment: EVENTS (Swift and C++, default 10000000), SIMPY_EVENTS
# (default 2000000), RUNS (default 3), LPS (default 1000), SEED (default 1).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
work=benchmarks/phold/.work
mkdir -p "$work" results

LPS=${LPS:-1000}
EVENTS=${EVENTS:-10000000}
SIMPY_EVENTS=${SIMPY_EVENTS:-2000000}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
SETTINGS=(1 10)

echo "== building" >&2
swift build -c release --product phold >&2
swift_bin="$(swift build -c release --show-bin-path)/phold"
g++ -O2 -std=c++17 -o "$work/phold-cpp" benchmarks/phold/phold.cpp
if [ ! -x "$work/venv/bin/python" ]; then python3 -m venv "$work/venv"; fi
py="$work/venv/bin/python"
if ! "$py" -c 'import simpy' 2>/dev/null; then "$py" -m pip install --quiet simpy >&2; fi

# value KEY FILE: the value of a `key: value` line.
value() { sed -n "s/^$1: //p" "$2" | tail -1; }

# best SYSTEM PER_LP EVENTS COMMAND...: run COMMAND $RUNS times and append
# "system per_lp events seconds events_per_second final_time" for the
# fastest run to $work/raw.txt.
best() {
    local system=$1 per_lp=$2 events=$3
    shift 3
    local best_rate=0 best_seconds="" final=""
    for _ in $(seq "$RUNS"); do
        "$@" --lps "$LPS" --per-lp "$per_lp" --events "$events" --seed "$SEED" >"$work/out.txt"
        local rate seconds
        rate=$(value events_per_second "$work/out.txt")
        seconds=$(value seconds "$work/out.txt")
        final=$(value final_time "$work/out.txt")
        if [ "$rate" -gt "$best_rate" ]; then best_rate=$rate; best_seconds=$seconds; fi
    done
    echo "$system $per_lp $events $best_seconds $best_rate $final" >>"$work/raw.txt"
    echo "   $system per_lp=$per_lp events=$events best events_per_second=$best_rate final_time=$final" >&2
}

: >"$work/raw.txt"
for per_lp in "${SETTINGS[@]}"; do
    echo "== per_lp $per_lp" >&2
    best swift "$per_lp" "$EVENTS" "$swift_bin"
    best cpp "$per_lp" "$EVENTS" "$work/phold-cpp"
    best simpy-process "$per_lp" "$SIMPY_EVENTS" "$py" benchmarks/phold/phold_simpy.py --style process
    best simpy-callback "$per_lp" "$SIMPY_EVENTS" "$py" benchmarks/phold/phold_simpy.py --style callback
done

machine_cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
export PHOLD_DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
export PHOLD_MACHINE="$(nproc) cores, ${machine_cpu:-unknown CPU}, $(uname -sr)"
export PHOLD_SWIFT="$(swift --version 2>&1 | head -1)"
export PHOLD_GXX="$(g++ --version | head -1)"
export PHOLD_PYTHON="$("$py" --version 2>&1), SimPy $("$py" -c 'import simpy; print(simpy.__version__)')"
export PHOLD_COMMAND="bash benchmarks/phold/run.sh  (LPS=$LPS EVENTS=$EVENTS SIMPY_EVENTS=$SIMPY_EVENTS RUNS=$RUNS SEED=$SEED)"
"$py" benchmarks/phold/report.py "$work/raw.txt" results/phold.csv results/README.md
