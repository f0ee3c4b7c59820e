import Scenario

/// The first-stage decision of the deployment model: guards per zone, reserves per post, vehicles
/// per post and type (fractional in the linear program, whole in a plan).
public struct FirstStage: Sendable, Equatable {
    /// `g_z`, one per zone of the instance.
    public var guards: [Double]
    /// `r_p`, one per post of the instance.
    public var reserves: [Double]
    /// `m_pv`, `[post][vehicle]` over the instance's posts and vehicle types.
    public var vehicles: [[Double]]

    public init(guards: [Double], reserves: [Double], vehicles: [[Double]]) {
        self.guards = guards
        self.reserves = reserves
        self.vehicles = vehicles
    }

    public var guardTotal: Double { guards.reduce(0, +) }
    public var reserveTotal: Double { reserves.reduce(0, +) }
    /// Vehicles of type v over all posts.
    public func vehicleTotal(_ v: Int) -> Double { vehicles.reduce(0) { $0 + $1[v] } }
}

extension FirstStage {
    /// The first stage of any plan, to evaluate it in the model: a guard group's police are spread
    /// evenly over its TPS and summed by zone; patrols count as reserves at their post (the
    /// simulator pools them); people and vehicles at posts the model has no place for (PPK, KPU,
    /// staging) are left out.
    public init(plan: DeploymentPlan, instance: DeploymentInstance) {
        let zoneOf = DeploymentZone.zoneOfTPS(instance.zones, tpsCount: plan.tpsGuardGroup.count)
        var members = [Int](repeating: 0, count: plan.guardGroups.count)
        for group in plan.tpsGuardGroup where group >= 0 { members[Int(group)] += 1 }
        var guards = [Double](repeating: 0, count: instance.zones.count)
        for (i, group) in plan.tpsGuardGroup.enumerated() where group >= 0 && zoneOf[i] >= 0 {
            guards[Int(zoneOf[i])] += Double(plan.guardGroups[Int(group)].police) / Double(members[Int(group)])
        }
        let reserves = instance.posts.map { post in
            Double(plan.posts[post.scenarioIndex].reservePersonnel + plan.posts[post.scenarioIndex].patrolPersonnel)
        }
        let vehicles = instance.posts.map { post in
            instance.vehicles.map { Double(plan.posts[post.scenarioIndex].vehicles[$0.scenarioIndex]) }
        }
        self.init(guards: guards, reserves: reserves, vehicles: vehicles)
    }

    /// The plan of a whole-numbered first stage.
    ///
    /// A zone's `G` police guard its n TPS as `q = clamp(floor(G / 2), 1, n)` groups (the "body
    /// system" pair where there are enough police; Mabes 2024 [2]): the TPS in proximity order cut
    /// into q runs of near-equal length, the police shared in proportion to the runs' TPS (largest
    /// remainder), so every TPS gets at least its share of the zone's minimum. Group ids are
    /// `CATEGORY-zZONE-J`, e.g. `rawan-z0012-1`.
    /// - Precondition: every value is a whole number.
    public func plan(strategy: String, instance: DeploymentInstance, scenario: Scenario,
                     shifts: DeploymentPlan.ShiftPattern = DeploymentPlan.ShiftPattern()) -> DeploymentPlan {
        precondition((guards + reserves + vehicles.flatMap { $0 }).allSatisfy { $0 == $0.rounded() }, "a plan needs whole numbers")
        var groups: [DeploymentPlan.GuardGroup] = []
        var tpsGroup = [Int32](repeating: -1, count: scenario.tps.count)
        let width = String(max(1, instance.zones.count - 1)).count
        for (z, zone) in instance.zones.enumerated() where guards[z] > 0 {
            let police = Int(guards[z]), n = zone.tps.count
            let q = max(1, min(n, police / 2))
            let digits = String(z)
            let zoneId = "\(zone.category.rawValue)-z" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            let runs = (0..<q).map { (($0 * n / q)..<(($0 + 1) * n / q)) }
            let shares = Apportionment.largestRemainder(police, weights: runs.map { Double($0.count) }) ?? []
            for (j, run) in runs.enumerated() {
                for i in zone.tps[run] { tpsGroup[i] = Int32(groups.count) }
                groups.append(.init(id: "\(zoneId)-\(j + 1)", police: shares[j]))
            }
        }
        var posts = scenario.posts.indices.map {
            DeploymentPlan.PostForce(post: $0, reservePersonnel: 0, patrolPersonnel: 0,
                                     vehicles: [Int](repeating: 0, count: scenario.vehicles.count))
        }
        for (p, post) in instance.posts.enumerated() {
            posts[post.scenarioIndex].reservePersonnel = Int(reserves[p])
            for (v, vehicle) in instance.vehicles.enumerated() { posts[post.scenarioIndex].vehicles[vehicle.scenarioIndex] = Int(vehicles[p][v]) }
        }
        return DeploymentPlan(strategy: strategy, guardGroups: groups, tpsGuardGroup: tpsGroup, posts: posts, shifts: shifts)
    }
}
