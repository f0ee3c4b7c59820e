import Foundation
import Planning

/// The lines `siaga plan` prints about the deployment model: its size and solve, the LP bound,
/// the plan's objective and gap, the binding constraints and the posts where a person is worth most.
struct ModelSummaryText {
    let text: String

    init(_ model: PlanReport.Model, outcome: DeploymentPlanner.Outcome, strategy: String, seconds: Double, exported: String?) {
        let info = outcome.solution.info
        var out = "\nModel  \(model.scenarios) sampled peak hours, \(outcome.instance.zones.count) zones; "
        out += "LP \(group(model.rows)) rows x \(group(model.columns)) columns, \(group(model.nonzeros)) nonzeros; "
        out += "\(info.iterations) iterations, \(String(format: "%.2f", info.seconds[.total] ?? 0)) s (all \(String(format: "%.2f", seconds)) s)\n"
        let what = strategy == "optimized" || strategy == "robust" ? "integer objective" : "\(strategy) in the model"
        out += "  LP objective (bound) \(Self.number(model.lpObjective)); \(what) \(Self.number(model.integerObjective)); "
        out += "gap \(Self.number(model.gap * 100))%\n"
        out += "  expected unmet demand: LP \(Self.number(model.lpExpectedUnmet)), plan \(Self.number(model.integerExpectedUnmet)) "
        out += "(risk-weighted responders short in a peak hour)\n"
        if let cvar = model.cvar { out += "  CVaR at alpha \(Self.number(cvar.alpha)), weight \(Self.number(cvar.weight))\n" }
        if !model.binding.isEmpty || !model.posts.isEmpty {
            out += "Binding constraints and shadow prices (of the LP)\n"
            for price in model.binding + model.posts { out += "  \(price.sentence)\n" }
        }
        if let exported { out += "Exported the LP to \(exported)\n" }
        text = out
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        return String(format: abs(value) >= 100 ? "%.1f" : "%.4f", value)
    }
}
