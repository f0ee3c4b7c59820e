import Scenario

/// Guards and reserves in proportion to risk-weighted voters, within the same constraints as the
/// optimized plans, and without a linear program.
///
/// A TPS weighs `v_i · riskWeight[cat_i] · (0.5 + risk_i)`: its voters times its incident-rate
/// weight (IncidentModel.swift). For a force of n people:
///
/// 1. each zone gets its minimum `m_z`, and the rest of its category's minimum `M_c` is shared over
///    the category's zones by zone weight;
/// 2. of the `n - Σ_c M_c` left, half (rounded down) are further guards shared over all zones by
///    zone weight, the other half reserves shared over the Polsek by the weight of their TPS
///    (largest remainder throughout, ties to the lower index);
/// 3. vehicles follow the reserves as in `doctrine` (`VehiclePlacement`; boats to river areas).
///
/// A zone's police form guard groups as in the optimized plans (`FirstStage.plan`). n is the
/// deployable force, or the largest force whose planned spend fits the budget (`BudgetModel`).
/// Throws `.infeasible` when the minimum exceeds the force or the budget.
public struct ProportionalStrategy: Strategy {
    public var name: String { "proportional" }
    public var abstract: String {
        "the doctrine minimum, then guards and Polsek reserves half and half, all in proportion to risk-weighted voters"
    }

    public init() {}

    public func plan(_ scenario: Scenario) throws(PlanningError) -> DeploymentPlan {
        let instance = DeploymentInstance(scenario: scenario, zones: DeploymentZone.zones(of: scenario), samples: [])
        let deployable = instance.deployable
        let minimum = max(instance.minimumTotal, instance.zoneMinimum.reduce(0, +))
        guard minimum <= deployable else {
            throw PlanningError(.infeasible, strategy: name, reason: "the doctrine minimum needs \(minimum) police, "
                                + "the deployable force is \(deployable): short by \(minimum - deployable) police")
        }
        let budget = BudgetModel(scenario: scenario)
        let fits = { (plan: DeploymentPlan) in
            budget.violations(guards: plan.guardPolice, reserves: plan.reservePersonnel, patrols: plan.patrolPersonnel).isEmpty
        }
        var low = minimum, high = deployable
        guard fits(plan(scenario, instance: instance, force: low)) else {
            throw PlanningError(.infeasible, strategy: name, reason: Self.budgetShortfall(budget, minimum: minimum))
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(plan(scenario, instance: instance, force: middle)) { low = middle } else { high = middle - 1 }
        }
        return plan(scenario, instance: instance, force: low)
    }

    /// "the doctrine minimum of 160 police costs Rp ... against the allowance budget of Rp ...: short by Rp ...".
    static func budgetShortfall(_ budget: BudgetModel, minimum: Int) -> String {
        let broken = budget.violations(guards: minimum, reserves: 0, patrols: 0).first
        let spend = broken?.spendRupiah ?? 0, limit = broken?.limitRupiah ?? 0
        return "the doctrine minimum of \(minimum) police costs Rp \(groupDigits(Int(spend.rounded()))) against the "
            + "\(broken?.row ?? "total") budget of Rp \(groupDigits(Int(limit.rounded()))): "
            + "short by Rp \(groupDigits(Int((spend - limit).rounded())))"
    }

    /// The proportional plan of n people.
    func plan(_ scenario: Scenario, instance: DeploymentInstance, force n: Int) -> DeploymentPlan {
        let tps = scenario.tps
        let site = (0..<tps.count).map {
            Double(tps.voters[$0]) * (scenario.incidents.riskWeights[tps.category[$0]] ?? 1) * (0.5 + tps.risk[$0])
        }
        let zoneWeight = instance.zones.map { $0.tps.reduce(0) { $0 + site[$1] } }
        var guards = [Double](repeating: 0, count: instance.zones.count)
        for category in VulnerabilityCategory.allCases {
            let members = instance.zones.indices.filter { instance.zones[$0].category == category }
            guard let police = instance.minimum[category], police > 0, !members.isEmpty else { continue }
            let floor = members.reduce(0) { $0 + instance.zoneMinimum[$1] }
            let rest = max(0, police - floor)
            let parts = Apportionment.largestRemainder(rest, weights: members.map { zoneWeight[$0] })
                ?? Apportionment.largestRemainder(rest, weights: members.map { _ in 1 })!
            for (k, z) in members.enumerated() { guards[z] += Double(instance.zoneMinimum[z] + parts[k]) }
        }
        let rest = n - instance.minimumTotal
        if let extra = Apportionment.largestRemainder(rest / 2, weights: zoneWeight) {
            for z in guards.indices { guards[z] += Double(extra[z]) }
        }
        var postWeight = [Double](repeating: 0, count: scenario.posts.count)
        for i in 0..<tps.count { postWeight[Int(tps.polsek[i])] += site[i] }
        let reserves = Apportionment.largestRemainder(rest - rest / 2, weights: postWeight)
            ?? [Int](repeating: 0, count: scenario.posts.count)
        let headquarters = scenario.posts.firstIndex { $0.kind == .polres }
        let vehicles = VehiclePlacement.place(scenario, reserves: reserves, headquarters: headquarters, fallbackWeights: postWeight)
        let stage = FirstStage(
            guards: guards, reserves: instance.posts.map { Double(reserves[$0.scenarioIndex]) },
            vehicles: instance.posts.map { post in instance.vehicles.map { Double(vehicles[post.scenarioIndex][$0.scenarioIndex]) } })
        return stage.plan(strategy: name, instance: instance, scenario: scenario)
    }
}
