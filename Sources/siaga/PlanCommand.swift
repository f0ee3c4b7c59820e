import ArgumentParser
import Foundation
import Optimization
import Planning
import Scenario

/// `siaga plan SCENARIO --strategy NAME --output DIR`: make a deployment plan and write its folder.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make a deployment plan for a scenario and write it as a plan folder.",
        discussion: """
        Writes guard_groups.csv, tps_guards.csv, posts.csv, vehicles.csv and plan.json
        (docs/plan-format.md), budget.csv (planned spend by line) and plan-summary.json (the
        deployment model's objective, bound, gap and binding constraints; docs/deployment-model.md)
        all at once, then prints what the plan does with the force and what the model says.
        Strategies: \(StrategyCatalog.standard.names.joined(separator: ", ")). doctrine guards TPS
        at the security pattern, keeping the doctrine minimum first; proportional follows
        risk-weighted voters; optimized solves a two-stage stochastic LP over --scenarios sampled
        peak hours; robust adds a CVaR term. Every plan keeps the deployable force, the budget,
        the operable vehicles and the doctrine minimum. When no plan can (a force below the
        minimum, a budget too small), says which constraints conflict and by how much, exit 65.
        """
    )

    @Argument(help: "The scenario's YAML main file, e.g. scenarios/ketapang/scenario.yaml.")
    var scenario: String

    @Option(help: "The strategy: \(StrategyCatalog.standard.names.joined(separator: ", ")).")
    var strategy: String = "doctrine"

    @Option(help: "Folder to write; it must not exist or be empty unless --force is given.")
    var output: String

    @Option(help: "Sampled peak hours (scenarios) of the deployment model.")
    var scenarios: Int = DeploymentPlanner.Options().scenarios

    @Option(help: "Sampling seed of the deployment model (default: the scenario's seed).")
    var seed: UInt64?

    @Option(name: .customLong("cvar-alpha"), help: "robust: the CVaR tail level (mean of the worst 1 - alpha of peak hours).")
    var cvarAlpha: Double = OptimizedStrategy.defaultCVaR.alpha

    @Option(name: .customLong("cvar-weight"), help: "robust: the weight of the CVaR term beside the expected unmet demand.")
    var cvarWeight: Double = OptimizedStrategy.defaultCVaR.weight

    @Option(name: .customLong("export-lp"), help: "Also write the deployment LP that was solved, as free MPS.")
    var exportLP: String?

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    func validate() throws {
        guard StrategyCatalog.standard.strategy(named: strategy) != nil else {
            let names = StrategyCatalog.standard.names
            throw ValidationError("--strategy: expected one of \(names.joined(separator: ", ")); found '\(strategy)'")
        }
        guard (1...100_000).contains(scenarios) else { throw ValidationError("--scenarios: expected 1 to 100,000, found \(scenarios)") }
        guard cvarAlpha > 0 && cvarAlpha < 1 else { throw ValidationError("--cvar-alpha: expected a level in (0, 1), found \(cvarAlpha)") }
        guard cvarWeight >= 0 && cvarWeight.isFinite else { throw ValidationError("--cvar-weight: expected a weight >= 0, found \(cvarWeight)") }
    }

    var options: DeploymentPlanner.Options {
        var options = DeploymentPlanner.Options()
        options.scenarios = scenarios
        options.seed = seed
        if strategy == "robust" { options.cvar = DeploymentModel.CVaR(alpha: cvarAlpha, weight: cvarWeight) }
        return options
    }

    func run() throws {
        let started = Date()
        let loaded = try reportingErrors { try Scenario.load(path: scenario) }
        let (plan, outcome, evaluation) = try planning { () throws(PlanningError) in try make(loaded) }
        let model = PlanReport.Model(outcome: outcome, integerObjective: evaluation.objective,
                                     integerExpectedUnmet: evaluation.expectedUnmet, seed: seed ?? loaded.seed, scenario: loaded)
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            for file in PlanFolder.files(plan, scenario: loaded, model: model) { try folder.write(file.name, file.bytes) }
            if let exportLP { try Self.export(outcome.model.program, to: exportLP) }
            try folder.commit()
        }
        var text = PlanSummaryText(PlanSummary(plan, scenario: loaded), scenario: loaded, output: output).text
        text += ModelSummaryText(model, outcome: outcome, strategy: strategy, seconds: Date().timeIntervalSince(started),
                                 exported: exportLP).text
        print(text, terminator: "")
    }

    /// The plan, the optimized (or robust) model's outcome, and the plan's evaluation in it.
    private func make(_ scenario: Scenario) throws(PlanningError)
        -> (DeploymentPlan, DeploymentPlanner.Outcome, (objective: Double, expectedUnmet: Double)) {
        if strategy == "optimized" || strategy == "robust" {
            let (plan, outcome) = try OptimizedStrategy(robust: strategy == "robust", options: options).solve(scenario)
            return (plan, outcome, (outcome.integerObjective, outcome.integerExpectedUnmet))
        }
        let plan = try StrategyCatalog.standard.strategy(named: strategy)!.plan(scenario)
        let planner = DeploymentPlanner(options: options, strategy: strategy)
        let outcome = try planner.solve(scenario)
        let evaluation = try planner.evaluate(FirstStage(plan: plan, instance: outcome.instance), instance: outcome.instance)
        return (plan, outcome, evaluation)
    }

    /// Runs `body`, turning a planning error into its message and exit 65 (70 for a solver failure).
    private func planning<T>(_ body: () throws(PlanningError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.description)
            throw error.kind == .solverFailure ? ExitStatus.software : ExitStatus.dataError
        }
    }

    /// Writes the MPS text next to `path` under a hidden name, then renames it into place.
    static func export(_ program: LinearProgram, to path: String) throws {
        let text: String
        do { text = try MPSWriter.text(program) } catch { throw OutputError(path: path, reason: "\(error)") }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let staging = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: staging)
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: staging, to: url)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw OutputError(path: path, reason: error.localizedDescription)
        }
    }
}
