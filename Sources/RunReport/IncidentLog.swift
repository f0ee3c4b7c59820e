import Operations
import Scenario

/// What a report draws from `incidents.csv`, tallied in one pass over the file (a large run has
/// hundreds of thousands of rows): response times, incidents and late incidents per TPS, and
/// incidents by phase and hour of day.
struct IncidentLog {
    /// Incidents at one site over all replications.
    struct SiteTally: Sendable, Equatable {
        var incidents = 0
        /// Answered after the access type's response target, or never.
        var late = 0
        var answered = 0
        var responseMinutesSum = 0.0
    }

    /// Response times of every incident in the file (all replications), in the bins of
    /// `response_cdf.csv`, so that a curve from the log matches the one simulate writes.
    private(set) var responses = ResponseHistogram()
    /// Tallies by TPS id (TPS sites only).
    private(set) var tps: [String: SiteTally] = [:]
    /// Incidents by phase index (the timeline's phases, then one for "outside every phase") and hour of day.
    private(set) var byPhaseHour: [[Int]]

    /// - Parameters:
    ///   - timeline: the scenario's timeline, to place each incident in its phase.
    ///   - targets: response targets by access type, minutes.
    /// - Throws: `ScenarioError` naming the file, line and column of a bad field.
    init(path: String, timeline: Timeline, targets: [AccessType: Double]) throws {
        byPhaseHour = Array(repeating: Array(repeating: 0, count: 24), count: timeline.phases.count + 1)
        var table = try CSVTable(path: path, required: ["site_kind", "site_id", "access", "occurred_minute", "response_minutes"])
        let starts = timeline.phases.map(\.startMinute), ends = timeline.phases.map(\.endMinute)
        while try table.next() {
            let minute = try table.requiredNumber("occurred_minute")
            let response = try table.number("response_minutes")
            if let response {
                guard response >= 0 else { throw table.error("response_minutes", expected: "minutes >= 0 or an empty field") }
            }
            responses.add(responseMinutes: response ?? .nan)
            let phase = Self.phase(of: minute, starts: starts, ends: ends)
            let minuteOfDay = minute - (minute / 1440).rounded(.down) * 1440
            byPhaseHour[phase][min(23, max(0, Int(minuteOfDay / 60)))] += 1
            guard table.text("site_kind") == "tps" else { continue }
            guard let access = AccessType(rawValue: table.text("access")) else {
                throw table.error("access", expected: "one of 'road', 'river', 'remote'")
            }
            var tally = tps[table.text("site_id"), default: SiteTally()]
            tally.incidents += 1
            if let response {
                tally.answered += 1
                tally.responseMinutesSum += response
                if response > targets[access, default: .infinity] { tally.late += 1 }
            } else {
                tally.late += 1
            }
            tps[table.text("site_id")] = tally
        }
    }

    /// The phase whose [start, end) holds `minute`, or `starts.count` for none (binary search).
    static func phase(of minute: Double, starts: [Double], ends: [Double]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= minute { low = mid + 1 } else { high = mid }
        }
        let i = low - 1
        return i >= 0 && minute < ends[i] ? i : starts.count
    }

    /// The cumulative curve at the edges of ``ResponseHistogram`` (those of `response_cdf.csv`),
    /// up to the bin of the longest response: the share of all incidents answered within each edge.
    func curve(caseName: String, strategy: String) -> ResponseCurves.Curve {
        guard responses.incidents > 0 else { return ResponseCurves.Curve(caseName: caseName, strategy: strategy, points: []) }
        var points: [(x: Double, y: Double)] = [], within = 0
        for b in 0..<max(1, responses.counts.count) {
            within += b < responses.counts.count ? responses.counts[b] : 0
            points.append((ResponseHistogram.edge(b), Double(within) / Double(responses.incidents)))
        }
        return ResponseCurves.Curve(caseName: caseName, strategy: strategy, points: points)
    }
}
