#!/usr/bin/env python3
"""Turn run.sh's raw PHOLD measurements into results/phold.csv and the
PHOLD section of results/README.md, and print the ratios.

usage: report.py RAW CSV README

RAW has one line per system and setting:
    system per_lp events seconds events_per_second final_time
Machine, date and command come from the PHOLD_* environment variables.
Exit code 1 when Swift and C++ disagree on final_time for a setting.
"""
import os
import sys

COLUMNS = ["system", "events_per_lp", "events", "seconds", "events_per_second"]
BEGIN, END = "<!-- phold:begin -->", "<!-- phold:end -->"


def read_raw(path):
    rows = []
    with open(path) as raw:
        for line in raw:
            system, per_lp, events, seconds, rate, final = line.split()
            rows.append(dict(system=system, events_per_lp=int(per_lp), events=int(events),
                             seconds=float(seconds), events_per_second=int(rate), final_time=final))
    # `simpy` is the faster of SimPy's two styles for each setting.
    for per_lp in sorted({r["events_per_lp"] for r in rows}):
        styles = [r for r in rows if r["events_per_lp"] == per_lp and r["system"].startswith("simpy-")]
        if styles:
            rows.append(dict(max(styles, key=lambda r: r["events_per_second"]), system="simpy"))
    order = {"swift": 0, "cpp": 1, "simpy": 2, "simpy-process": 3, "simpy-callback": 4}
    return sorted(rows, key=lambda r: (r["events_per_lp"], order.get(r["system"], 9)))


def write_atomically(path, text):
    temporary = path + ".tmp"
    with open(temporary, "w") as out:
        out.write(text)
    os.replace(temporary, path)


def csv_text(rows):
    lines = [",".join(COLUMNS)]
    for r in rows:
        lines.append(f'{r["system"]},{r["events_per_lp"]},{r["events"]},{r["seconds"]:.6f},{r["events_per_second"]}')
    return "\n".join(lines) + "\n"


def ratios(rows):
    result = []
    for per_lp in sorted({r["events_per_lp"] for r in rows}):
        by = {r["system"]: r for r in rows if r["events_per_lp"] == per_lp}
        swift, cpp, simpy = by["swift"], by["cpp"], by["simpy"]
        result.append(dict(per_lp=per_lp,
                           cpp=swift["events_per_second"] / cpp["events_per_second"],
                           simpy=swift["events_per_second"] / simpy["events_per_second"],
                           same_final=swift["final_time"] == cpp["final_time"],
                           swift_final=swift["final_time"], cpp_final=cpp["final_time"]))
    return result


def section(rows, found):
    env = os.environ.get
    table = ["| system | events_per_lp | events | seconds | events_per_second | final_time |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        table.append(f'| {r["system"]} | {r["events_per_lp"]} | {r["events"]:,} | {r["seconds"]:.3f} '
                     f'| {r["events_per_second"]:,} | {r["final_time"]} |')
    ratio_lines = [f'- {x["per_lp"]} event(s) per process: Swift/C++ = {x["cpp"]:.2f}, '
                   f'Swift/SimPy = {x["simpy"]:.1f}; Swift and C++ final_time '
                   + ("identical" if x["same_final"] else f'DIFFER ({x["swift_final"]} vs {x["cpp_final"]})')
                   for x in found]
    return "\n".join([
        BEGIN,
        "## PHOLD",
        "",
        "PHOLD with 1,000 logical processes, delays 0.1 + Exp(mean 1), 1 and 10 initial",
        "events per process (model: benchmarks/phold/README.md). Each row is the best of",
        "the runs of one system and setting; `simpy` repeats the faster SimPy style.",
        "",
        f'- Date: {env("PHOLD_DATE", "?")}',
        f'- Machine: {env("PHOLD_MACHINE", "?")}',
        f'- Swift: {env("PHOLD_SWIFT", "?")} (`swift build -c release`, plain `-O`)',
        f'- C++: {env("PHOLD_GXX", "?")} (`g++ -O2`, `std::priority_queue`)',
        f'- Python: {env("PHOLD_PYTHON", "?")}',
        f'- Command: `{env("PHOLD_COMMAND", "bash benchmarks/phold/run.sh")}`',
        "",
        *table,
        "",
        "Ratios (events per second):",
        "",
        *ratio_lines,
        "",
        "The C++ baseline uses the same random-number algorithm and draw order as the",
        "Swift version (per-process xoshiro256++ streams seeded through SplitMix64,",
        "Lemire's bounded integers, exponential by inversion), so the two do the same",
        "work and must print the same final_time; run.sh checks it. SimPy uses",
        "Python's Mersenne Twister, so its final_time differs; it runs fewer events",
        "because it is slow, and events per second is what is compared.",
        END,
    ]) + "\n"


def update_readme(path, text):
    if os.path.exists(path):
        with open(path) as f:
            current = f.read()
    else:
        current = "# Results\n\nTables written by the benchmark scripts in benchmarks/.\n\n"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        updated = head + text + ("\n" + tail if tail else "")
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    write_atomically(path, updated)


def main():
    raw, csv_path, readme_path = sys.argv[1:4]
    rows = read_raw(raw)
    found = ratios(rows)
    write_atomically(csv_path, csv_text(rows))
    update_readme(readme_path, section(rows, found))
    print(csv_text(rows), end="")
    ok = True
    for x in found:
        print(f'per_lp {x["per_lp"]}: swift/cpp {x["cpp"]:.2f}  swift/simpy {x["simpy"]:.1f}')
        if not x["same_final"]:
            ok = False
            print(f'per_lp {x["per_lp"]}: FINAL TIME MISMATCH swift {x["swift_final"]} cpp {x["cpp_final"]}',
                  file=sys.stderr)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
