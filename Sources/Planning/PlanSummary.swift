import Scenario

/// What a plan does with the scenario's force, in the planner's terms: TPS guarded and unguarded
/// by category against the doctrine need, reserves by kind of post, vehicles placed.
public struct PlanSummary: Sendable, Equatable {
    /// Guard coverage of one TPS category.
    public struct Coverage: Sendable, Equatable {
        public var category: VulnerabilityCategory
        public var tps: Int
        public var guarded: Int
        /// Guard groups whose first TPS is of this category.
        public var groups: Int
        /// Police in those groups.
        public var police: Int
        /// Police the security pattern asks for (`ceil(tps / ratio.tps) * ratio.police`).
        public var doctrineNeed: Int
        public var unguarded: Int { tps - guarded }
    }

    /// Reserves at the posts of one kind.
    public struct Reserves: Sendable, Equatable {
        public var kind: PostKind
        public var posts: Int
        /// Posts of this kind holding at least one reserve.
        public var postsWithReserves: Int
        public var personnel: Int
    }

    /// Vehicles of one type.
    public struct Vehicles: Sendable, Equatable {
        public var id: String
        public var kind: VehicleKind
        public var placed: Int
        public var operable: Int
        /// Posts holding at least one.
        public var posts: Int
    }

    public var strategy: String
    /// One entry per category, in `VulnerabilityCategory.allCases` order.
    public var coverage: [Coverage]
    /// One entry per kind of post the scenario has, in `PostKind.allCases` order.
    public var reserves: [Reserves]
    /// One entry per vehicle type, in scenario order.
    public var vehicles: [Vehicles]
    public var guardPolice: Int
    public var guardGroups: Int
    public var reservePersonnel: Int
    public var patrolPersonnel: Int
    public var deployedPersonnel: Int
    public var deployablePersonnel: Int

    public var tps: Int { coverage.reduce(0) { $0 + $1.tps } }
    public var guardedTPS: Int { coverage.reduce(0) { $0 + $1.guarded } }
    public var unguardedTPS: Int { tps - guardedTPS }
    public var doctrineNeed: Int { coverage.reduce(0) { $0 + $1.doctrineNeed } }

    public init(_ plan: DeploymentPlan, scenario: Scenario) {
        precondition(plan.tpsGuardGroup.count == scenario.tps.count && plan.posts.count == scenario.posts.count,
                     "plan and scenario differ")
        strategy = plan.strategy
        let categories = VulnerabilityCategory.allCases
        var coverage = categories.map { Coverage(category: $0, tps: 0, guarded: 0, groups: 0, police: 0, doctrineNeed: 0) }
        var groupCategory = [VulnerabilityCategory?](repeating: nil, count: plan.guardGroups.count)
        for (i, category) in scenario.tps.category.enumerated() {
            let c = categories.firstIndex(of: category)!
            coverage[c].tps += 1
            let group = Int(plan.tpsGuardGroup[i])
            guard group >= 0 else { continue }
            coverage[c].guarded += 1
            if groupCategory[group] == nil { groupCategory[group] = category }
        }
        for (group, category) in groupCategory.enumerated() {
            guard let category, let c = categories.firstIndex(of: category) else { continue }
            coverage[c].groups += 1
            coverage[c].police += plan.guardGroups[group].police
        }
        let need = scenario.tpsPoliceNeed()
        for c in coverage.indices { coverage[c].doctrineNeed = need[coverage[c].category] ?? 0 }
        self.coverage = coverage

        reserves = PostKind.allCases.compactMap { kind in
            let posts = plan.posts.filter { scenario.posts[$0.post].kind == kind }
            guard !posts.isEmpty else { return nil }
            return Reserves(kind: kind, posts: posts.count, postsWithReserves: posts.count { $0.reservePersonnel > 0 },
                            personnel: posts.reduce(0) { $0 + $1.reservePersonnel })
        }
        vehicles = scenario.vehicles.enumerated().map { type, vehicle in
            Vehicles(id: vehicle.id, kind: vehicle.kind, placed: plan.vehicleCount(type: type), operable: vehicle.operableCount,
                     posts: plan.posts.count { $0.vehicles[type] > 0 })
        }
        guardPolice = plan.guardPolice
        guardGroups = plan.guardGroups.count
        reservePersonnel = plan.reservePersonnel
        patrolPersonnel = plan.patrolPersonnel
        deployedPersonnel = plan.deployedPersonnel
        deployablePersonnel = scenario.force.deployablePersonnel
    }
}
