import ArgumentParser
import LinearAlgebra

/// The `siaga` command line: the only place that prints or sets exit codes.
@main
struct Siaga: ParsableCommand {
    static let version = "0.1.0"

    /// Picks OpenBLAS's fast kernels (re-executing once if Debian's OpenBLAS
    /// fell back to generic ones; see ``BLASKernels``), then parses and runs.
    static func main() {
        BLASKernels.selectFastKernels()
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "siaga",
        abstract: "Discrete-event simulation and resource planning for election-security operations.",
        discussion: """
        A scenario is a YAML main file that names CSV tables (docs/scenario-format.md).
        Exit codes: 0 success; 64 bad command-line usage; 65 invalid input data (the message names
        file:line:column, key path or CSV column, what was expected and what was found); 66 an input
        file is missing or unreadable; 73 an output cannot be created; 70 an internal error.
        """,
        version: version,
        subcommands: [ValidateCommand.self, GenerateCommand.self, PlanCommand.self, SimulateCommand.self, CompareCommand.self, ReportCommand.self, SolveCommand.self]
    )
}
