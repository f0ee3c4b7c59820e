import ArgumentParser
import Foundation
import Scenario

/// Exit codes, after BSD sysexits(3), so that scripts can tell bad data from a bad command line.
enum ExitStatus {
    /// The command line was wrong (ArgumentParser's own validation errors use this too).
    static let usage = ExitCode(64)
    /// The input data was invalid: malformed YAML or CSV, a wrong type, a value out of range.
    static let dataError = ExitCode(65)
    /// An input file does not exist or cannot be read.
    static let noInput = ExitCode(66)
    /// An internal error that is Siaga's fault.
    static let software = ExitCode(70)
    /// An output file or folder cannot be created.
    static let cannotCreate = ExitCode(73)
}

/// Prints a one-line error on stderr, prefixed with `siaga: `.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("siaga: " + message + "\n").utf8))
}

/// Runs `body`, turning input errors into a message and the matching exit code.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ScenarioError {
        printError(error.description)
        throw error.kind == .unreadable ? ExitStatus.noInput : ExitStatus.dataError
    } catch let error as OutputError {
        printError(error.description)
        throw ExitStatus.cannotCreate
    }
}
