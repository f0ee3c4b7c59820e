import Scenario
import Simulation

/// The timeline's escort convoys (`timeline.escorts`), prepared once: when each convoy is due,
/// its route, and the posts that could send it, nearest first. Nothing here depends on a random
/// number, and the schedule and routes not on the plan either, so every plan sees the same convoys
/// due at the same minutes (common random numbers).
///
/// **Schedule.** An escort of n convoys over `[start, end)` sends them evenly spread, the first at
/// the start and the last early enough to be back by the end if nothing delays it:
///
/// ```
/// due_c = start + c · max(0, end - trip - start) / n,   c = 0, 1, ..., n - 1
/// trip  = 2 · (max route km of the escort) / (fastest road speed of its vehicle kind) · 60 + 2 h_handover
/// ```
/// (`trip` estimates the round trip from a home post at the origin; a convoy that waits for people
/// or a vehicle, or whose home post is far from its origin, can still come back late.)
///
/// **Route.** `ballots_out`: from the KPU office (the first post of kind `kpu`) to the PPK posts
/// in turn, convoy c to PPK number `c mod m` (m PPK posts in the scenario's post order);
/// `results_in`: from PPK `c mod m` to the KPU office. A convoy loads at its origin and hands over
/// at its destination.
///
/// **Home posts.** The convoy's personnel and its one vehicle come from one post: the nearest to
/// the origin (road distance `haversine · dispatch.roadFactor`; ties to the Polres HQ, then post
/// order) among the posts whose plan gives them a vehicle of the escort's kind and a pool (or that
/// are the HQ, which BKO and reinforcements join); which of them has both free is decided as the
/// replication runs (Replication+Escorts.swift).
///
/// Left out: convoys due outside the timeline, and the escorts of a scenario with no KPU office or
/// no PPK post (no route).
struct EscortTable: Sendable {
    /// Convoys, in escort order then convoy order.
    let count: Int
    /// Per convoy: its escort (index into `timeline.escorts`), its number c in the escort, when it
    /// is due, its origin and destination posts, its personnel, and the road km between the two.
    let escort: [Int32]
    let number: [Int32]
    let due: [Double]
    let origin: [Int32]
    let destination: [Int32]
    let personnel: [Int32]
    let routeKm: [Double]
    /// Per convoy, its list of home posts (index into `homeLists`); lists are shared by convoys of
    /// the same origin and vehicle kind.
    let homeList: [Int32]
    let homeLists: [[Int32]]
    /// Per escort: the vehicle types of its kind, its end, and the FNV-1a hash of its id (with the
    /// convoy number, the entity of the convoy's stream).
    let types: [[Int]]
    let end: [Double]
    let key: [UInt64]
    /// `travel_times` minutes keyed by `CandidateTable.pairKey(site:post:)` (empty without escorts).
    let fixedMinutes: [Int: Double]

    init(scenario: Scenario, sites: SiteTable, force: ForceLayout, phases: PhaseTable, handoverMinutes: Double) {
        let escorts = scenario.timeline.escorts
        let kpu = scenario.posts.firstIndex { $0.kind == .kpu }
        let ppk = scenario.posts.indices.filter { scenario.posts[$0].kind == .ppk }
        let roadFactor = scenario.dispatch.roadFactor
        types = escorts.map { escort in scenario.vehicles.indices.filter { scenario.vehicles[$0].kind == escort.vehicle } }
        end = escorts.map(\.endMinute)
        key = escorts.map { StreamPurpose($0.id).rawValue }
        fixedMinutes = escorts.isEmpty ? [:] : CandidateTable.overrides(scenario, sites: sites)

        var escort: [Int32] = [], number: [Int32] = [], due: [Double] = [], origin: [Int32] = [], destination: [Int32] = []
        var personnel: [Int32] = [], routeKm: [Double] = [], homeList: [Int32] = [], homeLists: [[Int32]] = []
        var listIndex: [Int: Int32] = [:]
        for (e, item) in escorts.enumerated() {
            guard let kpu, !ppk.isEmpty, item.convoys > 0 else { continue }
            let longestKm = ppk.map { sites.distanceKm(sites.site(post: kpu), sites.site(post: $0)) * roadFactor }.max() ?? 0
            let speed = types[e].map { scenario.vehicles[$0].speedKmh[.road] ?? 0 }.max() ?? 0
            let trip = speed > 0 ? 2 * longestKm / speed * 60 + 2 * handoverMinutes : 2 * handoverMinutes
            let spacing = max(0, item.endMinute - trip - item.startMinute) / Double(item.convoys)
            for c in 0..<item.convoys {
                let minute = item.startMinute + Double(c) * spacing
                guard minute >= phases.horizonStart && minute < phases.horizonEnd else { continue }
                let office = ppk[c % ppk.count]
                let (from, to) = item.kind == .ballotsOut ? (kpu, office) : (office, kpu)
                escort.append(Int32(e))
                number.append(Int32(c))
                due.append(minute)
                origin.append(Int32(from))
                destination.append(Int32(to))
                personnel.append(Int32(item.personnelPerConvoy))
                routeKm.append(sites.distanceKm(sites.site(post: from), sites.site(post: to)) * roadFactor)
                let listKey = from * VehicleKind.allCases.count + VehicleKind.allCases.firstIndex(of: item.vehicle)!
                if let found = listIndex[listKey] {
                    homeList.append(found)
                } else {
                    let list = EscortTable.homePosts(origin: from, types: types[e], force: force, sites: sites, roadFactor: roadFactor)
                    listIndex[listKey] = Int32(homeLists.count)
                    homeList.append(Int32(homeLists.count))
                    homeLists.append(list)
                }
            }
        }
        count = due.count
        self.escort = escort
        self.number = number
        self.due = due
        self.origin = origin
        self.destination = destination
        self.personnel = personnel
        self.routeKm = routeKm
        self.homeList = homeList
        self.homeLists = homeLists
    }

    /// The posts that could send a convoy from `origin` with a vehicle of one of `types`, nearest
    /// first (ties: the HQ, then post order).
    private static func homePosts(origin: Int, types: [Int], force: ForceLayout, sites: SiteTable, roadFactor: Double) -> [Int32] {
        let posts = force.roster.indices.filter { p in
            (force.roster[p] > 0 || p == force.headquarters) && types.contains { force.vehicles[p * force.vehicleTypes + $0] > 0 }
        }
        let km = posts.map { sites.distanceKm(sites.site(post: origin), sites.site(post: $0)) * roadFactor }
        let order = posts.indices.sorted { a, b in
            if km[a] != km[b] { return km[a] < km[b] }
            let aHQ = posts[a] == force.headquarters, bHQ = posts[b] == force.headquarters
            if aHQ != bHQ { return aHQ }
            return posts[a] < posts[b]
        }
        return order.map { Int32(posts[$0]) }
    }

    /// The entity of convoy k's stream: its escort's id hash plus its number.
    @inline(__always)
    func streamEntity(_ k: Int) -> UInt64 { key[Int(escort[k])] &+ UInt64(number[k]) }
}
