import Scenario

/// The posts that may answer an incident at each site, nearest first, with their road distance:
/// precomputed once so that dispatch never searches the map.
///
/// With mutual aid, a site's candidates are the `k` usable posts nearest by great-circle
/// distance, plus its own Polsek and the Polres HQ if they are not among them; without it, only
/// its own Polsek and the HQ (a PPK or KPU office's "own Polsek" is the Polsek of its kecamatan).
/// A post is usable when the plan gives it personnel or vehicles it could use, or it is the HQ
/// (which BKO and reinforcements join later). Dispatch picks the candidate with the shortest
/// travel time for its idle vehicles, so the ranking here only bounds the search.
///
/// Road distance is `haversine × dispatch.roadFactor`. A `travel_times` entry between a post and a
/// site overrides the travel time for every vehicle (`fixedMinutes`, NaN elsewhere).
struct CandidateTable: Sendable {
    /// Compressed rows: site `s`'s candidates are `start[s] ..< start[s + 1]`.
    let start: [Int32]
    let post: [Int32]
    let roadKm: [Float]
    /// Empty when the scenario has no travel-time table.
    let fixedMinutes: [Float]

    init(sites: SiteTable, scenario: Scenario, isUsable: [Bool], headquarters: Int?, count k: Int) {
        let roadFactor = scenario.dispatch.roadFactor
        let usable = isUsable.indices.filter { isUsable[$0] }
        let grid = SpatialGrid(latitude: usable.map { scenario.posts[$0].latitude },
                               longitude: usable.map { scenario.posts[$0].longitude })
        let overrides = CandidateTable.overrides(scenario, sites: sites)
        var start: [Int32] = [0]
        var post: [Int32] = []
        var roadKm: [Float] = []
        var fixed: [Float] = []
        start.reserveCapacity(sites.count + 1)
        post.reserveCapacity(sites.count * (k + 1))
        roadKm.reserveCapacity(sites.count * (k + 1))
        var nearest: [(item: Int32, distance2: Double)] = []
        var row: [(post: Int32, km: Double)] = []
        for s in 0..<sites.count {
            row.removeAll(keepingCapacity: true)
            if scenario.dispatch.mutualAid {
                grid.nearest(k, latitude: sites.latitude[s], longitude: sites.longitude[s], into: &nearest)
                for found in nearest { row.append((Int32(usable[Int(found.item)]), 0)) }
            }
            let ownPolsek = Int(sites.polsek[s])
            if ownPolsek >= 0 && isUsable[ownPolsek] && !row.contains(where: { $0.post == Int32(ownPolsek) }) {
                row.append((Int32(ownPolsek), 0))
            }
            if let hq = headquarters, isUsable[hq], !row.contains(where: { $0.post == Int32(hq) }) {
                row.append((Int32(hq), 0))
            }
            for j in row.indices {
                row[j].km = sites.distanceKm(s, sites.site(post: Int(row[j].post))) * roadFactor
            }
            row.sort { $0.km < $1.km || ($0.km == $1.km && $0.post < $1.post) }
            for entry in row {
                post.append(entry.post)
                roadKm.append(Float(entry.km))
                if !overrides.isEmpty {
                    fixed.append(overrides[CandidateTable.pairKey(site: s, post: Int(entry.post))].map(Float.init) ?? .nan)
                }
            }
            start.append(Int32(post.count))
        }
        self.start = start
        self.post = post
        self.roadKm = roadKm
        self.fixedMinutes = fixed
    }

    /// Explicit travel times keyed by (site, post), in both directions of each table entry.
    static func overrides(_ scenario: Scenario, sites: SiteTable) -> [Int: Double] {
        guard !scenario.travelTimes.isEmpty else { return [:] }
        var postIndex: [String: Int] = [:]
        for (p, post) in scenario.posts.enumerated() { postIndex[post.id] = p }
        var siteIndex: [String: Int] = [:]
        for (t, id) in scenario.tps.ids.enumerated() { siteIndex[id] = t }
        for (p, post) in scenario.posts.enumerated() { siteIndex[post.id] = sites.site(post: p) }
        var result: [Int: Double] = [:]
        for entry in scenario.travelTimes {
            if let p = postIndex[entry.from], let s = siteIndex[entry.to] { result[pairKey(site: s, post: p)] = entry.minutes }
            if let p = postIndex[entry.to], let s = siteIndex[entry.from] { result[pairKey(site: s, post: p)] = entry.minutes }
        }
        return result
    }

    @inline(__always)
    static func pairKey(site: Int, post: Int) -> Int { site << 24 | post }

    /// Whether `post` is among the candidates of `site`.
    @inline(__always)
    func contains(site: Int, post p: Int32) -> Bool {
        for j in Int(start[site])..<Int(start[site + 1]) where post[j] == p { return true }
        return false
    }

    /// The slot of `post` among the candidates of `site`, or -1.
    @inline(__always)
    func slot(site: Int, post p: Int32) -> Int {
        for j in Int(start[site])..<Int(start[site + 1]) where post[j] == p { return j }
        return -1
    }
}
