import Scenario

/// Every place an incident can happen, TPS and posts in one index space: site `s < tpsCount` is
/// TPS `s`, site `tpsCount + p` is post `p`. Structure of arrays, built once per model.
struct SiteTable: Sendable {
    let tpsCount: Int
    let latitude: [Double]
    let longitude: [Double]
    /// Index into `AccessType.allCases` (road 0, river 1, remote 2).
    let access: [UInt8]
    /// Index into `kecamatanNames`, or -1 for a post whose kecamatan no TPS has and no name.
    let kecamatan: [Int32]
    /// The Polsek post responsible for the site: the TPS's own; for a post, the Polsek of the same
    /// kecamatan (itself for a Polsek), or -1.
    let polsek: [Int32]
    /// The scenario's kecamatan names, then any names only posts use.
    let kecamatanNames: [String]
    /// Planar coordinates (PlanarProjection about the sites' mean latitude), km: a cheap distance
    /// for ranking many candidates before the exact haversine of the chosen one.
    let x: [Double]
    let y: [Double]

    init(scenario: Scenario) {
        let tps = scenario.tps
        tpsCount = tps.count
        var names = tps.kecamatanNames
        var nameIndex: [String: Int32] = [:]
        for (index, name) in names.enumerated() where nameIndex[name] == nil { nameIndex[name] = Int32(index) }
        var postKecamatan: [Int32] = []
        for post in scenario.posts {
            if post.kecamatan.isEmpty { postKecamatan.append(-1); continue }
            if let index = nameIndex[post.kecamatan] { postKecamatan.append(index); continue }
            nameIndex[post.kecamatan] = Int32(names.count)
            postKecamatan.append(Int32(names.count))
            names.append(post.kecamatan)
        }
        var polsekOfKecamatan = [Int32](repeating: -1, count: names.count)
        for (p, post) in scenario.posts.enumerated() where post.kind == .polsek && postKecamatan[p] >= 0 {
            if polsekOfKecamatan[Int(postKecamatan[p])] < 0 { polsekOfKecamatan[Int(postKecamatan[p])] = Int32(p) }
        }
        latitude = tps.latitude + scenario.posts.map(\.latitude)
        longitude = tps.longitude + scenario.posts.map(\.longitude)
        access = tps.access.map(SiteTable.accessIndex) + scenario.posts.map { SiteTable.accessIndex($0.access) }
        kecamatan = tps.kecamatan + postKecamatan
        polsek = tps.polsek + scenario.posts.enumerated().map { p, post in
            post.kind == .polsek ? Int32(p) : (postKecamatan[p] >= 0 ? polsekOfKecamatan[Int(postKecamatan[p])] : -1)
        }
        kecamatanNames = names
        let projection = PlanarProjection(meanLatitude: latitude.isEmpty ? 0 : latitude.reduce(0, +) / Double(latitude.count))
        x = longitude.map(projection.x)
        y = latitude.map(projection.y)
    }

    /// Planar distance between two sites, km (within a few per cent of the great-circle one).
    @inline(__always)
    func planarKm(_ a: Int, _ b: Int) -> Double {
        let dx = x[a] - x[b], dy = y[a] - y[b]
        return (dx * dx + dy * dy).squareRoot()
    }

    var count: Int { latitude.count }

    /// The site of post `p`.
    @inline(__always)
    func site(post p: Int) -> Int { tpsCount + p }

    @inline(__always)
    func isPost(_ site: Int) -> Bool { site >= tpsCount }

    static func accessIndex(_ access: AccessType) -> UInt8 {
        switch access {
        case .road: 0
        case .river: 1
        case .remote: 2
        }
    }

    static let accessTypes: [AccessType] = [.road, .river, .remote]

    /// Great-circle distance between two sites, km.
    func distanceKm(_ a: Int, _ b: Int) -> Double {
        Geography.haversineKm(latitude[a], longitude[a], latitude[b], longitude[b])
    }
}
