import Operations
import Scenario

/// Responder demand per zone in sampled peak hours, from the operations model's own incident
/// generator.
///
/// Scenario k is replication `replicationOffset + k` of the operations model under `seed`: its
/// incidents (base process, surges and contagion offspring; they depend on no plan, see
/// docs/operations-model.md, "common random numbers") are drawn by running the model with an
/// empty plan. The planner's replications are numbered from `replicationOffset` (2⁴⁰), so they
/// share no random stream with `siaga simulate`'s replications 0, 1, 2, ... and a plan is judged
/// out of sample.
///
/// Demand of the peak hour. Only TPS incidents occurring in the window count (phases of kind
/// `voting` or `counting` with TPS guard duty; else every phase with TPS duty; else the whole
/// timeline). Incident i of type k at zone z is active on `[t_i, t_i + mean time on scene_k)`; cut
/// the window into hours from each phase's start, and let
///
/// ```
/// D_z(h) = Σ_{i at z active in hour h} responders_k(i),     h* = argmax_h Σ_z w_z D_z(h)
/// ```
///
/// (the first on ties). The scenario's demand is `d_zk = D_z(h*)`: the responders the zones need
/// at once in the replication's busiest hour (sample average approximation over K such hours;
/// Kleywegt, Shapiro and Homem-de-Mello, "The sample average approximation method for stochastic
/// discrete optimization", SIAM J. Optim. 12(2), 2002).
public enum DemandSampler {
    /// Replication numbers of the planner's samples start here.
    public static let replicationOffset = 1 << 40

    /// One sampled peak hour: the zones with demand, in increasing zone order, and their responders.
    public struct PeakHour: Sendable, Equatable {
        public var replication: Int
        /// Minute (from H0) the peak hour starts; NaN when the window had no incident.
        public var startMinute: Double
        public var zones: [Int]
        public var responders: [Double]
    }

    /// Samples `count` peak hours.
    /// - Throws: `PlanningError` (`.unsupportedScenario`) when the operations model rejects the scenario.
    public static func sample(_ scenario: Scenario, zones: [DeploymentZone], count: Int,
                              seed: UInt64) throws(PlanningError) -> [PeakHour] {
        let zoneOf = DeploymentZone.zoneOfTPS(zones, tpsCount: scenario.tps.count)
        var options = SimulationOptions()
        options.recordIncidents = true
        options.recordHourly = false
        let model: OperationsModel
        do {
            model = try OperationsModel(scenario: scenario, plan: emptyPlan(scenario),
                                        contingencies: scenario.contingencies, options: options)
        } catch {
            throw PlanningError(.unsupportedScenario, strategy: "optimized", reason: "the operations model cannot sample incidents: \(error)")
        }
        let window = window(scenario.timeline)
        let durations = scenario.incidents.types.map(\.timeOnScene.meanMinutes)
        let responders = scenario.incidents.types.map { Double($0.responders) }
        return (0..<count).map { k in
            let replication = replicationOffset + k
            let incidents = model.run(replication: replication, seed: seed).incidents.filter { record in
                !record.siteIsPost && window.contains { $0.contains(record.occurredMinute) }
            }
            return peakHour(incidents, replication: replication, window: window, zoneOf: zoneOf, zones: zones,
                            durations: durations, responders: responders)
        }
    }

    /// The phases whose incidents make the demand: voting and counting with TPS duty, else TPS duty.
    static func window(_ timeline: Timeline) -> [Range<Double>] {
        let duty = timeline.phases.filter { $0.guardDuties.contains(.tps) }
        let voting = duty.filter { $0.kind == .voting || $0.kind == .counting }
        let chosen = !voting.isEmpty ? voting : !duty.isEmpty ? duty : timeline.phases
        return chosen.map { $0.startMinute..<$0.endMinute }
    }

    private static func peakHour(_ incidents: [IncidentRecord], replication: Int, window: [Range<Double>],
                                 zoneOf: [Int32], zones: [DeploymentZone], durations: [Double],
                                 responders: [Double]) -> PeakHour {
        var best = PeakHour(replication: replication, startMinute: .nan, zones: [], responders: [])
        var bestLoad = 0.0
        for range in window {
            var start = range.lowerBound
            while start < range.upperBound {
                let end = start + 60
                var demand: [Int: Double] = [:]
                for record in incidents {
                    let t = record.occurredMinute, type = Int(record.type)
                    guard t < end && t + durations[type] > start else { continue }
                    demand[Int(zoneOf[Int(record.site)]), default: 0] += responders[type]
                }
                let load = demand.reduce(0) { $0 + zones[$1.key].weight * $1.value }
                if load > bestLoad {
                    bestLoad = load
                    let keys = demand.keys.sorted()
                    best = PeakHour(replication: replication, startMinute: start, zones: keys, responders: keys.map { demand[$0]! })
                }
                start = end
            }
        }
        return best
    }

    /// A plan with nobody and nothing: the incidents do not depend on the plan, and an empty
    /// plan makes the model's run cheapest.
    static func emptyPlan(_ scenario: Scenario) -> DeploymentPlan {
        let posts = scenario.posts.indices.map {
            DeploymentPlan.PostForce(post: $0, reservePersonnel: 0, patrolPersonnel: 0,
                                     vehicles: [Int](repeating: 0, count: scenario.vehicles.count))
        }
        return DeploymentPlan(strategy: "sampler", guardGroups: [], tpsGuardGroup: [Int32](repeating: -1, count: scenario.tps.count),
                              posts: posts, shifts: DeploymentPlan.ShiftPattern())
    }
}
