import Foundation
import Scenario

/// What a report needs from a run's `manifest.json` (docs/outputs.md): the scenario and plan it
/// was made from, the replications, seed and contingencies.
public struct RunManifest: Sendable {
    public var scenarioPath: String
    public var scenarioName: String
    public var planPath: String?
    public var planName: String?
    public var contingencies: [String]
    public var seed: String
    public var replications: Int
    public var siagaVersion: String
    public var startedAt: String

    /// Reads and checks `manifest.json`.
    /// - Throws: `ScenarioError`: `.unreadable` when missing, `.syntax` when not JSON, `.invalid`
    ///   when a key the report needs is missing or of the wrong type (named by its key path).
    public static func read(_ path: String) throws -> RunManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ScenarioError(.unreadable, at: SourceLocation(file: path), expected: "the run's manifest.json",
                                found: exists ? "a file that cannot be read" : "no such file")
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ScenarioError(.syntax, at: SourceLocation(file: path), expected: "a JSON object (a siaga run manifest)",
                                found: "text that is not JSON")
        }
        guard let root = object as? [String: Any] else {
            throw ScenarioError(.invalid, at: SourceLocation(file: path), expected: "a JSON object (a siaga run manifest)",
                                found: "another JSON value")
        }
        func failure(_ key: String, _ expected: String) -> ScenarioError {
            ScenarioError(.invalid, at: SourceLocation(file: path), keyPath: key, expected: expected,
                          found: root[key.split(separator: ".").first.map(String.init) ?? key] == nil ? "no such key" : "another value")
        }
        guard let scenario = root["scenario"] as? [String: Any], let scenarioPath = scenario["path"] as? String else {
            throw failure("scenario.path", "the path of the scenario the run was made from")
        }
        guard let replications = (root["replications"] as? NSNumber)?.intValue, replications > 0 else {
            throw failure("replications", "a positive whole number of replications")
        }
        let plan = root["plan"] as? [String: Any]
        return RunManifest(
            scenarioPath: scenarioPath, scenarioName: scenario["name"] as? String ?? "",
            planPath: plan?["path"] as? String, planName: plan?["name"] as? String,
            contingencies: root["contingencies"] as? [String] ?? [],
            seed: (root["seed"] as? NSNumber).map { "\($0.uint64Value)" } ?? "",
            replications: replications, siagaVersion: root["siaga_version"] as? String ?? "",
            startedAt: root["started_at"] as? String ?? "")
    }
}
