import ArgumentParser
import Scenario

/// `siaga validate FILE`: load and check a scenario, print what it holds.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario and print a summary of what it holds.",
        discussion: """
        Reads the YAML main file and every CSV table it names, checks every field, and prints TPS by
        vulnerability category, voters, personnel, the deployable force, operable vehicles by type
        and the budget by line. On bad input it prints file:line:column, the key path or CSV column,
        what was expected and what was found, and exits with 65 (invalid data) or 66 (missing file).
        """
    )

    @Argument(help: "The scenario's YAML main file, e.g. scenarios/ketapang/scenario.yaml.")
    var file: String

    @Flag(name: .long, help: "Print nothing on success (the exit code says it is valid).")
    var quiet = false

    func run() throws {
        let scenario = try reportingErrors { try Scenario.load(path: file) }
        if !quiet { print(ScenarioSummary(scenario).text, terminator: "") }
    }
}
