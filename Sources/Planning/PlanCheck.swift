import Scenario

/// Checks any plan against the constraints every strategy keeps: the deployable force, the
/// operable vehicles, the doctrine minimum by category (and, where the minimum is a police or more
/// per TPS, `floor(police / tps)` police at every TPS of the category) and the budget rows as the
/// ledger counts them (`BudgetModel`). The plan format's own checks (ids, counts) are `DeploymentPlan.load`'s.
public enum PlanCheck {
    /// One sentence per broken constraint; empty when the plan keeps them all.
    public static func violations(_ plan: DeploymentPlan, scenario: Scenario) -> [String] {
        var problems: [String] = []
        let deployable = scenario.force.deployablePersonnel
        if plan.deployedPersonnel > deployable {
            problems.append("deploys \(plan.deployedPersonnel) people, the deployable force is \(deployable)")
        }
        for (v, vehicle) in scenario.vehicles.enumerated() where plan.vehicleCount(type: v) > vehicle.operableCount {
            problems.append("places \(plan.vehicleCount(type: v)) \(vehicle.id), \(vehicle.operableCount) are operable")
        }
        let guarded = guardPoliceByCategory(plan, scenario: scenario)
        var members = [Int](repeating: 0, count: plan.guardGroups.count)
        for group in plan.tpsGuardGroup where group >= 0 { members[Int(group)] += 1 }
        let minimum = scenario.security.minimumPolice(scenario.tps.countByCategory())
        for category in VulnerabilityCategory.allCases {
            let police = minimum[category] ?? 0
            guard guarded[category, default: 0] + 1e-9 < Double(police) else { continue }
            problems.append("guards \(category.displayName) TPS with \(guarded[category, default: 0]) police, the doctrine minimum is \(police)")
        }
        var short = 0, example = ""
        for i in 0..<scenario.tps.count {
            guard let ratio = scenario.security.minimum[scenario.tps.category[i]], ratio.police >= ratio.tps else { continue }
            let group = Int(plan.tpsGuardGroup[i])
            let share = group < 0 ? 0 : Double(plan.guardGroups[group].police) / Double(members[group])
            if share + 1e-9 < Double(ratio.police / ratio.tps) {
                short += 1
                if example.isEmpty { example = scenario.tps.ids[i] }
            }
        }
        if short > 0 { problems.append("\(short) TPS (\(example) first) have less than their minimum of police per TPS") }
        let budget = BudgetModel(scenario: scenario)
        for broken in budget.violations(guards: plan.guardPolice, reserves: plan.reservePersonnel, patrols: plan.patrolPersonnel) {
            problems.append("plans Rp \(groupDigits(Int(broken.spendRupiah.rounded()))) against the \(broken.row) budget of "
                            + "Rp \(groupDigits(Int(broken.limitRupiah.rounded())))")
        }
        return problems
    }

    /// Guard police by the category of the TPS they guard; a group guarding TPS of several
    /// categories counts for each in proportion to its TPS.
    public static func guardPoliceByCategory(_ plan: DeploymentPlan, scenario: Scenario) -> [VulnerabilityCategory: Double] {
        var members = [Int](repeating: 0, count: plan.guardGroups.count)
        for group in plan.tpsGuardGroup where group >= 0 { members[Int(group)] += 1 }
        var police: [VulnerabilityCategory: Double] = [:]
        for (i, group) in plan.tpsGuardGroup.enumerated() where group >= 0 {
            police[scenario.tps.category[i], default: 0] += Double(plan.guardGroups[Int(group)].police) / Double(members[Int(group)])
        }
        return police
    }
}
