import Foundation
import Reports

/// The one screen `siaga compare` prints: how many replications, the main KPIs of each strategy
/// in each case with their intervals, who cannot be ruled out as best, and the headline findings.
struct CompareBriefing {
    let text: String

    static let columns: [(kpi: String, title: String)] = [
        ("response_mean_minutes", "response min"), ("within_target_share_road", "road in target"),
        ("severe_late", "severe late"), ("tps_hours_uncovered", "TPS-h uncovered"), ("spend_total_rupiah", "spend Rp M"),
        ("overrun", "P(overrun)"),
    ]

    init(cube: ComparisonCube, findings: Findings, rounds: [(replications: Int, worst: Double)], goal: Double?,
         seconds: Double, planSeconds: Double, simulationSeconds: Double, output: String) {
        var out = "\(cube.strategies.count) strategies x \(cube.cases.count) cases x \(cube.replications) replications (common random numbers) in \(String(format: "%.1f", seconds)) s -> \(output)/\n"
        out += "planning \(String(format: "%.1f", planSeconds)) s, simulation \(String(format: "%.1f", simulationSeconds)) s\n"
        if let goal {
            let path = rounds.map { "\($0.replications) (\(percent1($0.worst)))" }.joined(separator: ", ")
            let reached = (rounds.last?.worst ?? .infinity) <= goal
            out += "target half-width \(percent1(goal)) on \(CompareCommand.mainKPIs.joined(separator: ", ")): "
            out += reached ? "reached with \(cube.replications) replications" : "NOT reached at the limit of \(cube.replications) replications"
            out += "; worst half-width by round: \(path)\n"
        }
        for c in cube.cases.indices {
            out += "\n\(cube.cases[c] == "base" ? "Base case" : "Contingency \(cube.cases[c])")\n"
            var rows = [["strategy"] + Self.columns.map(\.title)]
            for s in cube.strategies.indices {
                var row = [cube.strategies[s]]
                for column in Self.columns {
                    guard let k = cube.kpiIndex(column.kpi) else { row.append("-"); continue }
                    let summary = SampleSummary(cube.values[c][s][k], probabilities: [])
                    let samples = cube.strategies.indices.map { cube.values[c][$0][k] }
                    let best = KPIDirection.of(column.kpi).map { PairedComparison.subset(samples, direction: $0)[s] } ?? false
                    let scale = column.kpi == "spend_total_rupiah" ? 1e-6 : 1
                    row.append(Self.format(summary.mean * scale, half: (summary.meanHigh - summary.meanLow) / 2 * scale) + (best ? "*" : " "))
                }
                rows.append(row)
            }
            out += table(rows)
        }
        out += "\n* cannot be ruled out as best at 95% (Nelson et al. 2001 screening under common random numbers)\n"
        let headline = findings.sentences.filter { $0.contains("road incidents within") || $0.contains("severe incidents") }
        if !headline.isEmpty {
            out += "\nFindings (all in findings.txt):\n" + headline.prefix(12).map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        text = out
    }

    static func format(_ mean: Double, half: Double) -> String {
        guard mean.isFinite else { return "-" }
        let digits = abs(mean) >= 100 ? 0 : (abs(mean) >= 1 ? 1 : 3)
        let h = half.isFinite ? " ±" + String(format: "%.\(digits)f", half) : ""
        return String(format: "%.\(digits)f", mean) + h
    }
}
