import Scenario

/// A synthesized district before it is written: geography, posts, TPS, and the figures that the
/// scenario template needs.
public struct GeneratedDistrict: Sendable {
    public var options: GeneratorOptions
    public var name: String
    public var kecamatan: [String]
    public var posts: [Post]
    public var tps: PollingStations
    /// Registered voters in all TPS.
    public var voters: Int { tps.totalVoters }
}
