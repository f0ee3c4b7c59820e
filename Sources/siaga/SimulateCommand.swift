import ArgumentParser
import Foundation
import LinearAlgebra
import Operations
import Reports
import Scenario

/// `siaga simulate`: replay a plan against random and scripted contingencies, many replications.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a deployment plan through the whole operation, many replications.",
        discussion: """
        Runs replications in parallel (BLAS pinned to one thread), each with its own random streams
        keyed by (seed, replication, purpose, entity), so every CSV is byte-identical for any
        --threads. Writes one folder atomically: incidents.csv, replications.csv, summary.csv,
        timeseries.csv, response_cdf.csv and manifest.json (docs/outputs.md). Contingencies from
        the scenario apply with their probabilities; --contingency adds library ones
        (scenarios/contingencies/NAME.yaml or a path to a YAML file).
        """
    )

    @Argument(help: "The scenario's YAML main file.")
    var scenario: String

    @Option(help: "The plan folder written by `siaga plan`.")
    var plan: String

    @Option(name: [.customShort("r"), .long], help: "Replications.")
    var replications: Int = 100

    @Option(help: "Random seed (default: the scenario's seed).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Outputs do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output folder; it must not exist or be empty unless --force is given.")
    var output: String

    @Option(name: .customLong("contingency"), help: "A library contingency to add (repeatable).")
    var contingencies: [String] = []

    @Flag(name: .customLong("no-incident-log"), help: "Do not write incidents.csv (for large runs).")
    var noIncidentLog = false

    @Option(help: "Confidence level of the intervals in summary.csv.")
    var confidence: Double = 0.95

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    func validate() throws {
        guard (1...1_000_000).contains(replications) else { throw ValidationError("-r/--replications: expected 1 to 1,000,000, found \(replications)") }
        guard (1...256).contains(threads) else { throw ValidationError("--threads: expected 1 to 256, found \(threads)") }
        guard confidence > 0.5 && confidence < 1 else { throw ValidationError("--confidence: expected a level between 0.5 and 1, found \(confidence)") }
    }

    func run() throws {
        let started = Date()
        let startedAt = Manifest.now()
        let (scenario, deployment, extra) = try reportingErrors {
            let scenario = try Scenario.load(path: self.scenario)
            let deployment = try DeploymentPlan.load(folder: plan, scenario: scenario)
            let extra = try contingencies.map { try ContingencyLibrary.load($0, scenario: scenario, scenarioPath: self.scenario) }
            return (scenario, deployment, extra)
        }
        let seed = self.seed ?? scenario.seed
        var options = SimulationOptions()
        options.recordIncidents = !noIncidentLog
        let model: OperationsModel
        do {
            model = try OperationsModel(scenario: scenario, plan: deployment,
                                        contingencies: ContingencyLibrary.merge(scenario.contingencies, extra), options: options)
        } catch {
            printError("\(self.scenario): error: \(error)")
            throw ExitStatus.dataError
        }
        var accumulator = RunAccumulator(scenario: scenario, kpis: KPI.all)
        var progress = ProgressBar(total: replications, label: "replications")
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            var outputs = ["replications.csv", "summary.csv", "timeseries.csv", "response_cdf.csv", "manifest.json"]
            var incidents: FileHandle?
            if !noIncidentLog {
                incidents = try folder.stream("incidents.csv")
                incidents?.write(Data(TidyCSV(columns: RunAccumulator.incidentColumns).bytes))
                outputs.insert("incidents.csv", at: 0)
            }
            let simulationStart = Date()
            ReplicationRunner.run(count: replications, threads: threads, work: { model.run(replication: $0, seed: seed) }) { result in
                let rows = accumulator.add(result)
                if let incidents, !rows.isEmpty { incidents.write(Data(rows)) }
                progress.update(result.replication + 1)
            }
            progress.finish()
            let simulationSeconds = (Date().timeIntervalSince(simulationStart) * 1000).rounded() / 1000
            try incidents?.close()
            try folder.write("replications.csv", accumulator.replicationsCSV)
            try folder.write("summary.csv", accumulator.summaryCSV(confidence: confidence))
            try folder.write("timeseries.csv", accumulator.timeseriesCSV())
            try folder.write("response_cdf.csv", accumulator.responseCDFCSV(
                caseName: extra.isEmpty ? "base" : extra.map(\.id).joined(separator: "+"), strategy: deployment.strategy))
            let manifest = Manifest(
                siagaVersion: Siaga.version, command: CommandLine.arguments,
                scenario: .init(path: self.scenario, name: scenario.name, sha256: Fingerprint.files(scenario.files.all)),
                plan: .init(path: plan, name: deployment.strategy, sha256: Fingerprint.files(DeploymentPlan.fileNames.map { plan + "/" + $0 })),
                contingencies: ContingencyLibrary.merge(scenario.contingencies, extra).map(\.id), seed: seed, replications: replications,
                events: accumulator.events, simulationSeconds: simulationSeconds, threads: threads,
                wallSeconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000, startedAt: startedAt, outputs: outputs)
            try folder.write("manifest.json", manifest.json())
            try folder.commit()
        }
        print(SimulationSummary(accumulator: accumulator, output: output, seconds: Date().timeIntervalSince(started)).text, terminator: "")
    }
}

extension Scenario.Files {
    /// Every input file of the scenario, main file first.
    var all: [String] { [main, tps] + [posts, travelTimes].compactMap { $0 } }
}
