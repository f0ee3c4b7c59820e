#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Scenario
import Simulation

/// Every incident of one replication, generated before the replication runs.
///
/// Neither the base process, the surges nor the contagion offspring depend on what the force does
/// (the Hawkes kernel depends only on the parent's time and place), so the whole sequence is drawn
/// up front from streams keyed by incident type, contingency and parent, never by the order in
/// which dispatch consumes numbers: two plans run on the same (seed, replication) see the same
/// incidents at the same sites and times (common random numbers). Times on scene are drawn here
/// too, so the same incident also takes the same time to handle under every plan.
struct IncidentSchedule {
    var time: [Double] = []
    var type: [Int32] = []
    var site: [Int32] = []
    var duration: [Double] = []
    var isContagion: [Bool] = []

    var count: Int { time.count }

    mutating func append(time t: Double, type k: Int, site s: Int, duration d: Double, isContagion c: Bool) {
        time.append(t)
        type.append(Int32(k))
        site.append(Int32(s))
        duration.append(d)
        isContagion.append(c)
    }

    /// The schedule in order of occurrence; ties keep generation order.
    func sortedByTime() -> IncidentSchedule {
        let order = (0..<count).sorted { time[$0] < time[$1] || (time[$0] == time[$1] && $0 < $1) }
        var sorted = IncidentSchedule()
        sorted.time = order.map { time[$0] }
        sorted.type = order.map { type[$0] }
        sorted.site = order.map { site[$0] }
        sorted.duration = order.map { duration[$0] }
        sorted.isContagion = order.map { isContagion[$0] }
        return sorted
    }
}

extension DurationDistribution {
    /// One time on scene, minutes (formulas in RandomStream+Continuous.swift).
    func draw(_ stream: inout RandomStream) -> Double {
        switch self {
        case .fixed(let minutes): minutes
        case .exponential(let mean): stream.exponential(mean: mean)
        case .lognormal(let mean, let sd): stream.lognormal(mean: mean, sd: sd)
        case .triangular(let a, let c, let b): stream.triangular(minimum: a, mode: c, maximum: b)
        }
    }
}

extension ModelTables {
    /// Generates the incidents of replication `replication`: base arrivals, surges, scripted
    /// incidents, then their contagion offspring, sorted by time.
    func generateIncidents(seed: UInt64, replication: UInt64, occurs: [Bool]) -> IncidentSchedule {
        var schedule = IncidentSchedule()
        if options.generatesRandomIncidents {
            generateBase(into: &schedule, seed: seed, replication: replication)
            generateSurges(into: &schedule, seed: seed, replication: replication, occurs: occurs)
        }
        for (n, scripted) in options.scriptedIncidents.enumerated() {
            var stream = RandomStream(seed: seed, replication: replication, purpose: .scriptedIncidents, entity: UInt64(n))
            let site = types[scripted.type].site == .tps ? scripted.site : sites.site(post: scripted.site)
            schedule.append(time: scripted.minute, type: scripted.type, site: site,
                            duration: types[scripted.type].timeOnScene.draw(&stream), isContagion: false)
        }
        if contagion.isEnabled && contagion.branchingRatio > 0 {
            addOffspring(to: &schedule, seed: seed, replication: replication)
        }
        return schedule.sortedByTime()
    }

    /// The base process, block by block, one arrivals stream and one time-on-scene stream per type.
    private func generateBase(into schedule: inout IncidentSchedule, seed: UInt64, replication: UInt64) {
        let blockCount = blocks.blockCount
        for k in 0..<blocks.typeCount {
            var arrivals = RandomStream(seed: seed, replication: replication, purpose: .incidentArrivals, entity: UInt64(k))
            var scene = RandomStream(seed: seed, replication: replication, purpose: .timeOnScene, entity: UInt64(k))
            for b in 0..<blockCount {
                let mean = blocks.expected[k * blockCount + b]
                guard mean > 0 else { continue }
                let n = arrivals.poisson(mean: mean)
                for _ in 0..<n {
                    let t = blocks.start[b] + (blocks.end[b] - blocks.start[b]) * arrivals.uniform()
                    let site = drawSite(type: k, region: nil, stream: &arrivals)
                    schedule.append(time: t, type: k, site: site, duration: types[k].timeOnScene.draw(&scene), isContagion: false)
                }
            }
        }
    }

    /// The extra arrivals of the surges that happen: rate `(m - 1) · m_kb · W_region` on every
    /// block overlapping the surge's window, for the types the surge touches.
    private func generateSurges(into schedule: inout IncidentSchedule, seed: UInt64, replication: UInt64, occurs: [Bool]) {
        let blockCount = blocks.blockCount
        for c in 0..<contingencies.count where occurs[c] {
            let item = contingencies.items[c]
            guard item.kind == .hoaxSurge || item.kind == .kpuProtest, let multiplier = item.rateMultiplier, multiplier > 1 else { continue }
            for k in 0..<blocks.typeCount where item.kind == .hoaxSurge || types[k].site == .kpu {
                let weight = regionWeight(c, site: types[k].site)
                guard weight > 0 else { continue }
                let entity = contingencies.key[c] &+ UInt64(k)
                var arrivals = RandomStream(seed: seed, replication: replication, purpose: .surgeArrivals, entity: entity)
                var scene = RandomStream(seed: seed, replication: replication, purpose: .timeOnScene, entity: entity ^ 0x5CE7E)
                for b in 0..<blockCount {
                    let low = max(blocks.start[b], item.startMinute), high = min(blocks.end[b], item.endMinute)
                    guard high > low else { continue }
                    let mean = (multiplier - 1) * blocks.perSiteMinute[k * blockCount + b] * weight * (high - low)
                    guard mean > 0 else { continue }
                    for _ in 0..<arrivals.poisson(mean: mean) {
                        let t = low + (high - low) * arrivals.uniform()
                        let site = drawSite(type: k, region: c, stream: &arrivals)
                        schedule.append(time: t, type: k, site: site, duration: types[k].timeOnScene.draw(&scene), isContagion: false)
                    }
                }
            }
        }
    }

    /// `W_k` restricted to contingency `c`'s region.
    private func regionWeight(_ c: Int, site: IncidentSite) -> Double {
        switch site {
        case .tps: contingencies.regionWeight[c]
        case .ppk: Double(contingencies.regionPPK[c].count)
        case .kpu: Double(contingencies.regionKPU[c].count)
        }
    }

    /// A site for an incident of type `k`: a TPS with probability `w_i / W`, or a PPK or KPU
    /// post uniformly; within contingency `region`'s sites when given.
    private func drawSite(type k: Int, region: Int?, stream: inout RandomStream) -> Int {
        switch types[k].site {
        case .tps:
            if let c = region, contingencies.mask[c] != nil, let alias = contingencies.regionAlias[c] {
                return Int(contingencies.regionTPS[c][alias.sample(using: &stream)])
            }
            return blocks.tpsAlias!.sample(using: &stream)
        case .ppk:
            let posts = region.map { contingencies.regionPPK[$0] } ?? blocks.ppkPosts
            return sites.site(post: Int(posts[Int(stream.integer(below: UInt64(posts.count)))]))
        case .kpu:
            let posts = region.map { contingencies.regionKPU[$0] } ?? blocks.kpuPosts
            return sites.site(post: Int(posts[Int(stream.integer(below: UInt64(posts.count)))]))
        }
    }
}
