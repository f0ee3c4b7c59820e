"""Writes results/compare.csv and the compare section of results/README.md from a
benchmarks/compare/run.sh work folder (plan timings, compare and simulate outputs)."""
import argparse, csv, datetime, io, json, os, platform, re, subprocess

KPIS = [("response_mean_minutes", "response_mean"), ("within_target_share_road", "road_within_target"),
        ("severe_late", "severe_late"), ("spend_total_rupiah", "spend_rupiah")]

parser = argparse.ArgumentParser()
for flag in ("--work", "--rows", "--started", "--command", "--strategies", "--csv", "--readme"):
    parser.add_argument(flag, required=True)
args = parser.parse_args()
strategies = args.strategies.split(",")
timings = [json.loads(line) for line in open(args.rows)]
sizes = list(dict.fromkeys(t["size"] for t in timings))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
machine = f"{os.cpu_count()} cores, {cpu}, Linux {platform.release()}"
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]

def tps_count(size):
    if size == "ketapang":
        path = "scenarios/ketapang/tps.csv"
    else:
        path = os.path.join(args.work, size, "tps.csv")
    with open(path) as f:
        return sum(1 for _ in f) - 1

columns = ["size", "tps", "strategy", "plan_seconds", "lp_rows", "lp_columns", "lp_nonzeros", "replications",
           "compare_seconds", "compare_simulation_seconds", "simulate_seconds_per_replication"]
for _, short in KPIS:
    columns += [short, short + "_low", short + "_high"]
out = []
for size in sizes:
    folder = os.path.join(args.work, size + "-compare")
    manifest = json.load(open(os.path.join(folder, "manifest.json")))
    compare_seconds = next(t["seconds"] for t in timings if t["size"] == size and t["step"] == "compare")
    table = {(r["strategy"], r["kpi"]): r for r in csv.DictReader(open(os.path.join(folder, "comparison.csv"))) if r["case"] == "base"}
    for strategy in strategies:
        summary = json.load(open(os.path.join(args.work, f"{size}-plan-{strategy}", "plan-summary.json")))
        simulated = json.load(open(os.path.join(args.work, f"{size}-simulate-{strategy}", "manifest.json")))
        row = {
            "size": size, "tps": tps_count(size), "strategy": strategy,
            "plan_seconds": next(t["seconds"] for t in timings if t["size"] == size and t["step"] == "plan" and t["strategy"] == strategy),
            "lp_rows": summary["lp"]["rows"], "lp_columns": summary["lp"]["columns"], "lp_nonzeros": summary["lp"]["nonzeros"],
            "replications": manifest["replications"], "compare_seconds": compare_seconds,
            "compare_simulation_seconds": manifest["simulation_seconds"],
            "simulate_seconds_per_replication": round(simulated["simulation_seconds"] / simulated["replications"], 5),
        }
        for kpi, short in KPIS:
            r = table[(strategy, kpi)]
            row[short], row[short + "_low"], row[short + "_high"] = r["mean"], r["mean_low"], r["mean_high"]
        out.append(row)

date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
buffer = io.StringIO()
buffer.write(f"# date {date}; machine {machine}; command {args.command}\n")
writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
writer.writeheader()
writer.writerows(out)
open(args.csv, "w").write(buffer.getvalue())

def num(text, digits):
    value = float(text)
    return f"{value:,.{digits}f}"

def interval(row, short, digits, scale=1.0):
    mean, low, high = (float(row[short + s]) * scale for s in ("", "_low", "_high"))
    return f"{mean:,.{digits}f} ± {(high - low) / 2:,.{digits}f}"

lines = [
    "## Strategies across district sizes", "",
    "`siaga plan` of each strategy and one `siaga compare` of all four (base case, fixed replications,",
    "common random numbers) on the Ketapang reference and generated districts (`siaga generate --tps N",
    "--seed 7`). Plan seconds are the whole `siaga plan` command (doctrine and proportional include",
    "solving the optimized model they are evaluated in, and their LP size is that model's). Simulate",
    "seconds per replication are `siaga simulate` of the plan compare wrote, on one thread. KPI",
    "columns are means with the half-width of their 95% interval; spend in millions of rupiah.", "",
    f"- Date: {date} (started {args.started})",
    f"- Machine: {machine}",
    f"- Swift: {swift} (`swift build -c release`)",
    f"- Command: `{args.command}`", "",
    "| district | TPS | strategy | plan s | LP rows x cols (nnz) | reps | compare s | sim s/rep | response min | road in target | severe late | spend Rp M |",
    "|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
]
for r in out:
    lines.append("| " + " | ".join([
        r["size"], f"{r['tps']:,}", r["strategy"], f"{float(r['plan_seconds']):.2f}",
        f"{r['lp_rows']:,} x {r['lp_columns']:,} ({r['lp_nonzeros']:,})", str(r["replications"]),
        f"{float(r['compare_seconds']):.1f}", f"{r['simulate_seconds_per_replication']:.4f}",
        interval(r, "response_mean", 1), interval(r, "road_within_target", 3), interval(r, "severe_late", 1),
        interval(r, "spend_rupiah", 0, 1e-6)]) + " |")
lines += ["", "Raw numbers, with interval ends: results/compare.csv.", ""]
section = "\n".join(lines)
text = open(args.readme).read() if os.path.exists(args.readme) else "# Results\n"
block = f"<!-- compare:begin -->\n{section}<!-- compare:end -->\n"
if "<!-- compare:begin -->" in text:
    text = re.sub(r"<!-- compare:begin -->.*?<!-- compare:end -->\n", lambda m: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + block
open(args.readme, "w").write(text)
