import Scenario

/// Cumulative response-time curves: for each case and strategy, the share of all incidents
/// (unanswered included) first answered within each minute edge.
///
/// Read from `response_cdf.csv` (`case,strategy,response_minutes,share_within`) or computed from
/// `incidents.csv` by `IncidentLog`.
struct ResponseCurves: Sendable {
    struct Curve: Sendable {
        var caseName: String
        var strategy: String
        /// (minutes, share) with minutes ascending.
        var points: [(x: Double, y: Double)]
    }

    var curves: [Curve] = []

    init(curves: [Curve]) { self.curves = curves }

    /// Reads `response_cdf.csv`, keeping curves in the order they first appear. A curve whose
    /// shares are empty (no incidents) keeps its place but has no points.
    /// - Throws: `ScenarioError` at the field of a share outside [0, 1] or an edge not ascending.
    init(path: String) throws {
        var table = try CSVTable(path: path, required: ["case", "strategy", "response_minutes", "share_within"])
        var index: [String: Int] = [:], lastEdge: [String: Double] = [:]
        while try table.next() {
            let caseName = try table.requiredText("case"), strategy = try table.requiredText("strategy")
            let minutes = try table.requiredNumber("response_minutes")
            // An empty share is a curve without incidents: it has no points to draw.
            let share = try table.number("share_within")
            if let share, !(0...1).contains(share) { throw table.error("share_within", expected: "a share from 0 to 1, or empty") }
            let key = caseName + "\u{0}" + strategy
            if index[key] == nil {
                index[key] = curves.count
                curves.append(Curve(caseName: caseName, strategy: strategy, points: []))
            }
            let i = index[key]!
            if let last = lastEdge[key], minutes <= last {
                throw table.error("response_minutes", expected: "minute edges ascending within a case and strategy (after \(last))")
            }
            lastEdge[key] = minutes
            if let share { curves[i].points.append((minutes, share)) }
        }
    }

    /// The cases, then the strategies, in order of first appearance.
    var cases: [String] { ordered(curves.map(\.caseName)) }
    var strategies: [String] { ordered(curves.map(\.strategy)) }

    /// The smallest edge by which every curve has reached `fraction` of its final share.
    func horizon(fraction: Double) -> Double {
        curves.map { curve in
            let final = curve.points.last?.y ?? 0
            return curve.points.first { $0.y >= fraction * final }?.x ?? curve.points.last?.x ?? 0
        }.max() ?? 0
    }
}

/// The distinct values in order of first appearance.
func ordered(_ values: [String]) -> [String] {
    var seen = Set<String>(), out: [String] = []
    for value in values where seen.insert(value).inserted { out.append(value) }
    return out
}
