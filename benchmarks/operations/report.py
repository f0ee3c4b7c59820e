"""Writes the operations section of results/README.md from results/operations.csv."""
import csv, datetime, os, platform, re, subprocess, sys

path, replications, runs, national = sys.argv[1:5]
rows = list(csv.DictReader(open(path)))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
def row(case, threads=None):
    return next(r for r in rows if r["case"] == case and (threads is None or r["threads"] == threads))
k1, k2, nat = row("ketapang", "1"), row("ketapang", "2"), row("national")
lines = [
    "## Operations model", "",
    f"The doctrine plan of the Ketapang reference, {replications} replications (best of {runs} runs), and one",
    f"replication of a generated {int(national):,}-TPS district (`siaga generate --tps {national} --seed 7`).",
    "Simulation seconds exclude loading and writing; wall seconds are the whole command.", "",
    f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}",
    f"- Machine: {os.cpu_count()} cores, {cpu}, Linux {platform.release()}",
    f"- Swift: {swift} (`swift build -c release`)",
    f"- Command: `bash benchmarks/operations/run.sh` (REPLICATIONS={replications} RUNS={runs} NATIONAL_TPS={national})", "",
    "| case | TPS | replications | threads | events | simulation s | wall s | events/s | max RSS MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
]
for r in rows:
    cells = [r["case"]] + [f"{int(r[c]):,}" if r[c] and c in ("tps", "events", "events_per_second") else r[c]
                           for c in ("tps", "replications", "threads", "events", "simulation_seconds", "wall_seconds", "events_per_second", "max_rss_mb")]
    lines.append("| " + " | ".join(cells) + " |")
lines += ["",
    f"- {replications} Ketapang replications: {float(k2['wall_seconds']):.2f} s wall on 2 threads (target under 10 s); "
    f"{float(k1['simulation_seconds']) / float(k2['simulation_seconds']):.2f}x from 1 to 2 threads; outputs identical for both.",
    f"- One national replication: {float(nat['wall_seconds']):.1f} s wall including loading {int(national):,} TPS, "
    f"{nat['max_rss_mb']} MB peak (targets: under 60 s and 4 GB).", ""]
section = "\n".join(lines)
readme = "results/README.md"
text = open(readme).read() if os.path.exists(readme) else "# Results\n"
block = f"<!-- operations:begin -->\n{section}<!-- operations:end -->\n"
if "<!-- operations:begin -->" in text:
    text = re.sub(r"<!-- operations:begin -->.*?<!-- operations:end -->\n", lambda m: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + block
open(readme, "w").write(text)
