import ArgumentParser
import Foundation
import LinearAlgebra
import Operations
import Planning
import Reports
import Scenario

/// `siaga compare`: plan several strategies and simulate them all under common random numbers,
/// in the base case and under each contingency; paired differences, ranking, a briefing.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare strategies under common random numbers, across contingencies.",
        discussion: """
        Plans each strategy, then simulates every plan with the same seed and replication numbers,
        so replication i of every strategy sees the same incidents, failures and contingencies
        wherever the plans do not change them. Cases are the base scenario and the scenario plus each
        --contingencies entry. Writes comparison.csv, pairwise.csv, ranking.csv,
        response_cdf.csv, findings.txt, the plans under plans/<strategy>/ and manifest.json
        (docs/outputs.md), and prints a one-screen briefing. With --target-halfwidth it projects, from
        the replications so far, how many bring every main KPI's 95% interval within that fraction of
        its mean, runs them, checks, and projects again if needed (Law 2015, 9.4.1); it says how many
        it took.
        """
    )

    @Argument(help: "The scenario's YAML main file.")
    var scenario: String

    @Option(help: "Comma-separated strategies; the first is the baseline of the briefing.")
    var strategies: String = StrategyCatalog.standard.names.joined(separator: ",")

    @Option(help: "Comma-separated library contingencies to add one at a time, or 'all', or 'none'.")
    var contingencies: String = "none"

    @Option(name: [.customShort("r"), .long], help: "Replications per strategy and case (the start, with --target-halfwidth).")
    var replications: Int = 100

    @Option(help: "Random seed (default: the scenario's seed).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Outputs do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Relative half-width to reach on the main KPIs, e.g. 0.05; adds replications until it does.")
    var targetHalfwidth: Double?

    @Option(help: "Most replications --target-halfwidth may use.")
    var maxReplications: Int = 20_000

    @Option(help: "Confidence level of every interval.")
    var confidence: Double = 0.95

    @Option(help: "Output folder; it must not exist or be empty unless --force is given.")
    var output: String

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    /// The KPIs whose intervals --target-halfwidth narrows.
    static let mainKPIs = ["response_mean_minutes", "response_p90_minutes", "within_target_share_road", "spend_total_rupiah"]

    var strategyNames: [String] { strategies.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }

    func validate() throws {
        let known = StrategyCatalog.standard.names
        guard !strategyNames.isEmpty else { throw ValidationError("--strategies: expected at least one of \(known.joined(separator: ", "))") }
        for name in strategyNames where !known.contains(name) {
            throw ValidationError("--strategies: expected names among \(known.joined(separator: ", ")); found '\(name)'")
        }
        guard Set(strategyNames).count == strategyNames.count else { throw ValidationError("--strategies: each strategy once") }
        guard (2...1_000_000).contains(replications) else { throw ValidationError("-r/--replications: expected 2 to 1,000,000, found \(replications)") }
        guard (1...256).contains(threads) else { throw ValidationError("--threads: expected 1 to 256, found \(threads)") }
        guard confidence > 0.5 && confidence < 1 else { throw ValidationError("--confidence: expected a level between 0.5 and 1") }
        if let targetHalfwidth, !(targetHalfwidth > 0 && targetHalfwidth < 1) {
            throw ValidationError("--target-halfwidth: expected a fraction between 0 and 1, such as 0.05")
        }
        guard maxReplications >= replications else { throw ValidationError("--max-replications: expected at least -r (\(replications))") }
    }

    func run() throws {
        let started = Date(), startedAt = Manifest.now()
        let loaded = try reportingErrors { try Scenario.load(path: scenario) }
        let library = try reportingErrors { try libraryContingencies(for: loaded) }
        let seed = self.seed ?? loaded.seed
        let made: [ComparePlans.Made]
        do {
            made = try ComparePlans(strategyNames, scenario: loaded, threads: threads).made
        } catch {
            printError(error.description)
            throw error.kind == .solverFailure ? ExitStatus.software : ExitStatus.dataError
        }
        // The plan folders' files, made now on every thread (budget.csv and plan-summary.json each
        // rebuild the budget model, some tenths of a second on Ketapang).
        let planFiles = Parallel.map(made.map { m in { @Sendable in PlanFolder.files(m.plan, scenario: loaded, model: m.model) } },
                                     threads: threads)
        let planSeconds = Date().timeIntervalSince(started)
        let cases = ["base"] + library.map(\.id)
        let models = try self.models(loaded, plans: made.map(\.plan), library: library)
        let simulationStart = Date()
        var cube = ComparisonCube(cases: cases, strategies: strategyNames, kpis: KPI.all)
        let rounds = simulateToTarget(&cube, models: models, seed: seed)
        let simulationSeconds = Date().timeIntervalSince(simulationStart)
        let findings = Findings(cube, confidence: confidence)
        let briefing = CompareBriefing(cube: cube, findings: findings, rounds: rounds, goal: targetHalfwidth,
                                       seconds: Date().timeIntervalSince(started), planSeconds: planSeconds,
                                       simulationSeconds: simulationSeconds, output: output).text
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            var outputs = try write(cube, findings: findings, planFiles: planFiles, into: folder)
            outputs.append("manifest.json")
            let manifest = Manifest(
                siagaVersion: Siaga.version, command: CommandLine.arguments,
                scenario: .init(path: scenario, name: loaded.name, sha256: Fingerprint.files(loaded.files.all)), plan: nil,
                contingencies: loaded.contingencies.map(\.id) + library.map(\.id), seed: seed, replications: cube.replications,
                events: cube.events, simulationSeconds: (simulationSeconds * 1000).rounded() / 1000,
                threads: threads, wallSeconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000, startedAt: startedAt,
                outputs: outputs)
            try folder.write("manifest.json", manifest.json())
            try folder.commit()
        }
        print(briefing, terminator: "")
    }

    /// The models to simulate, `[case][strategy]`: the base case, then the scenario plus each
    /// library contingency. They record KPIs only (no incident log, no hourly series), which is all
    /// the tables need.
    private func models(_ loaded: Scenario, plans: [DeploymentPlan], library: [Contingency]) throws -> [[OperationsModel]] {
        var options = SimulationOptions()
        options.recordIncidents = false
        options.recordHourly = false
        do {
            return try ([[]] + library.map { [$0] }).map { extra in
                let merged = ContingencyLibrary.merge(loaded.contingencies, extra)
                return try plans.map { try OperationsModel(scenario: loaded, plan: $0, contingencies: merged, options: options) }
            }
        } catch {
            printError("\(scenario): error: \(error)")
            throw ExitStatus.dataError
        }
    }

    /// Runs `-r` replications, then, with --target-halfwidth, as many more as `ReplicationTarget`
    /// projects, until the main KPIs' worst relative half-width is within the goal or
    /// --max-replications is reached.
    /// - Returns: each round's replications and the worst relative half-width it reached.
    private func simulateToTarget(_ cube: inout ComparisonCube, models: [[OperationsModel]], seed: UInt64)
        -> [(replications: Int, worst: Double)] {
        var target = replications
        var rounds: [(replications: Int, worst: Double)] = []
        while true {
            extend(&cube, to: target, models: models, seed: seed)
            let worst = cube.worstRelativeHalfWidth(Self.mainKPIs, confidence: confidence)
            rounds.append((target, worst))
            guard let goal = targetHalfwidth else { return rounds }
            let next = ReplicationTarget.next(replications: target, relativeHalfWidth: worst, goal: goal, limit: maxReplications)
            guard next > target else { return rounds }
            target = next
        }
    }

    /// Writes the tables and the plan folders; returns the names written, in order.
    private func write(_ cube: ComparisonCube, findings: Findings, planFiles: [[(name: String, bytes: [UInt8])]],
                       into folder: AtomicFolder) throws -> [String] {
        let tables = ComparisonTables(cube, confidence: confidence)
        try folder.write("comparison.csv", tables.comparisonCSV())
        try folder.write("pairwise.csv", tables.pairwiseCSV())
        try folder.write("ranking.csv", tables.rankingCSV())
        try folder.write("response_cdf.csv", cube.responseCDFCSV())
        try folder.write("findings.txt", findings.sentences.joined(separator: "\n") + "\n")
        var outputs = ["comparison.csv", "pairwise.csv", "ranking.csv", "response_cdf.csv", "findings.txt"]
        for (name, files) in zip(strategyNames, planFiles) {
            for file in files {
                try folder.write("plans/\(name)/\(file.name)", file.bytes)
                outputs.append("plans/\(name)/\(file.name)")
            }
        }
        return outputs
    }

    /// Runs replications `cube.replications ..< count` of every case and strategy as one ordered
    /// parallel loop. Job j is replication `first + j % m` of case `j / m` (`m = count - first`):
    /// it draws that replication's incidents once and runs every strategy on them (they are the
    /// same under every plan: common random numbers), and its results reach the cube in job order
    /// whatever thread ran them, so the tables are byte-identical for any --threads. One loop
    /// rather than one per cell keeps both threads busy across cell boundaries.
    /// - Parameter models: `models[c][s]`, case-major.
    private func extend(_ cube: inout ComparisonCube, to count: Int, models: [[OperationsModel]], seed: UInt64) {
        let first = cube.replications, m = count - first
        guard m > 0 else { return }
        var progress = ProgressBar(total: models.count * m, label: "case-replications (\(models.count) cases x \(m), up to \(count) each)")
        var done = 0
        ReplicationRunner.run(count: models.count * m, threads: threads, work: { j in
            let row = models[j / m], replication = first + j % m
            let incidents = row[0].drawIncidents(replication: replication, seed: seed)
            return row.map { $0.run(replication: replication, seed: seed, incidents: incidents) }
        }) { results in
            for (s, result) in results.enumerated() { cube.add(case: done / m, strategy: s, result) }
            done += 1
            progress.update(done)
        }
        progress.finish()
    }

    private func libraryContingencies(for loaded: Scenario) throws -> [Contingency] {
        let names: [String]
        switch contingencies {
        case "none", "": names = []
        case "all":
            let folders = ContingencyLibrary.candidateFolders(scenarioPath: scenario)
            let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            names = Array(Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })).sorted()
        default: names = contingencies.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        return try names.map { try ContingencyLibrary.load($0, scenario: loaded, scenarioPath: scenario) }
    }
}
