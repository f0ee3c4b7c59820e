import Operations

/// The tables of `siaga compare`: `comparison.csv` (case x strategy x KPI estimates with
/// intervals), `pairwise.csv` (paired differences for every pair of strategies), and
/// `ranking.csv` (rank, the subset that cannot be ruled out as best, and comparison with the best).
public struct ComparisonTables {
    public let cube: ComparisonCube
    public let confidence: Double

    public init(_ cube: ComparisonCube, confidence: Double = 0.95) {
        self.cube = cube
        self.confidence = confidence
    }

    public func comparisonCSV() -> [UInt8] {
        var table = TidyCSV(columns: ["case", "strategy", "kpi", "unit", "replications", "mean", "mean_low", "mean_high",
                                     "p90", "p90_low", "p90_high"])
        forEachCell { c, s, k in
            let summary = SampleSummary(cube.values[c][s][k], confidence: confidence, probabilities: [0.9])
            table.text(cube.cases[c]); table.text(cube.strategies[s]); table.text(cube.kpis[k].name); table.text(cube.kpis[k].unit)
            table.int(summary.count)
            table.number(summary.mean); table.number(summary.meanLow); table.number(summary.meanHigh)
            let q = summary.quantiles[0]
            table.number(q.estimate); table.number(q.low); table.number(q.high)
            table.endRow()
        }
        return table.bytes
    }

    public func pairwiseCSV() -> [UInt8] {
        var table = TidyCSV(columns: ["case", "kpi", "unit", "strategy_a", "strategy_b", "replications", "difference",
                                     "difference_low", "difference_high", "relative", "relative_low", "relative_high", "better"])
        for c in cube.cases.indices {
            for k in cube.kpis.indices {
                for a in cube.strategies.indices {
                    for b in cube.strategies.indices where a != b {
                        let d = PairedComparison.difference(cube.values[c][a][k], cube.values[c][b][k], confidence: confidence)
                        table.text(cube.cases[c]); table.text(cube.kpis[k].name); table.text(cube.kpis[k].unit)
                        table.text(cube.strategies[a]); table.text(cube.strategies[b]); table.int(d.count)
                        table.number(d.mean); table.number(d.low); table.number(d.high)
                        table.number(d.relative); table.number(d.relativeLow); table.number(d.relativeHigh)
                        table.text(Self.verdict(d, direction: KPIDirection.of(cube.kpis[k].name),
                                                a: cube.strategies[a], b: cube.strategies[b]))
                        table.endRow()
                    }
                }
            }
        }
        return table.bytes
    }

    public func rankingCSV() -> [UInt8] {
        var table = TidyCSV(columns: ["case", "kpi", "direction", "strategy", "rank", "mean", "in_best_subset", "mcb_low", "mcb_high"])
        for c in cube.cases.indices {
            for k in cube.kpis.indices {
                guard let direction = KPIDirection.of(cube.kpis[k].name) else { continue }
                let samples = cube.strategies.indices.map { cube.values[c][$0][k] }
                let means = samples.map { SampleSummary($0, probabilities: []).mean }
                let subset = PairedComparison.subset(samples, direction: direction, confidence: confidence)
                let mcb = PairedComparison.comparisonWithTheBest(samples, direction: direction, confidence: confidence)
                let order = cube.strategies.indices.sorted { a, b in
                    let (x, y) = (means[a], means[b])
                    if x.isNaN != y.isNaN { return !x.isNaN }
                    if x != y { return direction == .higherIsBetter ? x > y : x < y }
                    return a < b
                }
                for (rank, s) in order.enumerated() {
                    table.text(cube.cases[c]); table.text(cube.kpis[k].name); table.text(direction.rawValue)
                    table.text(cube.strategies[s]); table.int(rank + 1); table.number(means[s])
                    table.int(subset[s] ? 1 : 0); table.number(mcb[s].low); table.number(mcb[s].high)
                    table.endRow()
                }
            }
        }
        return table.bytes
    }

    /// `a`, `b`, or `neither` (the interval covers 0), by the KPI's direction; empty when it has none.
    static func verdict(_ d: PairedComparison.Difference, direction: PairedComparison.Direction?, a: String, b: String) -> String {
        guard let direction, d.count > 1, d.low.isFinite, d.high.isFinite else { return "" }
        if d.low > 0 { return direction == .higherIsBetter ? a : b }
        if d.high < 0 { return direction == .higherIsBetter ? b : a }
        return "neither"
    }

    private func forEachCell(_ body: (Int, Int, Int) -> Void) {
        for c in cube.cases.indices { for s in cube.strategies.indices { for k in cube.kpis.indices { body(c, s, k) } } }
    }
}
