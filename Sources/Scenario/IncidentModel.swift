/// How incidents arise: their types, the daily and risk profile of their rates, and contagion.
///
/// The rate of type `k` at TPS `i` at time `t` in phase `p` is
/// ```
/// lambda_k,i(t) = base_k * intensity_p * phaseFactor_k,p * hourly[hour(t)] * riskWeight[cat(i)] * (0.5 + risk_i)
/// ```
/// per day, a non-homogeneous Poisson process; contagion adds a self-exciting (Hawkes) term.
public struct IncidentModel: Sendable, Hashable {
    public var types: [IncidentType]
    /// 24 multipliers by hour of day (local time); their mean is 1 so they redistribute, not add.
    public var hourlyProfile: [Double]
    /// Rate multiplier by TPS category.
    public var riskWeights: [VulnerabilityCategory: Double]
    public var contagion: Contagion

    /// A flat daily profile.
    public static let flatProfile = [Double](repeating: 1, count: 24)
}

/// One kind of incident: a brawl, a protest, a flood at a TPS, a hoax-driven crowd, a ballot-box fire.
public struct IncidentType: Sendable, Hashable {
    /// How an incident reached late or short-handed grows.
    public struct Escalation: Sendable, Hashable {
        /// Minutes after occurrence without enough responders on scene before it escalates.
        public var afterMinutes: Double
        /// Severity levels added per escalation (capped at 5).
        public var severityStep: Int
        /// Responders needed in addition after each escalation.
        public var extraResponders: Int
    }

    public var id: String
    public var name: String
    public var site: IncidentSite
    /// 1 (minor) to 5 (riot); dispatch serves the highest first.
    public var severity: Int
    /// Personnel needed on scene.
    public var responders: Int
    public var timeOnScene: DurationDistribution
    /// Base rate per site per day (per TPS, per PPK or per KPU office).
    public var ratePerSiteDay: Double
    /// Extra multipliers by phase id or phase kind.
    public var phaseFactors: [String: Double]
    public var escalation: Escalation?
}

/// Contagion between nearby TPS: a self-exciting (Hawkes) process with an exponential kernel in
/// time and distance (Mohler et al. 2011, "Self-exciting point process modeling of crime"):
/// ```
/// lambda(t, x) = mu(t, x) + sum_{t_j < t} eta * (1/tau) exp(-(t - t_j)/tau) * g(|x - x_j|),
/// g(d) = exp(-d/ell) / (2 pi ell^2)
/// ```
/// where `eta` is the branching ratio (expected direct offspring per incident, < 1 for stability).
public struct Contagion: Sendable, Hashable {
    public var isEnabled: Bool
    /// Expected offspring per incident, eta in [0, 1).
    public var branchingRatio: Double
    /// Time scale tau of the exponential kernel, hours.
    public var decayHours: Double
    /// Length scale ell of the distance kernel, km.
    public var rangeKm: Double

    public static let off = Contagion(isEnabled: false, branchingRatio: 0, decayHours: 6, rangeKm: 5)
}
