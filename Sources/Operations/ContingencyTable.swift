import Scenario
import Simulation

/// The contingencies a model runs with, prepared once: their regions as kecamatan masks, the
/// stream key each one's occurrence is drawn from, and, for rate surges, the sites they touch.
///
/// **Occurrence.** Contingency c happens in a replication when `U < probability_c`, U the first
/// uniform of the stream keyed `(seed, replication, "operations.contingency-occurrence",
/// FNV-1a(id_c))`. Keying by the id rather than the list position keeps a contingency's draw the
/// same whatever else is in the list, so strategies and contingency sets compare under common
/// random numbers.
///
/// **Rate surges.** A `hoax_surge` multiplies the rate of every incident type at the sites of its
/// region during its window by m; a `kpu_protest` with a `rate_multiplier` does the same for the
/// KPU-site types only (the protest is at the KPU office). By superposition of Poisson processes
/// the surge is generated as an extra process of rate `(m - 1) · lambda` on the region and window,
/// leaving the base incidents untouched (two overlapping surges add their excess rates rather than
/// multiply: exact when windows or regions do not overlap).
struct ContingencyTable: Sendable {
    let items: [Contingency]
    /// FNV-1a hash of each id: the entity of its streams.
    let key: [UInt64]
    /// Per contingency, what dispatch consults at every trip and report, kept as plain numbers so
    /// that the hot path does not copy `Contingency` values (strings and all): the window
    /// `[start, end)`, the travel-time multiplier (1 if none), the share of TPS a flood moves and
    /// the dispatch delay (NaN if none).
    let start: [Double]
    let end: [Double]
    let travelMultiplier: [Double]
    let movedShare: [Double]
    let dispatchDelay: [Double]
    /// Per contingency, `mask[kecamatan]` tells whether the region covers it; nil: everywhere.
    let mask: [[Bool]?]
    /// Per contingency with a region, the alias table over its TPS (nil: use the global table, or
    /// no TPS in the region), the region's TPS weight, and its PPK and KPU posts.
    let regionAlias: [AliasTable?]
    let regionTPS: [[Int32]]
    let regionWeight: [Double]
    let regionPPK: [[Int32]]
    let regionKPU: [[Int32]]

    init(_ contingencies: [Contingency], sites: SiteTable, tpsWeights: [Double], blocks: RateBlocks) throws(OperationsError) {
        items = contingencies
        key = contingencies.map { StreamPurpose($0.id).rawValue }
        start = contingencies.map(\.startMinute)
        end = contingencies.map(\.endMinute)
        travelMultiplier = contingencies.map { $0.travelTimeMultiplier ?? 1 }
        movedShare = contingencies.map { $0.tpsMovedShare ?? .nan }
        dispatchDelay = contingencies.map { $0.dispatchDelayMinutes ?? .nan }
        var masks: [[Bool]?] = []
        for contingency in contingencies {
            guard !contingency.kecamatan.isEmpty else { masks.append(nil); continue }
            var mask = [Bool](repeating: false, count: sites.kecamatanNames.count)
            for name in contingency.kecamatan {
                guard let index = sites.kecamatanNames.firstIndex(of: name) else {
                    throw OperationsError(.unknownKecamatan, subject: "contingency '\(contingency.id)'",
                                          expected: "a kecamatan of the scenario", found: "'\(name)'")
                }
                mask[index] = true
            }
            masks.append(mask)
        }
        mask = masks
        var aliases: [AliasTable?] = [], tpsLists: [[Int32]] = [], weights: [Double] = []
        var ppk: [[Int32]] = [], kpu: [[Int32]] = []
        for (c, contingency) in contingencies.enumerated() {
            let isSurge = contingency.kind == .hoaxSurge || contingency.kind == .kpuProtest
            guard isSurge, let regionMask = masks[c] else {
                aliases.append(nil); tpsLists.append([]); weights.append(blocks.tpsWeightTotal)
                ppk.append(blocks.ppkPosts); kpu.append(blocks.kpuPosts)
                continue
            }
            let inRegion = (0..<sites.tpsCount).filter { regionMask[Int(sites.kecamatan[$0])] }
            let regional = inRegion.map { tpsWeights[$0] }
            let total = regional.reduce(0, +)
            aliases.append(total > 0 ? try? AliasTable(weights: regional) : nil)
            tpsLists.append(inRegion.map { Int32($0) })
            weights.append(total)
            let covers = { (post: Int32) in
                let k = sites.kecamatan[sites.site(post: Int(post))]
                return k >= 0 && regionMask[Int(k)]
            }
            ppk.append(blocks.ppkPosts.filter(covers))
            kpu.append(blocks.kpuPosts.filter(covers))
        }
        regionAlias = aliases
        regionTPS = tpsLists
        regionWeight = weights
        regionPPK = ppk
        regionKPU = kpu
    }

    var count: Int { items.count }

    /// Whether contingency `c`'s region covers `site`.
    @inline(__always)
    func covers(_ c: Int, site: Int, sites: SiteTable) -> Bool {
        guard let regionMask = mask[c] else { return true }
        let k = sites.kecamatan[site]
        return k >= 0 && regionMask[Int(k)]
    }

    /// Whether contingency `c` is under way at minute `t`: `start <= t < end`.
    @inline(__always)
    func isActive(_ c: Int, at t: Double) -> Bool { start[c] <= t && t < end[c] }

    /// Which contingencies happen in a replication.
    func draw(seed: UInt64, replication: UInt64) -> [Bool] {
        (0..<count).map { c in
            var stream = RandomStream(seed: seed, replication: replication, purpose: .contingencyOccurrence, entity: key[c])
            return stream.uniform() < items[c].probability
        }
    }
}

extension StreamPurpose {
    /// Base incident arrivals, one stream per incident type.
    static let incidentArrivals = StreamPurpose("operations.incident-arrivals")
    /// Time on scene of base incidents, one stream per incident type.
    static let timeOnScene = StreamPurpose("operations.time-on-scene")
    /// Surge arrivals, one stream per (contingency, incident type).
    static let surgeArrivals = StreamPurpose("operations.surge-arrivals")
    /// Scripted incidents' times on scene, one stream per scripted incident.
    static let scriptedIncidents = StreamPurpose("operations.scripted-incidents")
    /// Contagion offspring (count, delay, displacement, time on scene), one stream per parent.
    static let contagion = StreamPurpose("operations.contagion")
    /// Whether each contingency happens, one stream per contingency id.
    static let contingencyOccurrence = StreamPurpose("operations.contingency-occurrence")
    /// Which TPS a flood moves, one hash key per flood.
    static let floodMoves = StreamPurpose("operations.flood-moves")
    /// Which vehicles a failure wave breaks, one stream per wave.
    static let failureWave = StreamPurpose("operations.failure-wave")
    /// Trip failures, one stream per (post, vehicle type).
    static let vehicleFailures = StreamPurpose("operations.vehicle-failures")
    /// Repair durations, one stream per (post, vehicle type).
    static let vehicleRepairs = StreamPurpose("operations.vehicle-repairs")
    /// An escort convoy's vehicle failure and repair time, one stream per convoy (escort id hash
    /// plus convoy number).
    static let escortTrips = StreamPurpose("operations.escort-trips")
}
