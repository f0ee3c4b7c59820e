#!/usr/bin/env python3
"""PHOLD on SimPy: the Python peer of benchmarks/phold/swift and phold.cpp.

Two implementations of the same model (see README.md beside this file):

  process   the idiomatic SimPy style: each of the lps * per_lp messages is
            a process that, at each logical process it reaches, draws the
            next destination and delay and yields env.timeout(delay).
  callback  no generator processes: each message is a SimPy Timeout whose
            callback handles it and creates the next Timeout; this skips
            process resumption and is SimPy's fastest public-API style.

Random numbers come from one random.Random per logical process (Mersenne
Twister), so final_time differs from the Swift and C++ versions, which
share an algorithm; events_per_second is what is compared.

Prints `key: value` lines and `events_per_second: X` last.
Exit code 64 on bad flags.
"""
import argparse
import random
import sys
import time

import simpy
from simpy.core import StopSimulation

LOOKAHEAD = 0.1


class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"phold_simpy: {message}", file=sys.stderr)
        sys.exit(64)


def positive(text):
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def run_process(lps, per_lp, events, seed):
    env = simpy.Environment()
    streams = [random.Random(seed * 1_000_003 + lp) for lp in range(lps)]
    done = env.event()
    processed = 0

    def message(lp, first_delay):
        nonlocal processed
        yield env.timeout(first_delay)
        while True:
            processed += 1
            if processed == events:
                done.succeed()
            stream = streams[lp]
            lp = stream.randrange(lps)
            yield env.timeout(LOOKAHEAD + stream.expovariate(1.0))

    for lp in range(lps):
        for _ in range(per_lp):
            env.process(message(lp, LOOKAHEAD + streams[lp].expovariate(1.0)))
    env.run(until=done)
    return env.now


def run_callback(lps, per_lp, events, seed):
    env = simpy.Environment()
    streams = [random.Random(seed * 1_000_003 + lp) for lp in range(lps)]
    timeout = env.timeout
    processed = 0

    def handle(event):
        nonlocal processed
        processed += 1
        if processed >= events:
            raise StopSimulation(env.now)
        stream = streams[event._value]
        destination = stream.randrange(lps)
        timeout(LOOKAHEAD + stream.expovariate(1.0), destination).callbacks.append(handle)

    for lp in range(lps):
        for _ in range(per_lp):
            timeout(LOOKAHEAD + streams[lp].expovariate(1.0), lp).callbacks.append(handle)
    env.run()
    return env.now


def main():
    parser = Parser(description=__doc__.splitlines()[0])
    parser.add_argument("--lps", type=positive, default=1000)
    parser.add_argument("--per-lp", type=positive, default=1)
    parser.add_argument("--events", type=positive, default=2_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--style", choices=["process", "callback"], default="callback")
    args = parser.parse_args()

    run = run_process if args.style == "process" else run_callback
    start = time.perf_counter()
    final_time = run(args.lps, args.per_lp, args.events, args.seed)
    seconds = time.perf_counter() - start

    print(f"system: simpy-{args.style}")
    print(f"simpy_version: {simpy.__version__}")
    print(f"lps: {args.lps}")
    print(f"per_lp: {args.per_lp}")
    print(f"events: {args.events}")
    print(f"seed: {args.seed}")
    print(f"final_time: {final_time!r}")
    print(f"seconds: {seconds:.9f}")
    print(f"events_per_second: {args.events / seconds:.0f}")


if __name__ == "__main__":
    main()
