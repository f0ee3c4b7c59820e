import Testing
@testable import Planning
import Scenario

/// Doctrine on the Ketapang reference: 1,752 TPS, deployable 368, Polres reserve 90, a pattern
/// need of 450, an allowance line of Rp 859,526,500. Every constraint is checked on the plan
/// itself, not on the summary.
///
/// The budget binds: a guard draws 21 days' allowance (4.5 days of TPS duty, 16.5 of PPK and KPU
/// detachments, which at 300 and 330 exceed any guard force), a reserve 24 (all but the campaign),
/// at Rp 171,000, and the KPU-only phase pays 30 detachment guards for 3 days. The doctrine
/// minimum is 160 police (sangat rawan 32, khusus 6, rawan 80, kurang rawan 2 : 80 of 1,654 =
/// 42); 160 guards and n - 160 reserves fit the line while 160 · 21 + 90 + 24 (n - 160) ≤
/// 5,026.5 person-days, n ≤ 225.
@Suite("Doctrine on Ketapang")
struct DoctrineKetapangTests {
    @Test func respectsEveryConstraint() throws {
        let scenario = try Fixture.ketapang()
        let plan = try DoctrineStrategy().plan(scenario)
        let force = scenario.force
        #expect(force.deployablePersonnel == 368)
        #expect(plan.deployedPersonnel <= 368)
        #expect(plan.tpsGuardGroup.count == scenario.tps.count)
        #expect(plan.posts.count == scenario.posts.count)

        for (type, vehicle) in scenario.vehicles.enumerated() {
            #expect(plan.vehicleCount(type: type) <= vehicle.operableCount, "\(vehicle.id)")
            if vehicle.kind == .boat {
                for force in plan.posts where force.vehicles[type] > 0 {
                    let post = scenario.posts[force.post]
                    let hasRiver = post.kind == .polres
                        || scenario.tps.access.indices.contains { scenario.tps.access[$0] == .river && Int(scenario.tps.polsek[$0]) == force.post }
                    #expect(hasRiver, "boat at \(post.id) without river TPS")
                }
            }
        }

        // Each TPS has at most one group by construction; each group is a pattern group.
        #expect(Set(plan.guardGroups.map(\.id)).count == plan.guardGroups.count)
        var members = [[Int]](repeating: [], count: plan.guardGroups.count)
        for (i, group) in plan.tpsGuardGroup.enumerated() where group >= 0 { members[Int(group)].append(i) }
        for (g, group) in plan.guardGroups.enumerated() {
            let categories = Set(members[g].map { scenario.tps.category[$0] })
            #expect(categories.count == 1, "\(group.id) mixes categories")
            let ratio = scenario.security.ratios[categories.first!]!
            #expect(group.police == ratio.police, "\(group.id)")
            #expect((1...ratio.tps).contains(members[g].count), "\(group.id) has \(members[g].count) TPS")
            #expect(group.id.hasPrefix(categories.first!.rawValue + "-"))
        }

        // The budget pays 225: the minimum's 160 guards, then 65 of the Polres's power on hand.
        let polres = scenario.posts.firstIndex { $0.kind == .polres }!
        #expect(plan.posts[polres].reservePersonnel == 65)
        #expect(plan.guardPolice == 160)
        #expect(plan.patrolPersonnel == 0)
        #expect(PlanCheck.violations(plan, scenario: scenario) == [])
        #expect(!BudgetModel(scenario: scenario).violations(guards: 160, reserves: 66, patrols: 0).isEmpty)
    }

    /// 160 police for guards: sangat rawan 16 x 2 = 32, khusus 3 x 2 = 6, rawan 40 x 2 = 80,
    /// leaving 42 for 21 of the 166 kurang rawan groups of 10, shared among the Polsek: 210 of
    /// 1,654 TPS; 1,444 unguarded.
    @Test func theGapIsInKurangRawan() throws {
        let scenario = try Fixture.ketapang()
        let summary = PlanSummary(try DoctrineStrategy().plan(scenario), scenario: scenario)
        let byCategory = Dictionary(uniqueKeysWithValues: summary.coverage.map { ($0.category, $0) })
        #expect(byCategory[.sangatRawan]?.guarded == 16)
        #expect(byCategory[.khusus]?.guarded == 3)
        #expect(byCategory[.rawan]?.guarded == 79)
        #expect(byCategory[.rawan]?.groups == 40)
        #expect(byCategory[.kurangRawan]?.groups == 21)
        #expect(byCategory[.kurangRawan]?.guarded == 210)
        #expect(summary.unguardedTPS == 1_444)
        #expect(summary.doctrineNeed == 450)
        #expect(summary.guardPolice == 160)
        #expect(summary.reservePersonnel == 65)
        #expect(summary.vehicles.map(\.placed) == [35, 156, 3, 6])
    }

    @Test func isDeterministic() throws {
        let scenario = try Fixture.ketapang()
        let first = try DoctrineStrategy().plan(scenario)
        let second = try DoctrineStrategy().plan(try Fixture.ketapang())
        #expect(first == second)
        #expect(first.files(for: scenario) == second.files(for: scenario))
    }
}
