import Foundation
import Testing
@testable import Planning
import Scenario

/// Scenarios for the strategy tests: the two reference scenarios and two districts written by the
/// built `siaga generate` into temporary folders (once per test process).
extension Fixture {
    /// The test options of the deployment model: fewer peak hours and local-search solves than the
    /// command line's, so that the debug build plans Ketapang in seconds.
    static var fastOptions: DeploymentPlanner.Options {
        var options = DeploymentPlanner.Options()
        options.scenarios = 16
        options.localSearchEvaluations = 12
        return options
    }

    /// The four strategies with `fastOptions`.
    static var strategies: [any Strategy] {
        [DoctrineStrategy(), ProportionalStrategy(), OptimizedStrategy(options: fastOptions),
         OptimizedStrategy(robust: true, options: fastOptions)]
    }

    /// `tiny`, `ketapang`, `generated-300-7` or `generated-600-11` (TPS and seed of `siaga generate`).
    static func scenario(named name: String) throws -> Scenario {
        switch name {
        case "tiny": return try tiny()
        case "ketapang": return try ketapang()
        default:
            let parts = name.split(separator: "-")
            return try Scenario.load(path: try generated(tps: Int(parts[1])!, seed: Int(parts[2])!) + "/scenario.yaml")
        }
    }

    /// The folder of `siaga generate --tps N --seed S`, generated on first use.
    static func generated(tps: Int, seed: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("siaga-planning-generated-\(tps)-\(seed)").path
        if FileManager.default.fileExists(atPath: folder + "/scenario.yaml") { return folder }
        let process = Process()
        process.executableURL = siaga
        process.arguments = ["generate", "--tps", "\(tps)", "--seed", "\(seed)", "--output", folder, "--force"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError.loadedWithoutError }
        return folder
    }

    /// The built `siaga` next to the test bundle (`swift build --build-tests` builds it).
    static var siaga: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" { folder.deleteLastPathComponent() }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("siaga")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: scenarios).deletingLastPathComponent().appendingPathComponent(".build/debug/siaga")
    }
}
