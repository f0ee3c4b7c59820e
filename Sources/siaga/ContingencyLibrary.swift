import Foundation
import Scenario

/// Finds `--contingency NAME`: a YAML path, or NAME.yaml in the contingency library
/// (`scenarios/contingencies/` beside the scenario's folder, or under the working directory).
enum ContingencyLibrary {
    static func load(_ name: String, scenario: Scenario, scenarioPath: String) throws -> Contingency {
        let folders = candidateFolders(scenarioPath: scenarioPath)
        var candidates = [name]
        if !name.hasSuffix(".yaml") { candidates += folders.map { $0 + "/" + name + ".yaml" } }
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            let contingency = try ContingencyReader.load(path: path, electionDay: scenario.timeline.electionDay)
            try ContingencyReader.check(contingency, against: scenario, path: path)
            return contingency
        }
        let known = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        let unique = Array(Set(known)).sorted()
        throw ScenarioError(.unreadable, at: SourceLocation(file: name), keyPath: "--contingency",
                            expected: "a contingency file or a library name" + (unique.isEmpty ? "" : " (\(unique.joined(separator: ", ")))"),
                            found: "no such file", hint: unique.isEmpty ? nil : Suggestion.hint(for: name, in: unique))
    }

    /// The scenario's contingencies with `extra` added; an added one replaces the scenario's
    /// contingency of the same id (a library `kpu-protest` makes the scenario's random one certain).
    static func merge(_ own: [Contingency], _ extra: [Contingency]) -> [Contingency] {
        let ids = Set(extra.map(\.id))
        return own.filter { !ids.contains($0.id) } + extra
    }

    static func candidateFolders(scenarioPath: String) -> [String] {
        let scenarioFolder = (scenarioPath as NSString).deletingLastPathComponent
        let beside = ((scenarioFolder.isEmpty ? "." : scenarioFolder) as NSString).appendingPathComponent("../contingencies")
        return [(beside as NSString).standardizingPath, "scenarios/contingencies"]
    }
}
