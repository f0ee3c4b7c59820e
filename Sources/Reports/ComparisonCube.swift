import Operations

/// Per-replication KPI values of several strategies under several cases (the base scenario and
/// each contingency), all run with the same seed and replication numbers: common random numbers,
/// so values at the same replication index are paired.
public struct ComparisonCube: Sendable {
    public let cases: [String]
    public let strategies: [String]
    public let kpis: [KPI]
    /// `values[c][s][k]` = the KPI's value in each replication, in replication order.
    public private(set) var values: [[[[Double]]]]
    /// `responses[c][s]` = response times of every replication so far, binned and pooled.
    public private(set) var responses: [[ResponseHistogram]]
    /// Kernel events over every replication of every cell so far.
    public private(set) var events: UInt64 = 0

    public init(cases: [String], strategies: [String], kpis: [KPI]) {
        self.cases = cases
        self.strategies = strategies
        self.kpis = kpis
        values = Array(repeating: Array(repeating: Array(repeating: [], count: kpis.count), count: strategies.count), count: cases.count)
        responses = Array(repeating: Array(repeating: ResponseHistogram(), count: strategies.count), count: cases.count)
    }

    /// Adds one replication's result for a case and strategy (results must arrive in replication order).
    public mutating func add(case c: Int, strategy s: Int, _ result: ReplicationResult) {
        precondition(result.replication == values[c][s][0].count, "results must arrive in replication order")
        for k in kpis.indices { values[c][s][k].append(result.kpis[k]) }
        responses[c][s].merge(result.responses)
        events &+= result.events
    }

    /// `response_cdf.csv`: a curve per case and strategy, cases then strategies in order.
    public func responseCDFCSV() -> [UInt8] {
        ResponseCDF.csv(cases.indices.flatMap { c in
            strategies.indices.map { s in ResponseCDF.Curve(caseName: cases[c], strategy: strategies[s], histogram: responses[c][s]) }
        })
    }

    /// Replications collected for every case and strategy (the smallest count).
    public var replications: Int { values.flatMap { $0 }.map { $0.first?.count ?? 0 }.min() ?? 0 }

    public func kpiIndex(_ name: String) -> Int? { kpis.firstIndex { $0.name == name } }

    /// The largest relative half-width of the mean over every case and strategy for the named KPIs
    /// (KPIs whose mean is 0 or undefined in a cell are skipped there).
    public func worstRelativeHalfWidth(_ names: [String], confidence: Double) -> Double {
        var worst = 0.0
        for name in names {
            guard let k = kpiIndex(name) else { continue }
            for c in cases.indices {
                for s in strategies.indices {
                    let h = SampleSummary(values[c][s][k], confidence: confidence, probabilities: []).relativeHalfWidth
                    if h.isFinite { worst = max(worst, h) }
                }
            }
        }
        return worst
    }
}

/// Whether a larger value of a KPI is better, by name: shares within target are better high,
/// every other KPI (response times, unmet and late incidents, uncovered hours, spend, overrun,
/// fatigue) better low. KPIs that are neither (counts of incidents, BKO arrival) are `nil`.
public enum KPIDirection {
    public static func of(_ name: String) -> PairedComparison.Direction? {
        if name.hasPrefix("within_target_share") { return .higherIsBetter }
        let neutral: Set<String> = ["incidents", "incidents_contagion", "bko_arrival_minute", "overrun_minute",
                                    "contingencies_occurred", "personnel_hours", "escort_convoys", "vehicle_utilization",
                                    "reserve_utilization", "active_incidents_mean", "time_in_system_mean_minutes"]
        return neutral.contains(name) ? nil : .lowerIsBetter
    }
}
