import Planning
import Scenario

/// The files of a plan folder as `siaga plan` writes them, for `plan` and for the `plans/<strategy>/`
/// folders of `compare`: the plan format (docs/plan-format.md), `budget.csv` and, when the
/// deployment model's view of the plan is known, `plan-summary.json`.
enum PlanFolder {
    static func files(_ plan: DeploymentPlan, scenario: Scenario, model: PlanReport.Model?) -> [(name: String, bytes: [UInt8])] {
        var files = plan.files(for: scenario).map { (name: $0.name, bytes: $0.bytes) }
        let budget = BudgetModel(scenario: scenario)
        files.append(("budget.csv", Array(PlanReport.budgetCSV(plan, scenario: scenario, budget: budget).utf8)))
        if let model {
            files.append(("plan-summary.json", Array(PlanReport.summaryJSON(plan, scenario: scenario, model: model, budget: budget).utf8)))
        }
        return files
    }
}
