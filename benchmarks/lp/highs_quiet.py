"""A Highs object whose banner does not reach stdout.

highspy 1.16 prints "Running HiGHS ..." from the constructor, before
output_flag can be set; the benchmark scripts print CSV and tables on stdout,
so the constructor runs with file descriptor 1 pointed at /dev/null.
"""
import os
import sys


def quiet_highs():
    import highspy

    sys.stdout.flush()
    saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
    finally:
        os.dup2(saved, 1)
        os.close(devnull)
        os.close(saved)
    return h
