import Scenario
import Simulation

/// The base incident intensity, cut into blocks on which it is constant.
///
/// The rate of type k at site i at time t (IncidentModel.swift) is, per day,
///
/// ```
/// lambda_k,i(t) = base_k · intensity_p · phaseFactor_k,p · hourly[hour(t)] · w_i
/// w_i = riskWeight[cat_i] · (0.5 + risk_i)    for TPS types
/// w_i = 1                                     for PPK types (each PPK post) and KPU types (each KPU post)
/// ```
///
/// where p is the phase containing t and `phaseFactor_k,p` is the type's factor for the phase's id,
/// else for its kind, else 1. The time factor is constant on each (phase × local hour) block, and
/// the site factor does not depend on time, so on block b the process is a homogeneous Poisson
/// process with total rate `m_kb · W_k`, where `m_kb = base_k · intensity_p · phaseFactor_k,p ·
/// hourly[h] / 1440` per site-minute and `W_k = Σ_i w_i`. It is generated exactly: the count is
/// Poisson(m_kb · W_k · length_b); given the count, times are independent uniform on the block and
/// sites independent with probabilities `w_i / W_k` (the order-statistics property of the Poisson
/// process; Ross, "Simulation", 5th ed., 2013, section 5.5; Lewis and Shedler, "Simulation of
/// nonhomogeneous Poisson processes by thinning", Naval Res. Logistics Q. 26(3), 1979).
struct RateBlocks: Sendable {
    let start: [Double]
    let end: [Double]
    let phase: [Int32]
    let typeCount: Int
    /// `m_kb` at index `k · blockCount + b`, incidents per site-minute.
    let perSiteMinute: [Double]
    /// `m_kb · W_k · length_b` at index `k · blockCount + b`.
    let expected: [Double]
    /// Where each type happens.
    let site: [IncidentSite]
    /// `W` over all TPS, and the alias table drawing a TPS with probability `w_i / W` (nil when W = 0).
    let tpsWeightTotal: Double
    let tpsAlias: AliasTable?
    /// The PPK and KPU posts, each one site of PPK and KPU types.
    let ppkPosts: [Int32]
    let kpuPosts: [Int32]

    var blockCount: Int { start.count }

    init(scenario: Scenario, tpsWeights: [Double]) {
        let model = scenario.incidents
        var start: [Double] = [], end: [Double] = [], phase: [Int32] = [], hour: [Int] = []
        for (p, stage) in scenario.timeline.phases.enumerated() {
            var t = stage.startMinute
            while t < stage.endMinute {
                let hourIndex = (t / 60).rounded(.down)
                let next = min(stage.endMinute, (hourIndex + 1) * 60)
                start.append(t)
                end.append(next)
                phase.append(Int32(p))
                hour.append(((Int(hourIndex) % 24) + 24) % 24)
                t = next
            }
        }
        self.start = start
        self.end = end
        self.phase = phase
        typeCount = model.types.count
        site = model.types.map(\.site)
        tpsWeightTotal = tpsWeights.reduce(0, +)
        tpsAlias = tpsWeightTotal > 0 ? try? AliasTable(weights: tpsWeights) : nil
        ppkPosts = scenario.posts.indices.filter { scenario.posts[$0].kind == .ppk }.map { Int32($0) }
        kpuPosts = scenario.posts.indices.filter { scenario.posts[$0].kind == .kpu }.map { Int32($0) }

        var perSite = [Double](repeating: 0, count: typeCount * start.count)
        var expected = perSite
        for (k, type) in model.types.enumerated() {
            let weight = RateBlocks.siteWeight(type.site, tps: tpsWeightTotal, ppk: ppkPosts.count, kpu: kpuPosts.count)
            for b in start.indices {
                let stage = scenario.timeline.phases[Int(phase[b])]
                let factor = type.phaseFactors[stage.id] ?? type.phaseFactors[stage.kind.rawValue] ?? 1
                let m = type.ratePerSiteDay * stage.incidentIntensity * factor * model.hourlyProfile[hour[b]] / 1_440
                perSite[k * start.count + b] = m
                expected[k * start.count + b] = m * weight * (end[b] - start[b])
            }
        }
        perSiteMinute = perSite
        self.expected = expected
    }

    /// `W_k`: the summed site weight of a type's sites.
    static func siteWeight(_ site: IncidentSite, tps: Double, ppk: Int, kpu: Int) -> Double {
        switch site {
        case .tps: tps
        case .ppk: Double(ppk)
        case .kpu: Double(kpu)
        }
    }

    /// `w_i = riskWeight[cat_i] · (0.5 + risk_i)` for every TPS.
    static func tpsWeights(_ scenario: Scenario) -> [Double] {
        let tps = scenario.tps
        let riskWeights = scenario.incidents.riskWeights
        let kurangRawan = riskWeights[.kurangRawan] ?? 1, rawan = riskWeights[.rawan] ?? 1
        let sangatRawan = riskWeights[.sangatRawan] ?? 1, khusus = riskWeights[.khusus] ?? 1
        return (0..<tps.count).map { i in
            let weight: Double
            switch tps.category[i] {
            case .kurangRawan: weight = kurangRawan
            case .rawan: weight = rawan
            case .sangatRawan: weight = sangatRawan
            case .khusus: weight = khusus
            }
            return weight * (0.5 + tps.risk[i])
        }
    }

    /// The block containing minute `t`, or nil outside every phase (binary search).
    func block(containing t: Double) -> Int? {
        var low = 0, high = start.count
        while low < high {
            let mid = (low + high) / 2
            if end[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low < start.count && start[low] <= t ? low : nil
    }
}
