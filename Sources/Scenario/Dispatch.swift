/// Dispatch rules and travel: who answers an incident and how fast they get there.
public struct Dispatch: Sendable, Hashable {
    /// The response-time target by access type, minutes (a KPI: share answered within target).
    public var responseTargetMinutes: [AccessType: Double] = [.road: 30, .river: 90, .remote: 120]
    /// Road distance over straight-line distance (circuity). DEFAULT 1.3.
    public var roadFactor: Double = 1.3
    /// Minutes from report to dispatch.
    public var dispatchDelayMinutes: Double = 2
    /// Higher-severity incidents may take responders from lower-severity work, which resumes later.
    public var preemption: Bool = true
    /// A Polsek may send its reserves into a neighbouring Polsek's area.
    public var mutualAid: Bool = true
    /// BKO is requested when idle reserves fall to this number or below.
    public var bkoRequestThreshold: Int = 0

    public init() {}
}

/// Polri's security pattern (pola pengamanan) by TPS category and the recapitulation guards.
///
/// A pattern `police : tps : linmas` means `police` officers guard `tps` polling stations with
/// `linmas` Linmas per TPS; 2024 practice: kurang rawan 2:10, rawan 2:2, sangat rawan 2:1,
/// khusus 2:1 (DOMAIN.md section 1, [3][4][5][6]).
public struct SecurityPattern: Sendable, Hashable {
    public struct Ratio: Sendable, Hashable {
        public var police: Int
        public var tps: Int
        public init(police: Int, tps: Int) { self.police = police; self.tps = tps }
        /// Police needed for `n` TPS of this ratio: `ceil(n / tps) * police`.
        public func police(forTPS n: Int) -> Int { (n + tps - 1) / tps * police }
    }

    public var ratios: [VulnerabilityCategory: Ratio]
    /// The doctrine minimum by category: every plan guards the TPS of category `c` with at least
    /// `minimum[c].police(forTPS: n_c)` police over the district (`security.minimum`).
    public var minimum: [VulnerabilityCategory: Ratio] = SecurityPattern.minimumDefault
    /// Guards at each PPK during recapitulation (Kalbar 2019: 15, 24 h [50]).
    public var ppkGuards: Int = 15
    /// Guards at the KPU office during recapitulation (Kalbar 2019: more than 30 [50]).
    public var kpuGuards: Int = 30

    /// The 2024 practice ratios.
    public static let practice2024: [VulnerabilityCategory: Ratio] = [
        .kurangRawan: Ratio(police: 2, tps: 10), .rawan: Ratio(police: 2, tps: 2),
        .sangatRawan: Ratio(police: 2, tps: 1), .khusus: Ratio(police: 2, tps: 1),
    ]

    /// The default doctrine minimum: the full 2024 pattern for rawan, sangat rawan and khusus
    /// TPS, and for kurang rawan TPS the "body system" minimum of 2 personnel [2] per 80 TPS
    /// (DEFAULT: about one pair per kecamatan in Ketapang; thin enough that Ketapang's budget can
    /// pay it, see docs/deployment-model.md).
    public static let minimumDefault: [VulnerabilityCategory: Ratio] = [
        .kurangRawan: Ratio(police: 2, tps: 80), .rawan: Ratio(police: 2, tps: 2),
        .sangatRawan: Ratio(police: 2, tps: 1), .khusus: Ratio(police: 2, tps: 1),
    ]

    /// Police the doctrine minimum asks for, by category, for the given TPS counts.
    public func minimumPolice(_ counts: [VulnerabilityCategory: Int]) -> [VulnerabilityCategory: Int] {
        var need: [VulnerabilityCategory: Int] = [:]
        for (category, count) in counts { need[category] = minimum[category]?.police(forTPS: count) ?? 0 }
        return need
    }
}

/// Choices for the deployment model of `siaga plan` (`planning` in the scenario).
public struct PlanningOptions: Sendable, Hashable {
    /// What a zone of the deployment model is: the TPS of one desa with the same category and
    /// access type (`desa`, the default), or each TPS alone (`tps`).
    public enum Zone: String, CaseIterable, Sendable, Hashable { case desa, tps }

    public var zone: Zone = .desa

    public init() {}
}

/// An explicit travel time that overrides the distance model, between two posts or a post and a TPS.
public struct TravelTime: Sendable, Hashable {
    public var from: String
    public var to: String
    public var minutes: Double
}
