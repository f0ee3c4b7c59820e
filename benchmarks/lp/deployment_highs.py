#!/usr/bin/env python3
"""Solve one deployment MPS file with HiGHS (simplex, then IPM), 2 threads, a time limit.

    deployment_highs.py PATH TIME_LIMIT    -> CSV tail lines: system,status,seconds,iterations,objective
"""
import sys
import time

import highspy  # noqa: F401  (fails early when missing)
from highs_quiet import quiet_highs


def run(path, solver, limit):
    h = quiet_highs()
    h.setOptionValue("threads", 2)
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("solver", solver)
    if solver == "ipm":
        h.setOptionValue("run_crossover", "off")
    h.readModel(path)
    start = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus()).lower().replace(" ", "_")
    iterations = info.ipm_iteration_count if solver == "ipm" else info.simplex_iteration_count
    return f"HiGHS {solver} (2 threads),{status},{seconds:.3f},{iterations},{info.objective_function_value:.12g}"


if __name__ == "__main__":
    for solver in ("simplex", "ipm"):
        print(run(sys.argv[1], solver, sys.argv[2]), flush=True)
