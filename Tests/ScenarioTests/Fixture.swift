import Foundation
import Testing
@testable import Scenario

/// Scenario fixtures for the loader tests: the repository's reference scenarios, and copies of
/// `scenarios/tiny` with exactly one thing changed, so that each bad-input test breaks one rule.
enum Fixture {
    /// The repository's `scenarios` folder (this file is `Tests/ScenarioTests/Fixture.swift`).
    static let scenarios: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios").path

    static var tinyPath: String { scenarios + "/tiny/scenario.yaml" }
    static var ketapangPath: String { scenarios + "/ketapang/scenario.yaml" }

    /// The one change applied to a copy of the tiny scenario.
    enum Edit: Sendable {
        /// Replace text that occurs exactly once in `scenario.yaml`.
        case yaml(String, with: String)
        /// Replace text that occurs exactly once in `tps.csv`.
        case tps(String, with: String)
        /// Replace text that occurs exactly once in `file` with raw bytes (for encoding errors).
        case bytes(file: String, String, with: [UInt8])
        /// Replace a whole file's contents.
        case contents(file: String, [UInt8])
        /// Remove a column (header and every row) from `tps.csv`.
        case dropTPSColumn(String)
        /// Delete a file.
        case remove(file: String)
    }

    /// A fresh temporary copy of `scenarios/tiny` with `edit` applied; returns the scenario.yaml path.
    /// The caller removes the folder (see `withTiny`).
    static func tinyCopy(_ edit: Edit?) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("siaga-scenario-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["scenario.yaml", "tps.csv"] {
            try FileManager.default.copyItem(atPath: scenarios + "/tiny/" + name, toPath: folder + "/" + name)
        }
        if let edit { try apply(edit, in: folder) }
        return folder + "/scenario.yaml"
    }

    /// Runs `body` on a fresh edited copy of tiny, then removes the copy.
    static func withTiny<T>(_ edit: Edit?, _ body: (String) throws -> T) throws -> T {
        let path = try tinyCopy(edit)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try body(path)
    }

    /// Loads tiny with `edit` applied and returns the `ScenarioError` it must throw.
    static func loadError(_ edit: Edit, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        try withTiny(edit) { path in
            do {
                _ = try Scenario.load(path: path)
            } catch let error as ScenarioError {
                return error
            }
            Issue.record("the edit \(edit) loaded without an error", sourceLocation: sourceLocation)
            throw FixtureError.loadedWithoutError
        }
    }

    enum FixtureError: Error, CustomStringConvertible {
        case textNotFoundOnce(file: String, text: String, count: Int)
        case loadedWithoutError
        var description: String {
            switch self {
            case .textNotFoundOnce(let file, let text, let count):
                "fixture edit: '\(text)' occurs \(count) times in \(file), not once"
            case .loadedWithoutError: "the scenario loaded"
            }
        }
    }

    private static func apply(_ edit: Edit, in folder: String) throws {
        switch edit {
        case .yaml(let old, let new): try replace(old, with: Array(new.utf8), in: folder + "/scenario.yaml")
        case .tps(let old, let new): try replace(old, with: Array(new.utf8), in: folder + "/tps.csv")
        case .bytes(let file, let old, let new): try replace(old, with: new, in: folder + "/" + file)
        case .contents(let file, let bytes): try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + file))
        case .remove(let file): try FileManager.default.removeItem(atPath: folder + "/" + file)
        case .dropTPSColumn(let name):
            let path = folder + "/tps.csv"
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            guard let index = lines.first?.firstIndex(where: { $0 == name }) else {
                throw FixtureError.textNotFoundOnce(file: "tps.csv", text: name, count: 0)
            }
            let kept = lines.map { fields in fields.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: ",") }
            try (kept.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    private static func replace(_ old: String, with new: [UInt8], in path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let pattern = Array(old.utf8)
        let starts = (0...(bytes.count - pattern.count)).filter { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
        guard starts.count == 1, let start = starts.first else {
            throw FixtureError.textNotFoundOnce(file: (path as NSString).lastPathComponent, text: old, count: starts.count)
        }
        let edited = bytes[..<start] + new + bytes[(start + pattern.count)...]
        try Data(edited).write(to: URL(fileURLWithPath: path))
    }
}

extension ScenarioError {
    /// `file:line:column` with only the file's last path component, e.g. `scenario.yaml:30:3`.
    var place: String {
        var location = location
        location.file = (location.file as NSString).lastPathComponent
        return location.description
    }
}

/// Checks a loader error against what the test knows it must say: the kind, `file:line:column`,
/// the key path (or CSV column), and fragments of the expected, found and hint texts.
func expectError(
    _ error: ScenarioError, _ kind: ScenarioError.Kind, at place: String, keyPath: String?,
    expected: String? = nil, found: String? = nil, hint: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
    #expect(error.place == place, "\(error)", sourceLocation: sourceLocation)
    #expect(error.keyPath == keyPath, "\(error)", sourceLocation: sourceLocation)
    if let expected {
        #expect(error.expected.contains(expected), "\(error)", sourceLocation: sourceLocation)
    }
    if let found {
        #expect(error.found?.contains(found) == true, "\(error)", sourceLocation: sourceLocation)
    }
    if let hint {
        #expect(error.hint?.contains(hint) == true, "\(error)", sourceLocation: sourceLocation)
    } else {
        #expect(error.hint == nil, "unexpected hint: \(error)", sourceLocation: sourceLocation)
    }
}
