import Scenario

/// The plan that minimizes expected risk-weighted unmet responder demand over sampled peak hours
/// (`optimized`), or that plus a CVaR term on the worst hours (`robust`): the two-stage stochastic
/// linear program of `DeploymentModel`, solved by the interior-point method, rounded and repaired
/// by `IntegerRepair`, its zones' police formed into guard groups by `FirstStage.plan`.
public struct OptimizedStrategy: Strategy {
    public let name: String
    public var options: DeploymentPlanner.Options

    /// The default CVaR of `robust`: the worst 10% of peak hours, weighed as much as the mean.
    public static let defaultCVaR = DeploymentModel.CVaR(alpha: 0.9, weight: 1)

    /// - Parameter robust: add the CVaR term (`options.cvar`, or `defaultCVaR` if nil).
    public init(robust: Bool = false, options: DeploymentPlanner.Options = .init()) {
        name = robust ? "robust" : "optimized"
        var options = options
        if robust && options.cvar == nil { options.cvar = Self.defaultCVaR }
        if !robust { options.cvar = nil }
        self.options = options
    }

    public var abstract: String {
        name == "robust"
            ? "the optimized model plus a CVaR term (Rockafellar-Uryasev) on the worst sampled peak hours"
            : "two-stage stochastic LP: guards, reserves and vehicles minimizing expected unmet responder demand over sampled peak hours"
    }

    public func plan(_ scenario: Scenario) throws(PlanningError) -> DeploymentPlan {
        try solve(scenario).plan
    }

    /// The plan and everything the solve produced.
    public func solve(_ scenario: Scenario) throws(PlanningError) -> (plan: DeploymentPlan, outcome: DeploymentPlanner.Outcome) {
        let outcome = try DeploymentPlanner(options: options, strategy: name).solve(scenario)
        let plan = outcome.integerFirstStage.plan(strategy: name, instance: outcome.instance, scenario: scenario)
        return (plan, outcome)
    }
}
