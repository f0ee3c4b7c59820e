import Foundation
import Scenario

/// The two files `siaga plan` writes beside the plan format: `budget.csv`, the planned spend by
/// line against the budget, and `plan-summary.json`, the model's verdict on the plan. Pure text;
/// the same plan and model give the same bytes (no timings).
public enum PlanReport {
    /// What the deployment model says about a plan.
    public struct Model: Sendable {
        /// The LP optimum (`optimized`/`robust`: of this strategy's model; `doctrine` and
        /// `proportional`: of the optimized model, for comparison): a lower bound.
        public var lpObjective: Double
        /// The plan's objective in the model (its first stage fixed, the second stage solved).
        public var integerObjective: Double
        public var lpExpectedUnmet: Double
        public var integerExpectedUnmet: Double
        public var scenarios: Int
        public var seed: UInt64
        public var rows: Int
        public var columns: Int
        public var nonzeros: Int
        public var iterations: Int
        public var cvar: DeploymentModel.CVaR?
        public var binding: [ShadowPrice]
        public var posts: [ShadowPrice]

        public init(outcome: DeploymentPlanner.Outcome, integerObjective: Double, integerExpectedUnmet: Double, seed: UInt64,
                    scenario: Scenario) {
            let lp = outcome.model.program
            lpObjective = outcome.lpObjective
            self.integerObjective = integerObjective
            lpExpectedUnmet = outcome.lpExpectedUnmet
            self.integerExpectedUnmet = integerExpectedUnmet
            scenarios = outcome.instance.samples.count
            self.seed = seed
            rows = lp.rowCount
            columns = lp.columnCount
            nonzeros = lp.constraints.nonzeros
            iterations = outcome.solution.info.iterations
            cvar = outcome.model.cvar
            binding = ShadowPrice.binding(outcome.model, outcome.solution)
            posts = ShadowPrice.posts(outcome.model, outcome.solution, scenario: scenario)
        }

        /// `(integer - bound) / max(1, |bound|)`: the LP optimum bounds every plan's objective.
        public var gap: Double { (integerObjective - lpObjective) / max(1, abs(lpObjective)) }
    }

    /// `line,planned_rupiah,allocated_rupiah,left_rupiah`: one row per budget line (in
    /// `Budget.LineKind` order; `allocated` and `left` empty for a line the scenario does not
    /// allocate), then `total` against the whole budget. Planned spend is `BudgetModel`'s; BKO,
    /// contingency and other lines are not the plan's to spend (0).
    ///
    /// Pass `budget` when it is already built for `scenario`: building it walks every TPS.
    public static func budgetCSV(_ plan: DeploymentPlan, scenario: Scenario, budget model: BudgetModel? = nil) -> String {
        let spend = (model ?? BudgetModel(scenario: scenario)).spend(guards: plan.guardPolice, reserves: plan.reservePersonnel,
                                                          patrols: plan.patrolPersonnel)
        let budget = scenario.budget, kinds = Set(budget.lines.map(\.kind))
        var out = "line,planned_rupiah,allocated_rupiah,left_rupiah\n"
        for kind in Budget.LineKind.allCases {
            let planned = Int((spend[kind.rawValue] ?? 0).rounded())
            let allocated = kinds.contains(kind) ? budget.allocated(kind) : nil
            out += "\(kind.rawValue),\(planned),\(allocated.map(String.init) ?? ""),\(allocated.map { String($0 - planned) } ?? "")\n"
        }
        let total = Int(spend["total"]!.rounded())
        out += "total,\(total),\(budget.totalRupiah),\(budget.totalRupiah - total)\n"
        return out
    }

    /// `plan-summary.json`: keys sorted, two-space indent.
    public static func summaryJSON(_ plan: DeploymentPlan, scenario: Scenario, model: Model, budget: BudgetModel? = nil) -> String {
        let spend = (budget ?? BudgetModel(scenario: scenario)).spend(guards: plan.guardPolice, reserves: plan.reservePersonnel,
                                                          patrols: plan.patrolPersonnel)
        func prices(_ list: [ShadowPrice]) -> String {
            list.isEmpty ? "[]" : "[\n" + list.map {
                "    {\"row\": \(json($0.row)), \"sentence\": \(json($0.sentence)), \"value\": \(number($0.value))}"
            }.joined(separator: ",\n") + "\n  ]"
        }
        let cvar = model.cvar.map { "{\"alpha\": \(number($0.alpha)), \"weight\": \(number($0.weight))}" } ?? "null"
        let deployed = "{\"guards\": \(plan.guardPolice), \"patrols\": \(plan.patrolPersonnel), "
            + "\"reserves\": \(plan.reservePersonnel), \"total\": \(plan.deployedPersonnel)}"
        let planned = "{\"allowance\": \(number(spend["allowance"]!)), \"fuel\": \(number(spend["fuel"]!)), "
            + "\"maintenance\": \(number(spend["maintenance"]!)), \"total\": \(number(spend["total"]!))}"
        return """
        {
          "binding": \(prices(model.binding)),
          "bound": \(number(model.lpObjective)),
          "cvar": \(cvar),
          "deployed": \(deployed),
          "expected_unmet": {"integer": \(number(model.integerExpectedUnmet)), "lp": \(number(model.lpExpectedUnmet))},
          "gap": \(number(model.gap)),
          "integer_objective": \(number(model.integerObjective)),
          "lp": {"columns": \(model.columns), "iterations": \(model.iterations), "nonzeros": \(model.nonzeros), "rows": \(model.rows)},
          "lp_objective": \(number(model.lpObjective)),
          "objective_unit": "risk-weighted responders short in a sampled peak hour (expected)",
          "planned_spend_rupiah": \(planned),
          "posts": \(prices(model.posts)),
          "scenarios": \(model.scenarios),
          "seed": \(model.seed),
          "strategy": \(json(plan.strategy))
        }

        """
    }

    /// A JSON number in Swift's shortest round-trip form; null for NaN or infinity.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func json(_ text: String) -> String { JSONText.string(text) }
}
