#!/usr/bin/env python3
"""Export Siaga's deployment LPs and check their optimum with HiGHS.

    python3 benchmarks/lp/check_deployment.py [--siaga PATH] [--csv results/lp-deployment.csv]

For each case (tiny, Ketapang, a generated district; optimized, and robust on tiny and Ketapang)
runs `siaga plan SCENARIO --strategy S --export-lp FILE.mps`, reads `lp_objective` from the
plan folder's plan-summary.json, solves the exported MPS with HiGHS (defaults) and with
`siaga solve`, and checks that the three objectives agree to 1e-6 relative
(|a - b| <= 1e-6 max(1, |b|), b = HiGHS). Exit status 1 on any disagreement.

Reuses benchmarks/lp/check_highs.py (highspy in benchmarks/lp/.work/venv, created on first use).
Work files go to benchmarks/lp/.work/deployment/.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_highs  # noqa: E402

ROOT = check_highs.ROOT
WORK = os.path.join(HERE, ".work", "deployment")
CASES = [  # (name, scenario, strategy, extra plan arguments)
    ("tiny-optimized", "scenarios/tiny/scenario.yaml", "optimized", []),
    ("tiny-robust", "scenarios/tiny/scenario.yaml", "robust", []),
    ("ketapang-optimized", "scenarios/ketapang/scenario.yaml", "optimized", []),
    ("ketapang-robust", "scenarios/ketapang/scenario.yaml", "robust", []),
    ("generated-600-optimized", os.path.join(WORK, "generated-600-11", "scenario.yaml"), "optimized", []),
]


def run(arguments):
    done = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"check_deployment: {' '.join(arguments)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--siaga")
    parser.add_argument("--csv", help="also write the table as CSV (with a comment header: date, machine, command)")
    args = parser.parse_args()
    siaga = check_highs.find_siaga(args.siaga)
    os.makedirs(WORK, exist_ok=True)
    run([siaga, "generate", "--tps", "600", "--seed", "11", "--output", os.path.join(WORK, "generated-600-11"), "--force"])
    rows, failures = [], 0
    print(f"{'case':26} {'rows':>6} {'cols':>6} {'siaga plan lp_objective':>24} {'HiGHS':>20} {'siaga solve':>20} {'rel diff':>9}  ok")
    for name, scenario, strategy, extra in CASES:
        folder, mps = os.path.join(WORK, name), os.path.join(WORK, name + ".mps")
        run([siaga, "plan", scenario, "--strategy", strategy, "--output", folder, "--force", "--export-lp", mps] + extra)
        with open(os.path.join(folder, "plan-summary.json")) as summary_file:
            summary = json.load(summary_file)
        planned = summary["lp_objective"]
        highs_status, highs_objective, highs_seconds = check_highs.solve_highs(mps)
        solve_status, solve_objective, solve_seconds, _ = check_highs.solve_siaga(siaga, mps)
        ok_plan, diff_plan = check_highs.agree((highs_status, highs_objective), ("optimal", planned))
        ok_solve, diff_solve = check_highs.agree((highs_status, highs_objective), (solve_status, solve_objective))
        ok = ok_plan and ok_solve
        failures += not ok
        diff = max(diff_plan, diff_solve)
        print(f"{name:26} {summary['lp']['rows']:6d} {summary['lp']['columns']:6d} {planned:24.12g} {highs_objective:20.12g} "
              f"{solve_objective:20.12g} {diff:9.1e}  {'yes' if ok else 'NO'}")
        rows.append((name, summary["lp"]["rows"], summary["lp"]["columns"], summary["lp"]["nonzeros"], f"{planned:.12g}",
                     f"{highs_objective:.12g}", f"{solve_objective:.12g}", f"{diff:.2e}", "yes" if ok else "no",
                     f"{highs_seconds:.3f}", f"{solve_seconds:.3f}"))
    if args.csv:
        with open(os.path.join(ROOT, args.csv) if not os.path.isabs(args.csv) else args.csv, "w") as out:
            out.write(f"# date {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}; "
                      f"machine {os.cpu_count()} cores, {platform.platform()}; command python3 benchmarks/lp/check_deployment.py --csv {args.csv}\n")
            out.write("case,rows,columns,nonzeros,plan_lp_objective,highs_objective,siaga_solve_objective,relative_difference,"
                      "agree,highs_seconds,siaga_solve_seconds\n")
            for row in rows:
                out.write(",".join(str(v) for v in row) + "\n")
    print(f"{len(rows) - failures} of {len(rows)} agree (objectives to {check_highs.TOLERANCE:g} relative)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    check_highs.ensure_highspy()
    main()
