import Scenario

/// Polri's doctrine: guard every TPS at the security pattern's ratio for its category, keep the
/// Polres reserve ("power on hand"), and spread the rest of the deployable force over the Polsek
/// as reserves.
///
/// 1. **Guards.** For each category, the TPS in proximity order (kecamatan, desa, latitude,
///    longitude) are cut into groups of `ratio.tps`, each guarded by `ratio.police` officers
///    (2024 practice: kurang rawan 2 : 10, rawan 2 : 2, sangat rawan 2 : 1, khusus 2 : 1).
/// 2. **A force too small for doctrine.** Guards get the deployable force less the Polres
///    reserve, but never less than the pattern groups that hold the doctrine minimum
///    (`security.minimum`, `minimumGroups`): the reserve is `min(reservePersonnel, max(0, n -
///    minimum police))`. Categories are guarded in `categoryOrder` (sangat rawan, khusus, rawan,
///    kurang rawan), each taking what is left after the later categories' minimum groups; within
///    a category that cannot be guarded whole, the groups that fit are shared among the Polsek in
///    proportion to their groups of that category (`fairShare`), each Polsek's nearest to it
///    first. The TPS of groups that do not fit stay unguarded and the plan says so
///    (`PlanSummary`). A category whose ratio has 0 police, or no ratio, is not guarded.
/// 2a. **The budget.** The force n is the deployable force, or, when that plan's planned spend
///    (`BudgetModel`: the ledger's allowance, expected fuel and repairs) breaks a budget row, the
///    largest n whose plan fits (spend grows with n). If the minimum alone does not fit, or the
///    deployable force is below it, the strategy throws `.infeasible`.
/// 3. **Reserves.** What guards leave over: the Polres HQ keeps `force.reservePersonnel` first
///    (or all that is left, if less); the rest goes to the Polsek by largest remainder on
///    risk-weighted TPS count, `w_p = sum over the Polsek's TPS of riskWeights[category]`.
///    No patrols: doctrine keeps everyone not guarding on standby.
/// 4. **Vehicles.** Each type's operable vehicles by largest remainder over the posts'
///    reserves (`VehiclePlacement`); boats only to posts whose area has river TPS.
///
/// Deterministic: no random draws; every tie is broken by scenario order.
public struct DoctrineStrategy: Strategy {
    public var name: String { "doctrine" }
    public var abstract: String {
        "Polri's guard ratios by TPS category (most vulnerable first if the force is short), the Polres reserve, the rest as Polsek reserves"
    }

    /// The order in which categories get guards when the force cannot guard them all.
    public var categoryOrder: [VulnerabilityCategory] = [.sangatRawan, .khusus, .rawan, .kurangRawan]
    /// The shift pattern written into the plan (guards 24 h, reserves 2 shifts a day).
    public var shifts = DeploymentPlan.ShiftPattern()

    public init() {}

    public func plan(_ scenario: Scenario) throws(PlanningError) -> DeploymentPlan {
        let deployable = scenario.force.deployablePersonnel
        let minimum = minimumGroups(scenario).reduce(0) { $0 + $1.value * (scenario.security.ratios[$1.key]?.police ?? 0) }
        guard minimum <= deployable else {
            throw PlanningError(.infeasible, strategy: name, reason: "the doctrine minimum needs \(minimum) police in pattern groups, "
                                + "the deployable force is \(deployable): short by \(minimum - deployable) police")
        }
        let budget = BudgetModel(scenario: scenario)
        let fits = { (plan: DeploymentPlan) in
            budget.violations(guards: plan.guardPolice, reserves: plan.reservePersonnel, patrols: plan.patrolPersonnel).isEmpty
        }
        let full = plan(scenario, force: deployable)
        if fits(full) { return full }
        var low = minimum, high = deployable
        guard fits(plan(scenario, force: low)) else {
            let broken = budget.violations(guards: minimum, reserves: 0, patrols: 0).first
            let spend = broken?.spendRupiah ?? 0, limit = broken?.limitRupiah ?? 0
            throw PlanningError(.infeasible, strategy: name, reason: "the doctrine minimum of \(minimum) police costs "
                                + "Rp \(groupDigits(Int(spend.rounded()))) against the \(broken?.row ?? "total") budget of "
                                + "Rp \(groupDigits(Int(limit.rounded()))): short by Rp \(groupDigits(Int((spend - limit).rounded())))")
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(plan(scenario, force: middle)) { low = middle } else { high = middle - 1 }
        }
        return plan(scenario, force: low)
    }

    /// The doctrine plan for a force of `deployable` people: the minimum's pattern groups first,
    /// then the Polres reserve, then the pattern by category order, then Polsek reserves.
    func plan(_ scenario: Scenario, force deployable: Int) -> DeploymentPlan {
        let force = scenario.force
        let minimum = minimumGroups(scenario)
        let minimumPolice = minimum.reduce(0) { $0 + $1.value * (scenario.security.ratios[$1.key]?.police ?? 0) }
        let headquarters = scenario.posts.firstIndex { $0.kind == .polres }
        let held = headquarters == nil ? 0 : min(force.reservePersonnel, max(0, deployable - minimumPolice))
        let (groups, tpsGroup) = guardGroups(scenario, budget: deployable - held, minimum: minimum)
        let guardPolice = groups.reduce(0) { $0 + $1.police }

        var reserves = [Int](repeating: 0, count: scenario.posts.count)
        var pool = deployable - guardPolice
        if let headquarters {
            reserves[headquarters] = min(force.reservePersonnel, pool)
            pool -= reserves[headquarters]
        }
        let weights = Self.polsekWeights(scenario)
        if pool > 0, let parts = Apportionment.largestRemainder(pool, weights: weights) {
            for (post, part) in parts.enumerated() { reserves[post] += part }
        }
        let vehicles = VehiclePlacement.place(scenario, reserves: reserves, headquarters: headquarters, fallbackWeights: weights)
        let posts = scenario.posts.indices.map {
            DeploymentPlan.PostForce(post: $0, reservePersonnel: reserves[$0], patrolPersonnel: 0, vehicles: vehicles[$0])
        }
        return DeploymentPlan(strategy: name, guardGroups: groups, tpsGuardGroup: tpsGroup, posts: posts, shifts: shifts)
    }

    /// Pattern groups of each category that hold its doctrine minimum (`security.minimum`):
    /// `ceil(minimum police / pattern police)`, at most the category's groups.
    func minimumGroups(_ scenario: Scenario) -> [VulnerabilityCategory: Int] {
        let counts = scenario.tps.countByCategory()
        var groups: [VulnerabilityCategory: Int] = [:]
        for (category, police) in scenario.security.minimumPolice(counts) {
            guard police > 0, let ratio = scenario.security.ratios[category], ratio.police > 0 else { continue }
            let available = (counts[category, default: 0] + ratio.tps - 1) / ratio.tps
            groups[category] = min(available, (police + ratio.police - 1) / ratio.police)
        }
        return groups
    }

    /// Guard groups within `budget` police, and the group index of each TPS (-1: unguarded).
    /// Each category in order takes what the budget leaves after the later categories' minimum
    /// groups, and at least its own minimum groups.
    func guardGroups(_ scenario: Scenario, budget: Int,
                     minimum: [VulnerabilityCategory: Int] = [:]) -> ([DeploymentPlan.GuardGroup], [Int32]) {
        var budget = budget
        var groups: [DeploymentPlan.GuardGroup] = []
        var tpsGroup = [Int32](repeating: -1, count: scenario.tps.count)
        var seen = Set<VulnerabilityCategory>()
        let order = (categoryOrder + VulnerabilityCategory.allCases).filter { seen.insert($0).inserted }
        let minimumPolice = { (category: VulnerabilityCategory) in
            (minimum[category] ?? 0) * (scenario.security.ratios[category]?.police ?? 0)
        }
        for (position, category) in order.enumerated() {
            guard let ratio = scenario.security.ratios[category], ratio.police > 0 else { continue }
            let candidates = GuardGrouping.candidates(scenario, category: category, ratio: ratio)
            var isGuarded = [Bool](repeating: false, count: candidates.count)
            let later = order[(position + 1)...].reduce(0) { $0 + minimumPolice($1) }
            let slots = max(minimum[category] ?? 0, max(0, budget - later) / ratio.police)
            for candidate in Self.fairShare(candidates, slots: slots, scenario: scenario) {
                isGuarded[candidate.sequence - 1] = true
                budget -= ratio.police
            }
            for candidate in candidates where isGuarded[candidate.sequence - 1] {
                let id = GuardGrouping.id(category: category, sequence: candidate.sequence, of: candidates.count)
                for tps in candidate.members { tpsGroup[tps] = Int32(groups.count) }
                groups.append(.init(id: id, police: ratio.police))
            }
        }
        return (groups, tpsGroup)
    }

    /// The groups to guard when only `slots` of a category's groups fit: the slots are shared among
    /// the Polsek in proportion to how many of the category's groups each has (largest remainder),
    /// and each Polsek guards its groups nearest to it first. Sharing keeps a short force from
    /// guarding only the TPS around the towns and leaving whole remote kecamatan bare.
    static func fairShare(_ candidates: [GuardGrouping.Candidate], slots: Int, scenario: Scenario) -> [GuardGrouping.Candidate] {
        guard slots < candidates.count else { return candidates }
        guard slots > 0 else { return [] }
        let ordered = GuardGrouping.nearestFirst(candidates)
        let polsek = { (candidate: GuardGrouping.Candidate) in Int(scenario.tps.polsek[candidate.members[0]]) }
        var byPolsek = [[GuardGrouping.Candidate]](repeating: [], count: scenario.posts.count)
        for candidate in ordered { byPolsek[polsek(candidate)].append(candidate) }
        let shares = Apportionment.largestRemainder(slots, weights: byPolsek.map { Double($0.count) }) ?? []
        return zip(byPolsek, shares).flatMap { groups, share in groups.prefix(share) }
    }

    /// Risk-weighted TPS count per post (zero for posts that are not Polsek); plain TPS counts
    /// if every risk weight is zero.
    static func polsekWeights(_ scenario: Scenario) -> [Double] {
        let tps = scenario.tps
        var weighted = [Double](repeating: 0, count: scenario.posts.count)
        var counts = [Double](repeating: 0, count: scenario.posts.count)
        for i in 0..<tps.count {
            let post = Int(tps.polsek[i])
            weighted[post] += scenario.incidents.riskWeights[tps.category[i]] ?? 1
            counts[post] += 1
        }
        return weighted.contains { $0 > 0 } ? weighted : counts
    }
}
