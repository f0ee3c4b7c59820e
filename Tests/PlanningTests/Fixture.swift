import Foundation
import Testing
@testable import Planning
@testable import Scenario

/// The reference scenarios, plan folders in temporary places, and copies of the tiny doctrine plan
/// with exactly one thing changed, so that each bad-plan test breaks one rule.
enum Fixture {
    /// The repository's `scenarios` folder (this file is `Tests/PlanningTests/Fixture.swift`).
    static let scenarios: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios").path

    static func tiny() throws -> Scenario { try Scenario.load(path: scenarios + "/tiny/scenario.yaml") }
    static func ketapang() throws -> Scenario { try Scenario.load(path: scenarios + "/ketapang/scenario.yaml") }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("siaga-plan-tests-\(UUID().uuidString)").path
    }

    /// Writes `plan`'s files into a new temporary folder and returns its path.
    static func write(_ plan: DeploymentPlan, for scenario: Scenario) throws -> String {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in plan.files(for: scenario) {
            try Data(file.bytes).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
        return folder
    }

    /// The one change applied to a copy of the tiny doctrine plan.
    enum Edit: Sendable {
        /// Replace text that occurs exactly once in `file`.
        case replace(file: String, String, with: String)
        /// Replace a whole file's contents.
        case contents(file: String, String)
        /// Delete a file.
        case remove(file: String)
    }

    /// Writes tiny's doctrine plan, applies `edit`, loads it, and returns the error it must throw.
    static func loadError(_ edit: Edit, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        let scenario = try tiny()
        let folder = try write(try DoctrineStrategy().plan(scenario), for: scenario)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        switch edit {
        case .replace(let file, let old, let new):
            let path = folder + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else { throw FixtureError.textNotFoundOnce(file: file, text: old, count: count) }
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        case .contents(let file, let text):
            try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        case .remove(let file):
            try FileManager.default.removeItem(atPath: folder + "/" + file)
        }
        do {
            _ = try DeploymentPlan.load(folder: folder, scenario: scenario)
        } catch let error as ScenarioError {
            return error
        }
        Issue.record("the edit \(edit) loaded without an error", sourceLocation: sourceLocation)
        throw FixtureError.loadedWithoutError
    }

    enum FixtureError: Error, CustomStringConvertible {
        case textNotFoundOnce(file: String, text: String, count: Int)
        case loadedWithoutError
        var description: String {
            switch self {
            case .textNotFoundOnce(let file, let text, let count): "fixture edit: '\(text)' occurs \(count) times in \(file), not once"
            case .loadedWithoutError: "the plan loaded"
            }
        }
    }
}

extension ScenarioError {
    /// `file:line:column` with only the file's last path component, e.g. `posts.csv:2:8`.
    var place: String {
        var location = location
        location.file = (location.file as NSString).lastPathComponent
        return location.description
    }
}

/// Checks a plan-loader error: the kind, `file:line:column`, the CSV column or JSON key path, and
/// fragments of the expected, found and hint texts.
func expectError(
    _ error: ScenarioError, _ kind: ScenarioError.Kind, at place: String, keyPath: String?,
    expected: String? = nil, found: String? = nil, hint: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
    #expect(error.place == place, "\(error)", sourceLocation: sourceLocation)
    #expect(error.keyPath == keyPath, "\(error)", sourceLocation: sourceLocation)
    if let expected { #expect(error.expected.contains(expected), "\(error)", sourceLocation: sourceLocation) }
    if let found { #expect(error.found?.contains(found) == true, "\(error)", sourceLocation: sourceLocation) }
    if let hint {
        #expect(error.hint?.contains(hint) == true, "\(error)", sourceLocation: sourceLocation)
    } else {
        #expect(error.hint == nil, "unexpected hint: \(error)", sourceLocation: sourceLocation)
    }
}

extension DeploymentPlan {
    /// The group id guarding each TPS, nil where unguarded, keyed by TPS id.
    func guardIds(_ scenario: Scenario) -> [String: String?] {
        var result: [String: String?] = [:]
        for (i, id) in scenario.tps.ids.enumerated() {
            let group = Int(tpsGuardGroup[i])
            result[id] = group < 0 ? nil : guardGroups[group].id
        }
        return result
    }

    /// Reserve personnel keyed by post id.
    func reserves(_ scenario: Scenario) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: posts.map { (scenario.posts[$0.post].id, $0.reservePersonnel) })
    }

    /// Non-zero vehicle counts as "post/type" -> count.
    func vehiclePlacement(_ scenario: Scenario) -> [String: Int] {
        var result: [String: Int] = [:]
        for force in posts {
            for (type, count) in force.vehicles.enumerated() where count > 0 {
                result[scenario.posts[force.post].id + "/" + scenario.vehicles[type].id] = count
            }
        }
        return result
    }
}
