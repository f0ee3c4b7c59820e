/// The polling stations (TPS) of a scenario, stored column by column.
///
/// A national scenario holds 820,000 TPS, so the table is a structure of arrays: the simulation
/// reads one attribute over many TPS, and text that repeats (desa, kecamatan) is interned once.
public struct PollingStations: Sendable, Equatable {
    public var ids: [String] = []
    public var latitude: [Double] = []
    public var longitude: [Double] = []
    public var voters: [Int32] = []
    /// Index into `desaNames`.
    public var desa: [Int32] = []
    /// Index into `kecamatanNames`.
    public var kecamatan: [Int32] = []
    /// Index into the scenario's `posts` (a post of kind `.polsek`).
    public var polsek: [Int32] = []
    public var access: [AccessType] = []
    public var category: [VulnerabilityCategory] = []
    /// Risk score in [0, 1] from Bawaslu's TPS rawan variables; scales incident rates within a category.
    public var risk: [Double] = []

    public var desaNames: [String] = []
    public var kecamatanNames: [String] = []

    public init() {}

    public var count: Int { ids.count }

    mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(n); latitude.reserveCapacity(n); longitude.reserveCapacity(n)
        voters.reserveCapacity(n); desa.reserveCapacity(n); kecamatan.reserveCapacity(n)
        polsek.reserveCapacity(n); access.reserveCapacity(n); category.reserveCapacity(n)
        risk.reserveCapacity(n)
    }

    /// TPS count by vulnerability category.
    public func countByCategory() -> [VulnerabilityCategory: Int] {
        var counts: [VulnerabilityCategory: Int] = [:]
        for c in category { counts[c, default: 0] += 1 }
        return counts
    }

    /// TPS count by access type.
    public func countByAccess() -> [AccessType: Int] {
        var counts: [AccessType: Int] = [:]
        for a in access { counts[a, default: 0] += 1 }
        return counts
    }

    /// Registered voters (DPT) over all TPS.
    public var totalVoters: Int { voters.reduce(0) { $0 + Int($1) } }
}
