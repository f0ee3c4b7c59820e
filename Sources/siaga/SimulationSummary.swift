import Foundation
import Reports

/// The few lines `siaga simulate` prints: the main KPIs with their 95% intervals.
struct SimulationSummary {
    let text: String

    static let headline = ["incidents", "response_mean_minutes", "response_p90_minutes", "within_target_share_road",
                           "within_target_share_river", "within_target_share_remote", "incidents_escalated",
                           "incidents_unresolved", "severe_late", "tps_hours_uncovered", "reserve_utilization",
                           "vehicle_utilization", "fatigue_hours", "spend_total_rupiah", "overrun"]

    init(accumulator: RunAccumulator, output: String, seconds: Double) {
        var rows = [["KPI", "mean", "95% interval", "unit"]]
        for name in Self.headline {
            guard let s = accumulator.summary(of: name), let kpi = accumulator.kpis.first(where: { $0.name == name }) else { continue }
            rows.append([name, Self.format(s.mean), s.count > 1 ? "\(Self.format(s.meanLow)) to \(Self.format(s.meanHigh))" : "-", kpi.unit])
        }
        var out = "\(accumulator.replications) replications in \(String(format: "%.2f", seconds)) s -> \(output)/\n"
        out += table(rows)
        text = out
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        if abs(value) >= 1_000 { return group(Int(value.rounded())) }
        return String(format: abs(value) >= 10 ? "%.1f" : "%.3f", value)
    }
}
