#!/usr/bin/env python3
"""Generate netlib-sized linear programs as free MPS files, deterministically.

    python3 benchmarks/lp/generate.py OUTDIR                  # the check set (small and medium)
    python3 benchmarks/lp/generate.py OUTDIR --family multicommodity --scale large

Families (each seeded, so the same command writes the same bytes):
  transport       S sources x D destinations, supply <= and demand = rows
  multicommodity  K commodities on a grid (right/down arcs plus some reverse arcs), flow
                  conservation (=) per commodity and node, joint arc capacities (<=),
                  unmet demand at a penalty so that every instance is feasible
  staircase       multi-period production planning: inventory balance (=) linking periods,
                  resource capacities (<=), bounded overtime, backlog at a penalty
  twostage        a two-stage stochastic capacity LP: first-stage capacities coupled to K
                  demand scenarios whose recourse flows live in separate blocks
  random          sparse random rows of every type (=, <=, >=, ranges), free and boxed
                  columns, feasible and bounded by construction
  setcover        the LP relaxation of a random set-covering problem
  badscale        a random LP with rows and columns rescaled by 1e-3..1e3 and costs in the
                  1e9 range (rupiah), for the scaling
  infeasible      a transportation problem whose demand exceeds its supply
  unbounded       a random LP with a free improving column
Only the Python standard library is used.
"""
import argparse
import math
import os
import random


class Model:
    """Rows and columns of an LP in general form, written as free MPS."""

    def __init__(self, name, sense="MIN"):
        self.name, self.sense = name, sense
        self.rows = []          # (name, type, rhs, range)
        self.columns = []       # (name, cost, [(row, value)], lower, upper)

    def row(self, name, kind, rhs=0.0, rng=None):
        self.rows.append((name, kind, rhs, rng))
        return name

    def column(self, name, cost, entries, lower=0.0, upper=math.inf):
        self.columns.append((name, cost, entries, lower, upper))

    def write(self, path):
        f = lambda v: repr(float(v))
        out = [f"NAME {self.name}"]
        if self.sense == "MAX":
            out += ["OBJSENSE", "    MAX"]
        out += ["ROWS", " N  obj"] + [f" {k}  {n}" for n, k, _, _ in self.rows]
        out.append("COLUMNS")
        for name, cost, entries, _, _ in self.columns:
            if cost != 0 or not entries:
                out.append(f"    {name}  obj  {f(cost)}")
            out += [f"    {name}  {r}  {f(v)}" for r, v in entries if v != 0]
        out.append("RHS")
        out += [f"    RHS  {n}  {f(b)}" for n, _, b, _ in self.rows if b != 0]
        ranges = [(n, r) for n, _, _, r in self.rows if r is not None]
        if ranges:
            out += ["RANGES"] + [f"    RNG  {n}  {f(r)}" for n, r in ranges]
        out.append("BOUNDS")
        for name, _, _, lo, up in self.columns:
            if lo == -math.inf and up == math.inf:
                out.append(f" FR BND  {name}")
            elif lo == up:
                out.append(f" FX BND  {name}  {f(lo)}")
            else:
                if lo == -math.inf:
                    out.append(f" MI BND  {name}")
                elif lo != 0:
                    out.append(f" LO BND  {name}  {f(lo)}")
                if up != math.inf:
                    out.append(f" UP BND  {name}  {f(up)}")
        out.append("ENDATA")
        with open(path, "w") as handle:
            handle.write("\n".join(out) + "\n")
        return len(self.rows), len(self.columns), sum(len(e) for _, _, e, _, _ in self.columns)


def transport(g, sources, destinations, name="transport", shortfall=0.0):
    m = Model(name)
    sx = [(g.random(), g.random()) for _ in range(sources)]
    dx = [(g.random(), g.random()) for _ in range(destinations)]
    demand = [g.randint(10, 100) for _ in range(destinations)]
    total = sum(demand)
    supply = [total * (1.2 - shortfall) / sources * g.uniform(0.8, 1.2) for _ in range(sources)]
    for i in range(sources):
        m.row(f"S{i}", "L", supply[i])
    for j in range(destinations):
        m.row(f"D{j}", "E", demand[j])
    for i in range(sources):
        for j in range(destinations):
            cost = round(100 * math.dist(sx[i], dx[j]) + g.uniform(0, 5), 3)
            m.column(f"x{i}_{j}", cost, [(f"S{i}", 1.0), (f"D{j}", 1.0)])
    return m


def multicommodity(g, rows, cols, commodities):
    m = Model(f"mcf{rows}x{cols}k{commodities}")
    node = lambda r, c: r * cols + c
    arcs = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                arcs.append((node(r, c), node(r, c + 1)))
            if r + 1 < rows:
                arcs.append((node(r, c), node(r + 1, c)))
            if g.random() < 0.25 and c > 0:
                arcs.append((node(r, c), node(r, c - 1)))
            if g.random() < 0.25 and r > 0:
                arcs.append((node(r, c), node(r - 1, c)))
    cost = [round(g.uniform(1, 10), 2) for _ in arcs]
    capacity = [round(g.uniform(20, 80), 1) for _ in arcs]
    for k in range(commodities):
        for v in range(rows * cols):
            m.row(f"n{k}_{v}", "E", 0.0)
    rhs = {}
    demands = []
    for k in range(commodities):
        sr, sc = g.randrange(rows // 2), g.randrange(cols // 2)
        tr, tc = g.randrange(rows // 2, rows), g.randrange(cols // 2, cols)
        d = round(g.uniform(5, 30), 1)
        rhs[f"n{k}_{node(sr, sc)}"] = d
        rhs[f"n{k}_{node(tr, tc)}"] = -d
        demands.append((node(sr, sc), node(tr, tc)))
    m.rows = [(n, t, rhs.get(n, 0.0), r) for n, t, _, r in m.rows]
    for a in range(len(arcs)):
        m.row(f"cap{a}", "L", capacity[a])
    for k in range(commodities):
        for a, (u, v) in enumerate(arcs):
            m.column(f"f{k}_{a}", cost[a], [(f"n{k}_{u}", 1.0), (f"n{k}_{v}", -1.0), (f"cap{a}", 1.0)])
        s, t = demands[k]
        m.column(f"unmet{k}", 1000.0, [(f"n{k}_{s}", 1.0), (f"n{k}_{t}", -1.0)])
    return m


def staircase(g, products, periods, resources):
    m = Model(f"stair{products}x{periods}r{resources}")
    use = [[g.uniform(0.5, 3) if g.random() < 0.5 else 0.0 for _ in range(products)] for _ in range(resources)]
    for t in range(periods):
        for p in range(products):
            m.row(f"bal{p}_{t}", "E", round(g.uniform(10, 60), 1))
        for r in range(resources):
            m.row(f"res{r}_{t}", "L", round(g.uniform(0.6, 1.0) * 35 * sum(use[r]), 1))
    for t in range(periods):
        for p in range(products):
            entries = [(f"bal{p}_{t}", 1.0)] + [(f"res{r}_{t}", use[r][p]) for r in range(resources) if use[r][p]]
            m.column(f"make{p}_{t}", round(g.uniform(5, 15), 2), entries)
            stock = [(f"bal{p}_{t}", -1.0)] + ([(f"bal{p}_{t + 1}", 1.0)] if t + 1 < periods else [])
            m.column(f"stock{p}_{t}", round(g.uniform(0.5, 2), 2), stock, 0.0, 500.0)
            m.column(f"short{p}_{t}", 200.0, [(f"bal{p}_{t}", 1.0)])
        for r in range(resources):
            m.column(f"over{r}_{t}", round(g.uniform(20, 40), 2), [(f"res{r}_{t}", -1.0)], 0.0, 50.0)
    return m


def twostage(g, facilities, customers, scenarios):
    m = Model(f"twostage{facilities}x{customers}s{scenarios}")
    fx = [(g.random(), g.random()) for _ in range(facilities)]
    cx = [(g.random(), g.random()) for _ in range(customers)]
    base = [g.uniform(10, 50) for _ in range(customers)]
    for s in range(scenarios):
        for j in range(customers):
            m.row(f"dem{s}_{j}", "G", round(base[j] * g.uniform(0.5, 1.5), 2))
        for i in range(facilities):
            m.row(f"cap{s}_{i}", "L", 0.0)
    m.row("budget", "L", 0.6 * sum(base) * 40)
    p = 1.0 / scenarios
    for i in range(facilities):
        entries = [(f"cap{s}_{i}", -1.0) for s in range(scenarios)] + [("budget", round(g.uniform(20, 60), 2))]
        m.column(f"build{i}", round(g.uniform(5, 15), 2), entries, 0.0, 2 * sum(base) / facilities)
    for s in range(scenarios):
        for i in range(facilities):
            for j in range(customers):
                if math.dist(fx[i], cx[j]) < 0.45:
                    m.column(f"ship{s}_{i}_{j}", round(p * 10 * math.dist(fx[i], cx[j]), 4),
                             [(f"dem{s}_{j}", 1.0), (f"cap{s}_{i}", 1.0)])
        for j in range(customers):
            m.column(f"lost{s}_{j}", round(p * 100, 4), [(f"dem{s}_{j}", 1.0)])
    return m


def random_lp(g, rows, cols, per_column, name=None, unbounded=False):
    m = Model(name or f"random{rows}x{cols}")
    entries, x0 = [], []
    ax = [0.0] * rows
    for j in range(cols):
        picked = sorted(set(g.randrange(rows) for _ in range(per_column)) | {j % rows})
        col = [(i, round(g.uniform(-1, 1), 3)) for i in picked]
        entries.append(col)
        x0.append(g.uniform(0, 2))
        for i, v in col:
            ax[i] += v * x0[j]
    bounds, y0 = [], []
    for j in range(cols):
        kind = g.randrange(10)
        bounds.append((-math.inf, math.inf) if kind == 0 else (0.0, math.inf) if kind < 5
                      else (0.0, round(x0[j] + g.uniform(0.1, 3), 3)))
    for i in range(rows):
        kind, v = g.randrange(4), g.random()
        if kind == 0:
            m.row(f"r{i}", "E", ax[i]); y0.append(v - 0.5)
        elif kind == 1:
            m.row(f"r{i}", "L", ax[i] + g.random()); y0.append(-v)
        elif kind == 2:
            m.row(f"r{i}", "G", ax[i] - g.random()); y0.append(v)
        else:
            m.row(f"r{i}", "G", ax[i] - 1, 2.0); y0.append(v - 0.5)
    for j in range(cols):
        c = sum(v * y0[i] for i, v in entries[j])
        if bounds[j][0] == 0:
            c += g.random()
        m.column(f"c{j}", round(c, 6), [(f"r{i}", v) for i, v in entries[j]], *bounds[j])
    if unbounded:
        m.column("ray", -1.0, [], -math.inf, math.inf)
    return m


def setcover(g, elements, sets):
    m = Model(f"setcover{elements}x{sets}")
    for i in range(elements):
        m.row(f"e{i}", "G", 1.0)
    members = [set() for _ in range(sets)]
    for i in range(elements):
        for s in g.sample(range(sets), 2):
            members[s].add(i)
    for s in range(sets):
        members[s] |= set(g.sample(range(elements), g.randint(1, 8)))
        m.column(f"s{s}", round(g.uniform(1, 10), 2), [(f"e{i}", 1.0) for i in sorted(members[s])], 0.0, 1.0)
    return m


def badscale(g, rows, cols):
    m = random_lp(g, rows, cols, 4, name=f"badscale{rows}x{cols}")
    row_scale = {n: 10 ** g.uniform(-3, 3) for n, _, _, _ in m.rows}
    m.rows = [(n, t, b * row_scale[n], r * row_scale[n] if r is not None else None) for n, t, b, r in m.rows]
    columns = []
    for name, cost, entries, lo, up in m.columns:
        c = 10 ** g.uniform(-3, 3)  # x = c x'
        columns.append((name, cost * c * 1e9, [(r, v * row_scale[r] * c) for r, v in entries],
                        lo / c if math.isfinite(lo) else lo, up / c if math.isfinite(up) else up))
    m.columns = columns
    return m


CHECK_SET = {
    "transport_30x40": lambda g: transport(g, 30, 40, "transport_30x40"),
    "multicommodity_8x8k6": lambda g: multicommodity(g, 8, 8, 6),
    "staircase_20x12r5": lambda g: staircase(g, 20, 12, 5),
    "twostage_10x30s8": lambda g: twostage(g, 10, 30, 8),
    "random_300x600": lambda g: random_lp(g, 300, 600, 4),
    "random_1000x2000": lambda g: random_lp(g, 1000, 2000, 3),
    "setcover_400x800": lambda g: setcover(g, 400, 800),
    "badscale_200x400": lambda g: badscale(g, 200, 400),
    "infeasible_transport": lambda g: transport(g, 10, 15, "infeasible_transport", shortfall=0.5),
    "unbounded_random": lambda g: random_lp(g, 50, 80, 3, "unbounded_random", unbounded=True),
}

LARGE = {
    "multicommodity": lambda g: multicommodity(g, 20, 20, 24),
    "staircase": lambda g: staircase(g, 60, 150, 8),
    "random": lambda g: random_lp(g, 10000, 20000, 3),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir")
    parser.add_argument("--family", choices=sorted(LARGE), help="write one large (~10k x 20k) instance instead")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    chosen = {f"{args.family}_large": LARGE[args.family]} if args.family else CHECK_SET
    for name, build in chosen.items():
        path = os.path.join(args.outdir, name + ".mps")
        rows, cols, nnz = build(random.Random(f"{name}:{args.seed}")).write(path)
        print(f"{path}: {rows} rows, {cols} columns, {nnz} nonzeros")


if __name__ == "__main__":
    main()
