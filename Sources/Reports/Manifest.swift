import Foundation

/// `manifest.json`: what made a run, so that anyone can tell which inputs and settings produced
/// its tables. Keys are written sorted. The CSV tables of a run are byte-identical for the same
/// inputs and seed; the manifest also records the command, thread count and wall time, which differ.
public struct Manifest: Encodable, Sendable {
    public struct Input: Encodable, Sendable {
        public var path: String
        public var name: String
        public var sha256: String
        public init(path: String, name: String, sha256: String) { self.path = path; self.name = name; self.sha256 = sha256 }
    }

    public var siagaVersion: String
    public var command: [String]
    public var scenario: Input
    public var plan: Input?
    public var contingencies: [String]
    public var seed: UInt64
    public var replications: Int
    /// Simulation events handled over all replications, and per second of wall time.
    public var events: UInt64
    public var eventsPerSecond: Double
    /// Seconds spent running replications (loading and writing excluded).
    public var simulationSeconds: Double
    public var threads: Int
    public var wallSeconds: Double
    public var startedAt: String
    public var outputs: [String]

    public init(siagaVersion: String, command: [String], scenario: Input, plan: Input?, contingencies: [String], seed: UInt64,
                replications: Int, events: UInt64 = 0, simulationSeconds: Double = 0, threads: Int, wallSeconds: Double,
                startedAt: String, outputs: [String]) {
        self.events = events
        self.simulationSeconds = simulationSeconds
        self.eventsPerSecond = simulationSeconds > 0 ? (Double(events) / simulationSeconds).rounded() : 0
        self.siagaVersion = siagaVersion
        self.command = command
        self.scenario = scenario
        self.plan = plan
        self.contingencies = contingencies
        self.seed = seed
        self.replications = replications
        self.threads = threads
        self.wallSeconds = wallSeconds
        self.startedAt = startedAt
        self.outputs = outputs
    }

    enum CodingKeys: String, CodingKey {
        case siagaVersion = "siaga_version", command, scenario, plan, contingencies, seed, replications, threads, events
        case eventsPerSecond = "events_per_second", simulationSeconds = "simulation_seconds"
        case wallSeconds = "wall_seconds", startedAt = "started_at", outputs
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [10]
    }

    /// The current time as `2026-11-23T04:40:00Z`.
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// SHA-256 of a set of input files, for the manifest: each file's name and bytes in the order given.
public enum Fingerprint {
    public static func files(_ paths: [String]) -> String {
        var hasher = SHA256()
        for path in paths {
            hasher.update(Array((path as NSString).lastPathComponent.utf8) + [0])
            if let data = FileManager.default.contents(atPath: path) { hasher.update(data) }
            hasher.update([0])
        }
        return hasher.hexDigest()
    }
}
