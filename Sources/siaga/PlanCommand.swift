import ArgumentParser
import Planning
import Scenario

/// `siaga plan SCENARIO --strategy NAME --output DIR`: make a deployment plan and write its folder.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make a deployment plan for a scenario and write it as a plan folder.",
        discussion: """
        Writes guard_groups.csv, tps_guards.csv, posts.csv, vehicles.csv and plan.json
        (docs/plan-format.md) all at once, then prints guard police, TPS guarded and unguarded by
        category, reserves by kind of post and vehicles placed. Strategies: \(StrategyCatalog.standard.names.joined(separator: ", ")).
        doctrine guards TPS at the scenario's security pattern; when the deployable force is too
        small it keeps the Polres reserve, guards sangat rawan, khusus, rawan, then kurang rawan
        TPS, nearest to their Polsek first, and leaves the rest unguarded.
        """
    )

    @Argument(help: "The scenario's YAML main file, e.g. scenarios/ketapang/scenario.yaml.")
    var scenario: String

    @Option(help: "The strategy: \(StrategyCatalog.standard.names.joined(separator: ", ")).")
    var strategy: String = "doctrine"

    @Option(help: "Folder to write; it must not exist or be empty unless --force is given.")
    var output: String

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    func validate() throws {
        guard StrategyCatalog.standard.strategy(named: strategy) != nil else {
            let names = StrategyCatalog.standard.names
            throw ValidationError("--strategy: expected one of \(names.joined(separator: ", ")); found '\(strategy)'")
        }
    }

    func run() throws {
        let chosen = StrategyCatalog.standard.strategy(named: strategy)!
        let loaded = try reportingErrors { try Scenario.load(path: scenario) }
        let plan: DeploymentPlan
        do {
            plan = try chosen.plan(loaded)
        } catch {
            printError(error.description)
            throw ExitStatus.dataError
        }
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            for file in plan.files(for: loaded) { try folder.write(file.name, file.bytes) }
            try folder.commit()
        }
        print(PlanSummaryText(PlanSummary(plan, scenario: loaded), scenario: loaded, output: output).text, terminator: "")
    }
}
