import Scenario

/// A way of turning a scenario into a deployment plan.
///
/// Every strategy produces the same `DeploymentPlan`, so that the simulator and `siaga compare`
/// treat them alike: `doctrine` (Polri's guard ratios, the rest as reserves), `proportional` (to
/// risk-weighted voters), `optimized` and `robust` (the deployment model, docs/deployment-model.md).
/// Every plan meets the deployable force, the budget, the operable vehicles and the doctrine
/// minimum (`PlanCheck`). A strategy is a value: the same scenario gives the same plan.
public protocol Strategy: Sendable {
    /// The name used on the command line and written to `plan.json` (`doctrine`, `optimized`, ...).
    var name: String { get }
    /// One line saying what the strategy does, for listings.
    var abstract: String { get }
    /// Makes a plan for `scenario`.
    /// - Throws: `PlanningError` when the strategy cannot make a plan for this scenario.
    func plan(_ scenario: Scenario) throws(PlanningError) -> DeploymentPlan
}

extension Strategy {
    public var abstract: String { "" }
}

/// Why a strategy could not make a plan. A plan that leaves TPS unguarded is not an error: it is
/// an outcome the plan records, so that the planner sees the gap.
public struct PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The scenario lacks something the strategy needs.
        case unsupportedScenario
        /// No plan satisfies the constraints.
        case infeasible
        /// A solver failed to converge or reported a numerical problem.
        case solverFailure
    }

    public var kind: Kind
    public var strategy: String
    public var reason: String

    public init(_ kind: Kind, strategy: String, reason: String) {
        self.kind = kind
        self.strategy = strategy
        self.reason = reason
    }

    public var description: String { "strategy '\(strategy)': \(reason)" }
}
