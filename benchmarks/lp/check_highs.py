#!/usr/bin/env python3
"""Solve MPS files with HiGHS and with `siaga solve`; check that they agree.

    python3 benchmarks/lp/check_highs.py FILE.mps...  [--siaga PATH] [--csv OUT.csv]

Agreement: both optimal with |siaga - highs| <= 1e-6 * max(1, |highs|), or the same
verdict (HiGHS infeasible = siaga primal infeasible; HiGHS unbounded = siaga dual
infeasible; HiGHS "infeasible or unbounded" = either). Exit status 1 on any
disagreement. HiGHS runs with its defaults (presolve, simplex or IPM with crossover):
it is the reference, not the competitor (benchmarks/lp/performance.py times that).

highspy comes from PyPI into a venv under benchmarks/lp/.work/venv, created on first
use; nothing else is downloaded.
"""
import argparse
import math
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(HERE, ".work", "venv")
TOLERANCE = 1e-6


def ensure_highspy():
    """Re-runs this script inside the venv when highspy is not importable."""
    try:
        import highspy  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        sys.exit("check_highs: highspy is not installed in the venv and pip failed")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "highspy"], check=True)
    os.execv(python, [python] + sys.argv)


def find_siaga(explicit):
    candidates = [explicit] if explicit else [
        os.path.join(ROOT, ".build", "release", "siaga"), os.path.join(ROOT, ".build-opt", "release", "siaga"),
        os.path.join(ROOT, ".build", "debug", "siaga"), os.path.join(ROOT, ".build-opt", "debug", "siaga")]
    for path in candidates:
        if path and os.access(path, os.X_OK):
            return path
    sys.exit("check_highs: no siaga binary found; build with `swift build -c release` or pass --siaga")


def solve_highs(path):
    """HiGHS's verdict; when its simplex gives up on huge costs (status "Not Set"), once more
    with the objective scaled by a power of two, as its own message advises."""
    from highs_quiet import quiet_highs
    h = quiet_highs()
    h.readModel(path)
    start = time.perf_counter()
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    if status in ("Not Set", "Unknown"):
        largest = max((abs(c) for c in h.getLp().col_cost_), default=1.0)
        h.setOptionValue("user_objective_scale", -max(0, math.ceil(math.log2(largest))))
        h.run()
        status = h.modelStatusToString(h.getModelStatus())
    seconds = time.perf_counter() - start
    verdict = {"Optimal": "optimal", "Infeasible": "primal infeasible", "Unbounded": "dual infeasible",
               "Primal infeasible or unbounded": "infeasible or unbounded"}.get(status, status)
    return verdict, h.getInfo().objective_function_value, seconds


def solve_siaga(siaga, path):
    start = time.perf_counter()
    run = subprocess.run([siaga, "solve", path], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    fields = dict(re.findall(r"^(\w+): (.*)$", run.stdout, re.M))
    if run.returncode not in (0, 2, 3, 4):
        return f"error {run.returncode}: {run.stderr.strip()}", float("nan"), seconds, 0
    return fields.get("status", "?"), float(fields.get("objective", "nan")), seconds, int(fields.get("iterations", 0))


def agree(highs, siaga):
    (hv, ho), (sv, so) = highs, siaga
    if hv == "optimal" and sv == "optimal":
        relative = abs(so - ho) / max(1.0, abs(ho))
        return relative <= TOLERANCE, relative
    if hv == "infeasible or unbounded":
        return sv in ("primal infeasible", "dual infeasible"), 0.0
    return hv == sv, 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--siaga")
    parser.add_argument("--csv", help="also write the table as CSV")
    args = parser.parse_args()
    siaga = find_siaga(args.siaga)
    rows, failures = [], 0
    print(f"{'model':34} {'highs status':18} {'highs objective':>22} {'siaga status':18} {'siaga objective':>22} {'rel diff':>9} {'iter':>4}  ok")
    for path in args.files:
        hv, ho, hs = solve_highs(path)
        sv, so, ss, iterations = solve_siaga(siaga, path)
        ok, relative = agree((hv, ho), (sv, so))
        failures += not ok
        name = os.path.basename(path)
        ho_text = f"{ho:.12g}" if hv == "optimal" else "-"
        so_text = f"{so:.12g}" if sv == "optimal" else "-"
        print(f"{name:34} {hv:18} {ho_text:>22} {sv:18} {so_text:>22} {relative:9.1e} {iterations:4d}  {'yes' if ok else 'NO'}")
        rows.append((name, hv, ho_text, sv, so_text, f"{relative:.2e}", iterations, "yes" if ok else "no", f"{hs:.3f}", f"{ss:.3f}"))
    if args.csv:
        with open(args.csv, "w") as out:
            out.write("model,highs_status,highs_objective,siaga_status,siaga_objective,relative_difference,siaga_iterations,agree,highs_seconds,siaga_seconds\n")
            for row in rows:
                out.write(",".join(str(v) for v in row) + "\n")
    print(f"{len(rows) - failures} of {len(rows)} agree (objectives to {TOLERANCE:g} relative)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    ensure_highspy()
    main()
