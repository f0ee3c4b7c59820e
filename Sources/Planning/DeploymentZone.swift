import Scenario

/// A zone of the deployment model: TPS that share one guard pool, one category and one access
/// type, inside one Polsek area.
///
/// `planning.zone: desa` (the default) makes one zone of the TPS of a desa with the same category
/// and access type; `planning.zone: tps` makes every TPS a zone. A zone being single-category
/// lets the doctrine minimum be a row per category; being single-access lets a zone need one kind
/// of vehicle (a boat for river TPS).
public struct DeploymentZone: Sendable, Equatable {
    /// `polsek-hilir/Sukamaju/rawan/road` (desa zones) or the TPS id (TPS zones): for people.
    public var label: String
    public var category: VulnerabilityCategory
    public var access: AccessType
    /// Index of the zone's Polsek post in the scenario's posts.
    public var polsek: Int
    /// TPS indices in proximity order (desa, latitude, longitude, scenario order).
    public var tps: [Int]
    /// Mean latitude and longitude of the zone's TPS (where responders are sent).
    public var latitude: Double
    public var longitude: Double
    /// Risk weight of one responder short at this zone: `incidents.risk_weights[category]`.
    public var weight: Double

    public init(label: String, category: VulnerabilityCategory, access: AccessType, polsek: Int, tps: [Int],
                latitude: Double, longitude: Double, weight: Double) {
        self.label = label
        self.category = category
        self.access = access
        self.polsek = polsek
        self.tps = tps
        self.latitude = latitude
        self.longitude = longitude
        self.weight = weight
    }
}

extension DeploymentZone {
    /// The scenario's zones, in a fixed order: by Polsek (scenario post order), desa name,
    /// category (`VulnerabilityCategory.allCases` order) and access type (`AccessType.allCases`
    /// order), or TPS order for TPS zones.
    /// - Complexity: O(n log n) for n TPS.
    public static func zones(of scenario: Scenario) -> [DeploymentZone] {
        let tps = scenario.tps
        let categoryRank = Dictionary(uniqueKeysWithValues: VulnerabilityCategory.allCases.enumerated().map { ($1, $0) })
        let accessRank = Dictionary(uniqueKeysWithValues: AccessType.allCases.enumerated().map { ($1, $0) })
        let isDesa = scenario.planning.zone == .desa
        var order = Array(0..<tps.count)
        if isDesa {
            order.sort { a, b in
                if tps.polsek[a] != tps.polsek[b] { return tps.polsek[a] < tps.polsek[b] }
                let da = tps.desaNames[Int(tps.desa[a])], db = tps.desaNames[Int(tps.desa[b])]
                if da != db { return da < db }
                if tps.category[a] != tps.category[b] { return categoryRank[tps.category[a]]! < categoryRank[tps.category[b]]! }
                if tps.access[a] != tps.access[b] { return accessRank[tps.access[a]]! < accessRank[tps.access[b]]! }
                if tps.latitude[a] != tps.latitude[b] { return tps.latitude[a] < tps.latitude[b] }
                if tps.longitude[a] != tps.longitude[b] { return tps.longitude[a] < tps.longitude[b] }
                return a < b
            }
        }
        var zones: [DeploymentZone] = []
        for i in order {
            if isDesa, let last = zones.last, sameZone(last.tps[0], i, tps) {
                zones[zones.count - 1].tps.append(i)
                continue
            }
            let category = tps.category[i], access = tps.access[i], polsek = Int(tps.polsek[i])
            let label = isDesa
                ? "\(scenario.posts[polsek].id)/\(tps.desaNames[Int(tps.desa[i])])/\(category.rawValue)/\(access.rawValue)" : tps.ids[i]
            zones.append(DeploymentZone(label: label, category: category, access: access, polsek: polsek, tps: [i],
                                        latitude: 0, longitude: 0, weight: scenario.incidents.riskWeights[category] ?? 1))
        }
        for z in zones.indices {
            let members = zones[z].tps, n = Double(members.count)
            zones[z].latitude = members.reduce(0) { $0 + tps.latitude[$1] } / n
            zones[z].longitude = members.reduce(0) { $0 + tps.longitude[$1] } / n
        }
        return zones
    }

    /// The zone of every TPS (index into `zones`; -1 for a TPS in none).
    public static func zoneOfTPS(_ zones: [DeploymentZone], tpsCount: Int) -> [Int32] {
        var zoneOf = [Int32](repeating: -1, count: tpsCount)
        for (z, zone) in zones.enumerated() { for i in zone.tps { zoneOf[i] = Int32(z) } }
        return zoneOf
    }

    private static func sameZone(_ a: Int, _ b: Int, _ tps: PollingStations) -> Bool {
        tps.polsek[a] == tps.polsek[b] && tps.desa[a] == tps.desa[b]
            && tps.category[a] == tps.category[b] && tps.access[a] == tps.access[b]
    }
}
