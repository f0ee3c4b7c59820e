import ArgumentParser
import Foundation
import Optimization

/// `siaga solve MODEL.mps --output SOLUTION.csv`: solve a linear program with the interior-point method.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a linear program in MPS format with the interior-point method.",
        discussion: """
        Reads free or fixed MPS (NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS; integer markers \
        and BV/LI/UI bounds are read, and the columns solved as continuous) and solves it with \
        Siaga's homogeneous Mehrotra predictor-corrector method on normal equations (CHOLMOD, or \
        BLAS/LAPACK for small dense problems). Prints status, objective, iterations and seconds as \
        'key: value' lines; with --output, writes the solution as CSV (docs/outputs.md) when the \
        status is optimal.

        Exit codes: 0 optimal; 2 primal or dual infeasible (a verified certificate was found); \
        3 iteration or time limit; 4 numerical trouble; 65 invalid MPS (file:line:column: error: ...); \
        66 the MPS file is missing or unreadable; 73 the output cannot be written.
        """
    )

    @Argument(help: "The MPS file, free or fixed format.")
    var model: String

    @Option(help: "CSV file for the solution: one row per column and per row (written only when optimal).")
    var output: String?

    @Option(help: "MPS layout: free, fixed or auto (free, then fixed if free fails).")
    var format: String = "auto"

    @Option(help: "Linear solver: auto, sparse (CHOLMOD) or dense (BLAS/LAPACK).")
    var linearSolver: String = "auto"

    @Option(help: "Relative primal, dual and gap tolerance.")
    var tolerance: Double = 1e-8

    @Option(help: "Iteration limit.")
    var iterationLimit: Int = 200

    @Option(help: "Time limit in seconds.")
    var timeLimit: Double?

    @Flag(help: "Skip presolve.")
    var noPresolve = false

    @Flag(help: "Skip scaling.")
    var noScaling = false

    @Flag(help: "Print the iteration log before the summary.")
    var log = false

    func validate() throws {
        guard ["auto", "free", "fixed"].contains(format) else {
            throw ValidationError("--format: expected auto, free or fixed; found '\(format)'")
        }
        guard ["auto", "sparse", "dense"].contains(linearSolver) else {
            throw ValidationError("--linear-solver: expected auto, sparse or dense; found '\(linearSolver)'")
        }
        guard tolerance > 0 && tolerance < 1 else { throw ValidationError("--tolerance: expected a number in (0, 1); found \(tolerance)") }
        guard iterationLimit >= 0 else { throw ValidationError("--iteration-limit: expected a count >= 0; found \(iterationLimit)") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit: expected seconds > 0; found \(timeLimit)") }
    }

    func run() throws {
        let file = try readModel()
        for warning in file.warnings { printError("\(model): warning: \(warning)") }
        let problem = file.problem
        let solution = solve(problem, settings: settings)
        if log { print(SolveReport.log(solution), terminator: "") }
        if solution.status == .optimal, let output {
            do {
                try SolveReport.writeAtomically(SolveReport.csv(problem, solution), to: output)
            } catch let error as OutputError {
                printError(error.description)
                throw ExitStatus.cannotCreate
            }
        }
        print(SolveReport.summary(problem, solution), terminator: "")
        switch solution.status {
        case .optimal: return
        case .primalInfeasible, .dualInfeasible: throw ExitCode(2)
        case .iterationLimit, .timeLimit: throw ExitCode(3)
        case .numericalTrouble: throw ExitCode(4)
        }
    }

    private var settings: Settings {
        var settings = Settings()
        (settings.primalTolerance, settings.dualTolerance, settings.gapTolerance) = (tolerance, tolerance, tolerance)
        settings.iterationLimit = iterationLimit
        settings.timeLimitSeconds = timeLimit ?? .infinity
        settings.presolve = !noPresolve
        settings.scaling = !noScaling
        settings.linearSolver = linearSolver == "dense" ? .dense : linearSolver == "sparse" ? .sparse : .automatic
        return settings
    }

    private func readModel() throws -> MPSFile {
        do {
            return try MPSReader.read(path: model, format: format == "auto" ? nil : MPSFormat(rawValue: format))
        } catch {
            printError(error.description)
            throw error.kind == .unreadable ? ExitStatus.noInput : ExitStatus.dataError
        }
    }
}

/// The text `siaga solve` prints and the CSV it writes.
enum SolveReport {
    /// `key: value` lines: status, objective, iterations, seconds, sizes.
    static func summary(_ problem: LinearProgram, _ solution: Solution) -> String {
        var text = "status: \(solution.status.words)\n"
        if solution.status == .optimal || !solution.columnValues.isEmpty { text += "objective: \(solution.objective)\n" }
        text += "iterations: \(solution.info.iterations)\n"
        text += "seconds: \(String(format: "%.3f", solution.info.seconds[.total] ?? 0))\n"
        let phases = Info.Phase.allCases.filter { $0 != .total }
        text += "seconds_by_phase: " + phases.map { "\($0.rawValue) \(String(format: "%.3f", solution.info.seconds[$0] ?? 0))" }
            .joined(separator: ", ") + "\n"
        text += "rows: \(problem.rowCount)\ncolumns: \(problem.columnCount)\nnonzeros: \(problem.constraints.nonzeros)\n"
        text += "linear_solver: \(solution.info.linearSolver.isEmpty ? "none (presolve)" : solution.info.linearSolver)\n"
        return text
    }

    /// One line per iteration: objectives, relative residuals and gap, μ, τ/κ, σ and step.
    static func log(_ solution: Solution) -> String {
        var text = "iter  primal_objective        dual_objective          primal_res  dual_res    gap         mu          tau/kappa   sigma   step\n"
        for r in solution.info.log {
            text += String(format: "%4d  %-22.15g  %-22.15g  %.2e    %.2e    %.2e    %.2e    %.2e    %.4f  %.4f\n",
                           r.iteration, r.primalObjective, r.dualObjective, r.primalResidual, r.dualResidual,
                           r.gap, r.mu, r.tau / r.kappa, r.sigma.isNaN ? 0 : r.sigma, r.step.isNaN ? 0 : r.step)
        }
        return text
    }

    /// `kind,name,value,dual,lower,upper`: one row per column (value, reduced cost, bounds),
    /// then one per row (activity, dual, row bounds).
    static func csv(_ problem: LinearProgram, _ solution: Solution) -> String {
        var text = "kind,name,value,dual,lower,upper\n"
        for j in 0..<problem.columnCount {
            text += "column,\(field(problem.columnNames[j])),\(number(solution.columnValues[j])),"
                + "\(number(solution.reducedCosts[j])),\(number(problem.columnLower[j])),\(number(problem.columnUpper[j]))\n"
        }
        for i in 0..<problem.rowCount {
            text += "row,\(field(problem.rowNames[i])),\(number(solution.rowActivities[i])),"
                + "\(number(solution.rowDuals[i])),\(number(problem.rowLower[i])),\(number(problem.rowUpper[i]))\n"
        }
        return text
    }

    /// Shortest round-trip form; integers without decimals; `inf`, `-inf`; no negative zero.
    static func number(_ v: Double) -> String {
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if v == 0 { return "0" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }

    /// RFC 4180: quoted only when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Writes to a hidden sibling file, then renames it over `path`: no partial file on failure.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let staging = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)").path
        guard FileManager.default.createFile(atPath: staging, contents: Data(text.utf8)) else {
            throw OutputError(path: path, reason: "the file could not be created (is the folder there and writable?)")
        }
        guard rename(staging, url.path) == 0 else {
            try? FileManager.default.removeItem(atPath: staging)
            throw OutputError(path: path, reason: "the finished file could not be moved into place")
        }
    }
}
