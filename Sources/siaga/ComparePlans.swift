import Foundation
import Planning
import Scenario

/// The plans `siaga compare` simulates, each with the deployment model's view of it, made as
/// `siaga plan` makes them, so that `plans/<strategy>/` holds the bytes `siaga plan --strategy`
/// writes.
///
/// `optimized` and `robust` solve their own model. `doctrine` and `proportional` (any strategy
/// that is not an `OptimizedStrategy`) are evaluated in the optimized model, as `siaga plan` does;
/// its solve is shared with `optimized` rather than repeated. Two rounds (the solves and the plain
/// plans, then the evaluations) run on up to `threads` threads with BLAS pinned to one thread;
/// every job is a pure function of the scenario, so the plans do not depend on `threads`.
struct ComparePlans {
    struct Made: Sendable {
        var plan: DeploymentPlan
        /// nil when the optimized model could not be solved or the plan not evaluated in it (only
        /// for strategies that do not need the model; then `plan-summary.json` is left out).
        var model: PlanReport.Model?
    }

    /// One per strategy name, in order.
    let made: [Made]

    /// - Throws: the `PlanningError` of the first strategy (in `names` order) that could not plan.
    init(_ names: [String], scenario: Scenario, catalog: StrategyCatalog = .standard, threads: Int) throws(PlanningError) {
        let strategies = names.map { catalog.strategy(named: $0)! }
        let reference = catalog.strategy(named: "optimized") as? OptimizedStrategy ?? OptimizedStrategy()
        let referenceSeed = reference.options.seed ?? scenario.seed
        let needsReference = strategies.contains { !($0 is OptimizedStrategy) }
        let referenceIndex = names.firstIndex(of: reference.name)

        // Round 1: every strategy's plan (a solve for the optimized ones), plus the reference solve
        // when no listed strategy is the reference but some plan must be evaluated in it.
        var solves: [@Sendable () -> Job] = strategies.map { strategy in
            if let optimized = strategy as? OptimizedStrategy {
                return { Job { () throws(PlanningError) in .solved(try optimized.solve(scenario)) } }
            }
            return { Job { () throws(PlanningError) in .plan(try strategy.plan(scenario)) } }
        }
        if needsReference && referenceIndex == nil {
            solves.append { Job { () throws(PlanningError) in .solved(try reference.solve(scenario)) } }
        }
        let first = Parallel.map(solves, threads: threads)
        var referenceSolve: (plan: DeploymentPlan, outcome: DeploymentPlanner.Outcome)?
        if needsReference, case .success(.solved(let solved)) = first[referenceIndex ?? names.count] { referenceSolve = solved }

        // Round 2: evaluate the plain plans in the reference model.
        var made: [Made?] = Array(repeating: nil, count: names.count)
        var evaluations: [(strategy: Int, job: @Sendable () -> Job)] = []
        for (s, result) in first.prefix(names.count).enumerated() {
            switch result {
            case .failure(let error): throw error
            case .success(.solved(let solved)):
                let seed = (strategies[s] as? OptimizedStrategy)?.options.seed ?? scenario.seed
                made[s] = Made(plan: solved.plan, model: PlanReport.Model(
                    outcome: solved.outcome, integerObjective: solved.outcome.integerObjective,
                    integerExpectedUnmet: solved.outcome.integerExpectedUnmet, seed: seed, scenario: scenario))
            case .success(.plan(let plan)):
                made[s] = Made(plan: plan, model: nil)
                guard let instance = referenceSolve?.outcome.instance else { continue }
                let planner = DeploymentPlanner(options: reference.options, strategy: names[s])
                evaluations.append((s, { Job { () throws(PlanningError) in
                    .evaluated(try planner.evaluate(FirstStage(plan: plan, instance: instance), instance: instance))
                } }))
            case .success(.evaluated): preconditionFailure("round 1 does not evaluate")
            }
        }
        let second = Parallel.map(evaluations.map(\.job), threads: threads)
        for (e, s) in evaluations.map(\.strategy).enumerated() {
            guard case .success(.evaluated(let value)) = second[e], let outcome = referenceSolve?.outcome else { continue }
            made[s]!.model = PlanReport.Model(outcome: outcome, integerObjective: value.objective,
                                              integerExpectedUnmet: value.expectedUnmet, seed: referenceSeed, scenario: scenario)
        }
        self.made = made.map { $0! }
    }

    /// What one planning job produced.
    enum Product: @unchecked Sendable {
        case solved((plan: DeploymentPlan, outcome: DeploymentPlanner.Outcome))
        case plan(DeploymentPlan)
        case evaluated((objective: Double, expectedUnmet: Double))
    }

    typealias Job = Result<Product, PlanningError>
}

/// Runs independent jobs on up to `threads` threads; results come back in job order.
enum Parallel {
    static func map<T>(_ jobs: [@Sendable () -> T], threads: Int) -> [T] {
        guard threads > 1 && jobs.count > 1 else { return jobs.map { $0() } }
        let slots = Slots<T>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: min(threads, jobs.count)) { _ in
            while let j = slots.claim() { slots.set(j, jobs[j]()) }
        }
        return slots.values.map { $0! }
    }

    /// Results written by several threads, one slot each, and the next job to claim.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [T?]
        private var next = 0

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < values.count else { return nil }
            defer { next += 1 }
            return next
        }

        func set(_ index: Int, _ value: T) {
            lock.lock(); defer { lock.unlock() }
            values[index] = value
        }
    }
}
