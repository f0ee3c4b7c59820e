import Foundation
import Optimization
import Scenario

/// Solves the deployment model of a scenario and turns its optimum into a plan: sample, build,
/// solve, round and repair (`IntegerRepair`), improve (`LocalSearch`), evaluate.
public struct DeploymentPlanner: Sendable {
    /// User options of `siaga plan` for the model.
    public struct Options: Sendable, Equatable {
        /// K, the sampled peak hours (SAA scenarios). DEFAULT 40: Ketapang solves in seconds with
        /// the general sparse solver.
        public var scenarios = 40
        /// The sampling seed; nil: the scenario's seed.
        public var seed: UInt64?
        /// The CVaR term for `robust`; nil for `optimized`.
        public var cvar: DeploymentModel.CVaR?
        /// Exact second-stage solves the local search may spend improving the rounded plan.
        public var localSearchEvaluations = 40
        public init() {}
    }

    /// Everything a solve produced, for the plan folder, the summary and the export.
    public struct Outcome: Sendable {
        public var instance: DeploymentInstance
        /// The program that was solved (exported by `--export-lp`).
        public var model: DeploymentModel
        public var solution: Solution
        /// The LP optimum: a lower bound on the objective of every plan meeting the rows.
        public var lpObjective: Double
        public var lpFirstStage: FirstStage
        public var integerFirstStage: FirstStage
        /// The objective of the whole-numbered first stage, its second stage re-solved.
        public var integerObjective: Double
        /// The expected-unmet part of each (equal to the objectives without CVaR).
        public var lpExpectedUnmet: Double
        public var integerExpectedUnmet: Double
        public var seconds: Double
        /// `(integer - bound) / max(1, |bound|)`.
        public var gap: Double { (integerObjective - lpObjective) / max(1, abs(lpObjective)) }
    }

    public var options: Options
    public var strategy: String
    public var settings = Settings()

    public init(options: Options, strategy: String) {
        self.options = options
        self.strategy = strategy
    }

    /// The model's instance for a scenario: zones, K sampled peak hours, routes and rows.
    public func instance(_ scenario: Scenario) throws(PlanningError) -> DeploymentInstance {
        let zones = DeploymentZone.zones(of: scenario)
        let samples = try DemandSampler.sample(scenario, zones: zones, count: options.scenarios, seed: options.seed ?? scenario.seed)
        return DeploymentInstance(scenario: scenario, zones: zones, samples: samples)
    }

    /// Solves the model and rounds its optimum.
    /// - Throws: `PlanningError` `.infeasible` with a message naming the conflicting rows (from the
    ///   solver's Farkas certificate), or `.solverFailure`.
    public func solve(_ scenario: Scenario) throws(PlanningError) -> Outcome {
        let started = Date()
        let instance = try instance(scenario)
        if let message = InfeasibilityReport.constantRows(instance) { throw PlanningError(.infeasible, strategy: strategy, reason: message) }
        let model = try DeploymentModel(instance, cvar: options.cvar)
        let solution = Optimization.solve(model.program, settings: settings)
        switch solution.status {
        case .optimal: break
        case .primalInfeasible:
            throw PlanningError(.infeasible, strategy: strategy, reason: InfeasibilityReport(model: model, solution: solution).message)
        default:
            throw PlanningError(.solverFailure, strategy: strategy, reason: "the interior-point solver stopped: \(solution.status.words)")
        }
        let values = MarginalValues(model: model, duals: solution.rowDuals)
        let lpStage = model.firstStage(solution.columnValues)
        guard let rounded = IntegerRepair(instance: instance, guardValue: values.guards, reserveValue: values.reserves).round(lpStage) else {
            throw PlanningError(.infeasible, strategy: strategy, reason: "no whole-numbered plan meets the force and budget rows")
        }
        let search = LocalSearch(instance: instance, evaluate: { stage throws(PlanningError) in
            let evaluation = try evaluation(stage, instance: instance)
            return (evaluation.objective, evaluation.solution.reducedCosts, evaluation.model)
        }, evaluations: options.localSearchEvaluations)
        let integer = try search.improve(rounded).stage
        let (objective, unmet) = try evaluate(integer, instance: instance)
        return Outcome(instance: instance, model: model, solution: solution, lpObjective: solution.objective,
                       lpFirstStage: lpStage, integerFirstStage: integer, integerObjective: objective,
                       lpExpectedUnmet: model.expectedUnmet(solution.columnValues), integerExpectedUnmet: unmet,
                       seconds: Date().timeIntervalSince(started))
    }

    /// The model objective of a fixed first stage (its second stage solved), and its expected
    /// unmet demand.
    public func evaluate(_ stage: FirstStage, instance: DeploymentInstance) throws(PlanningError) -> (objective: Double, expectedUnmet: Double) {
        let result = try evaluation(stage, instance: instance)
        return (result.objective, result.model.expectedUnmet(result.solution.columnValues))
    }

    /// The solved second stage of a fixed first stage.
    func evaluation(_ stage: FirstStage, instance: DeploymentInstance) throws(PlanningError)
        -> (objective: Double, solution: Solution, model: DeploymentModel) {
        let model = try DeploymentModel(instance, cvar: options.cvar, fixed: stage)
        let solution = Optimization.solve(model.program, settings: settings)
        guard solution.status == .optimal else {
            throw PlanningError(.solverFailure, strategy: strategy, reason: "the second stage of the plan did not solve: \(solution.status.words)")
        }
        return (solution.objective, solution, model)
    }
}

/// Per-unit values of guards, reserves and vehicles at the optimum, from the row duals: the
/// decrease of the objective per extra guard at each zone, reserve at each post, vehicle at each
/// (post, type), before the first-stage rows charge for it.
public struct MarginalValues: Sendable {
    public var guards: [Double]
    public var reserves: [Double]
    public var vehicles: [[Double]]

    public init(model: DeploymentModel, duals: [Double]) {
        let instance = model.instance
        var guards = [Double](repeating: 0, count: instance.zones.count)
        var reserves = [Double](repeating: 0, count: instance.posts.count)
        var vehicles = [[Double]](repeating: [Double](repeating: 0, count: instance.vehicles.count), count: instance.posts.count)
        for (i, kind) in model.rowKinds.enumerated() {
            switch kind {
            case .demand(_, let z): guards[z] += duals[i]
            case .capacity(_, let p): reserves[p] -= duals[i] / Double(instance.shiftsPerDay)
            case .seats(_, let p, let v): vehicles[p][v] -= duals[i] * instance.vehicles[v].seats
            default: break
            }
        }
        self.guards = guards
        self.reserves = reserves
        self.vehicles = vehicles
    }
}
