import Operations
import Scenario

/// Collects replication results, in order, into the tables of a simulation run: per-replication
/// KPIs, their summary, the hourly time series and (streamed) the incident log.
///
/// Memory grows only with replications x KPIs (a few doubles each); incidents are turned into CSV
/// bytes per replication and handed straight to the caller to write, and the time series keeps
/// running sums.
public struct RunAccumulator {
    public let scenario: Scenario
    public let kpis: [KPI]
    private(set) var values: [[Double]]
    private var replicationsTable: TidyCSV
    private var series = SeriesSums()
    public private(set) var replications = 0
    /// Kernel events over all replications so far.
    public private(set) var events: UInt64 = 0
    /// Response times of every replication so far, binned and pooled.
    public private(set) var responses = ResponseHistogram()

    public static let incidentColumns = [
        "replication", "incident", "type", "site_kind", "site_id", "kecamatan", "access", "contagion",
        "severity_initial", "severity_final", "escalations", "responders_needed", "responders_max",
        "occurred_at", "occurred_minute", "dispatch_minute", "first_arrival_minute", "full_strength_minute",
        "resolved_minute", "response_minutes",
    ]

    public init(scenario: Scenario, kpis: [KPI]) {
        self.scenario = scenario
        self.kpis = kpis
        values = Array(repeating: [], count: kpis.count)
        replicationsTable = TidyCSV(columns: ["replication", "kpi", "unit", "value"])
    }

    /// Adds one replication's result; returns its incident rows as CSV bytes (no header).
    public mutating func add(_ result: ReplicationResult) -> [UInt8] {
        precondition(result.replication == replications, "results must arrive in replication order")
        precondition(result.kpis.count == kpis.count, "KPI count mismatch")
        replications += 1
        events &+= result.events
        responses.merge(result.responses)
        for (k, kpi) in kpis.enumerated() {
            values[k].append(result.kpis[k])
            replicationsTable.int(result.replication)
            replicationsTable.text(kpi.name)
            replicationsTable.text(kpi.unit)
            replicationsTable.number(result.kpis[k])
            replicationsTable.endRow()
        }
        series.add(result.hourly)
        return incidentRows(result)
    }

    /// `replications.csv`: one row per replication and KPI.
    public var replicationsCSV: [UInt8] { replicationsTable.bytes }

    /// `summary.csv`: per KPI, mean with its interval, standard deviation, and p50/p90/p95 with theirs.
    public func summaryCSV(confidence: Double = 0.95) -> [UInt8] {
        var table = TidyCSV(columns: ["kpi", "unit", "replications", "mean", "sd", "mean_low", "mean_high", "relative_half_width",
                                     "p50", "p50_low", "p50_high", "p90", "p90_low", "p90_high", "p95", "p95_low", "p95_high",
                                     "confidence", "description"])
        for (k, kpi) in kpis.enumerated() {
            let s = SampleSummary(values[k], confidence: confidence)
            table.text(kpi.name); table.text(kpi.unit); table.int(s.count)
            table.number(s.mean); table.number(s.standardDeviation); table.number(s.meanLow); table.number(s.meanHigh)
            table.number(s.relativeHalfWidth)
            for q in s.quantiles { table.number(q.estimate); table.number(q.low); table.number(q.high) }
            table.number(confidence); table.text(kpi.description)
            table.endRow()
        }
        return table.bytes
    }

    /// `response_cdf.csv` of this run: one curve, named by its case (`base`, or the contingencies
    /// added) and the plan's strategy.
    public func responseCDFCSV(caseName: String, strategy: String) -> [UInt8] {
        ResponseCDF.csv([.init(caseName: caseName, strategy: strategy, histogram: responses)])
    }

    /// The summary of one KPI by name.
    public func summary(of name: String, confidence: Double = 0.95) -> SampleSummary? {
        kpis.firstIndex { $0.name == name }.map { SampleSummary(values[$0], confidence: confidence) }
    }

    /// `timeseries.csv`: per hour, the mean over replications of each series.
    public func timeseriesCSV() -> [UInt8] {
        var table = TidyCSV(columns: ["hour", "time", "phase", "active_incidents_mean", "idle_reserves_mean",
                                     "working_vehicles_mean", "personnel_on_duty_mean", "spend_rupiah_mean"])
        let timeline = scenario.timeline
        let n = Double(max(1, replications))
        var phaseIndex = 0
        for hour in 0..<series.hours {
            let minute = timeline.startMinute + Double(hour) * 60
            while phaseIndex + 1 < timeline.phases.count && timeline.phases[phaseIndex].endMinute <= minute { phaseIndex += 1 }
            let phase = timeline.phases[phaseIndex]
            table.int(hour)
            table.text(timeline.isoTime(minutes: minute))
            table.text(phase.startMinute <= minute && minute < phase.endMinute ? phase.id : "")
            for column in 0..<5 { table.number(series.sums[column][hour] / n) }
            table.endRow()
        }
        return table.bytes
    }

    private func incidentRows(_ result: ReplicationResult) -> [UInt8] {
        var table = TidyCSV(columns: Self.incidentColumns)
        _ = table.takeBytes()
        let tps = scenario.tps, posts = scenario.posts
        for (i, r) in result.incidents.enumerated() {
            table.int(result.replication)
            table.int(i)
            table.text(scenario.incidents.types[Int(r.type)].id)
            if r.siteIsPost {
                let post = posts[Int(r.site)]
                table.text(post.kind.rawValue); table.text(post.id); table.text(post.kecamatan)
            } else {
                table.text("tps"); table.text(tps.ids[Int(r.site)]); table.text(tps.kecamatanNames[Int(tps.kecamatan[Int(r.site)])])
            }
            table.text(r.access.rawValue)
            table.int(r.isContagion ? 1 : 0)
            table.int(Int(r.initialSeverity)); table.int(Int(r.finalSeverity)); table.int(Int(r.escalations))
            table.int(Int(r.respondersNeeded)); table.int(Int(r.respondersMax))
            table.text(scenario.timeline.isoTime(minutes: r.occurredMinute))
            table.number(r.occurredMinute); table.number(r.dispatchMinute); table.number(r.firstArrivalMinute)
            table.number(r.fullStrengthMinute); table.number(r.resolvedMinute)
            table.number(r.firstArrivalMinute - r.occurredMinute)
            table.endRow()
        }
        return table.bytes
    }
}

/// Running sums of the hourly series over replications.
struct SeriesSums {
    var sums: [[Double]] = Array(repeating: [], count: 5)
    var hours: Int { sums[0].count }

    mutating func add(_ series: HourlySeries) {
        let columns = [series.activeIncidents, series.idleReserves, series.workingVehicles, series.personnelOnDuty, series.spendRupiah]
        for (c, column) in columns.enumerated() {
            if sums[c].count < column.count { sums[c].append(contentsOf: repeatElement(0, count: column.count - sums[c].count)) }
            for (h, value) in column.enumerated() { sums[c][h] += value }
        }
    }
}
