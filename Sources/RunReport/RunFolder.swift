import Foundation
import Scenario

/// A folder written by `siaga simulate` or `siaga compare`, recognised by its files.
public struct RunFolder: Sendable {
    public enum Kind: String, Sendable {
        /// `siaga simulate`: summary.csv, timeseries.csv, manifest.json with a plan.
        case simulation
        /// `siaga compare`: comparison.csv, pairwise.csv, ranking.csv, manifest.json.
        case comparison
    }

    public static let simulationFiles = ["summary.csv", "timeseries.csv", "manifest.json"]
    public static let comparisonFiles = ["comparison.csv", "pairwise.csv", "ranking.csv", "manifest.json"]

    public let path: String
    public let kind: Kind
    public let manifest: RunManifest

    /// Opens a run folder: tells its kind, checks its files are there, reads its manifest.
    /// - Throws: `ScenarioError`: `.unreadable` for a missing folder or file (named), `.invalid` for
    ///   a folder that is neither kind.
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: path),
                                expected: "a run folder written by siaga simulate or siaga compare", found: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: path),
                                expected: "a run folder written by siaga simulate or siaga compare", found: "a file")
        }
        func has(_ name: String) -> Bool { FileManager.default.fileExists(atPath: Self.join(path, name)) }
        let kind: Kind
        if ["comparison.csv", "pairwise.csv", "ranking.csv"].contains(where: has) {
            kind = .comparison
        } else if ["summary.csv", "timeseries.csv", "incidents.csv"].contains(where: has) {
            kind = .simulation
        } else {
            throw ScenarioError(.invalid, at: SourceLocation(file: path),
                                expected: "a siaga simulate folder (summary.csv, timeseries.csv, manifest.json) "
                                    + "or compare folder (comparison.csv, pairwise.csv, ranking.csv, manifest.json)",
                                found: "neither")
        }
        for name in kind == .simulation ? Self.simulationFiles : Self.comparisonFiles where !has(name) {
            throw ScenarioError(.unreadable, at: SourceLocation(file: Self.join(path, name)),
                                expected: "an existing file (a siaga \(kind == .simulation ? "simulate" : "compare") folder has it)",
                                found: "no such file")
        }
        self.kind = kind
        manifest = try RunManifest.read(Self.join(path, "manifest.json"))
    }

    /// The path of a file in the folder.
    public func file(_ name: String) -> String { Self.join(path, name) }

    /// True if the folder has the file.
    public func has(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    static func join(_ folder: String, _ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

    /// Finds an input a manifest names: as written (relative to the working folder, as the run
    /// was started), else relative to the run folder and to its parent.
    func locate(_ recorded: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: recorded) { return recorded }
        guard !recorded.hasPrefix("/") else { return nil }
        let folder = URL(fileURLWithPath: path)
        for base in [folder, folder.deletingLastPathComponent()] {
            let candidate = base.appendingPathComponent(recorded).standardizedFileURL.path
            if manager.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
