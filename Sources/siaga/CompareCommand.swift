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
        --contingencies entry. Writes comparison.csv, pairwise.csv, ranking.csv, findings.txt and
        manifest.json (docs/outputs.md) and prints a one-screen briefing. With --target-halfwidth it
        doubles the replications until every main KPI's 95% interval is within that fraction of its
        mean, and says how many it took.
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
        BLASThreads.count = 1
        let loaded = try reportingErrors { try Scenario.load(path: scenario) }
        let library = try reportingErrors { try libraryContingencies(for: loaded) }
        let seed = self.seed ?? loaded.seed
        var plans: [DeploymentPlan] = []
        for name in strategyNames {
            do {
                plans.append(try StrategyCatalog.standard.strategy(named: name)!.plan(loaded))
            } catch {
                printError(error.description)
                throw ExitStatus.dataError
            }
        }
        let cases = ["base"] + library.map(\.id)
        var options = SimulationOptions()
        options.recordIncidents = false
        options.recordHourly = false
        var models: [[OperationsModel]] = []
        do {
            for c in cases.indices {
                let extra = c == 0 ? [] : [library[c - 1]]
                let merged = ContingencyLibrary.merge(loaded.contingencies, extra)
                models.append(try plans.map { try OperationsModel(scenario: loaded, plan: $0, contingencies: merged, options: options) })
            }
        } catch {
            printError("\(scenario): error: \(error)")
            throw ExitStatus.dataError
        }
        var cube = ComparisonCube(cases: cases, strategies: strategyNames, kpis: KPI.all)
        var target = replications
        var rounds: [(replications: Int, worst: Double)] = []
        while true {
            extend(&cube, to: target, models: models, seed: seed)
            let worst = cube.worstRelativeHalfWidth(Self.mainKPIs, confidence: confidence)
            rounds.append((target, worst))
            guard let goal = targetHalfwidth, worst > goal, target < maxReplications else { break }
            target = min(maxReplications, target * 2)
        }
        let tables = ComparisonTables(cube, confidence: confidence)
        let findings = Findings(cube, confidence: confidence)
        let briefing = CompareBriefing(cube: cube, findings: findings, rounds: rounds, goal: targetHalfwidth,
                                       seconds: Date().timeIntervalSince(started), output: output).text
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            try folder.write("comparison.csv", tables.comparisonCSV())
            try folder.write("pairwise.csv", tables.pairwiseCSV())
            try folder.write("ranking.csv", tables.rankingCSV())
            try folder.write("findings.txt", findings.sentences.joined(separator: "\n") + "\n")
            let manifest = Manifest(
                siagaVersion: Siaga.version, command: CommandLine.arguments,
                scenario: .init(path: scenario, name: loaded.name, sha256: Fingerprint.files(loaded.files.all)), plan: nil,
                contingencies: loaded.contingencies.map(\.id) + library.map(\.id), seed: seed, replications: cube.replications,
                threads: threads, wallSeconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000, startedAt: startedAt,
                outputs: ["comparison.csv", "pairwise.csv", "ranking.csv", "findings.txt", "manifest.json"])
            try folder.write("manifest.json", manifest.json())
            try folder.commit()
        }
        print(briefing, terminator: "")
    }

    /// Runs replications `cube.replications ..< count` of every case and strategy.
    private func extend(_ cube: inout ComparisonCube, to count: Int, models: [[OperationsModel]], seed: UInt64) {
        let first = cube.replications
        guard count > first else { return }
        var progress = ProgressBar(total: models.count * models[0].count, label: "strategy-cases, \(count) replications each")
        var done = 0
        for (c, row) in models.enumerated() {
            for (s, model) in row.enumerated() {
                ReplicationRunner.run(count: count - first, threads: threads,
                                      work: { model.run(replication: first + $0, seed: seed) }) { result in
                    cube.add(case: c, strategy: s, result)
                }
                done += 1
                progress.update(done)
            }
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
