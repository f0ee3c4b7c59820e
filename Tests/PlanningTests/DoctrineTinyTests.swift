import Testing
@testable import Planning
import Scenario

/// Doctrine on `scenarios/tiny` (8 TPS, deployable 12, Polres reserve 4), every number worked out
/// by hand in the comments.
@Suite("Doctrine on the tiny scenario")
struct DoctrineTinyTests {
    /// Pattern 2024: kurang rawan 2:10 (tps-1, 2, 4, 5: one group), rawan 2:2 (tps-3 and tps-7:
    /// one group), sangat rawan 2:1 (tps-6), khusus 2:1 (tps-8): 8 police, the pattern's need.
    /// 12 deployable - 8 guards = 4, all kept by the Polres; the Polsek get none. Vehicles follow
    /// the reserves: all operable at the Polres (r4 2 - 1 broken, r2 4 - 1 broken, the boat, since
    /// the Polres's area, the district, has river TPS 4 and 7).
    @Test func guardsEveryTPSAndKeepsThePolresReserve() throws {
        let scenario = try Fixture.tiny()
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.strategy == "doctrine")
        #expect(plan.guardGroups == [
            .init(id: "sangat_rawan-1", police: 2), .init(id: "khusus-1", police: 2),
            .init(id: "rawan-1", police: 2), .init(id: "kurang_rawan-1", police: 2),
        ])
        #expect(plan.guardIds(scenario) == [
            "tps-1": "kurang_rawan-1", "tps-2": "kurang_rawan-1", "tps-3": "rawan-1", "tps-4": "kurang_rawan-1",
            "tps-5": "kurang_rawan-1", "tps-6": "sangat_rawan-1", "tps-7": "rawan-1", "tps-8": "khusus-1",
        ])
        #expect(plan.reserves(scenario) == ["polres": 4, "kpu": 0, "polsek-hilir": 0, "polsek-hulu": 0, "ppk-hilir": 0, "ppk-hulu": 0])
        #expect(plan.patrolPersonnel == 0)
        #expect(plan.deployedPersonnel == 12)
        #expect(plan.vehiclePlacement(scenario) == ["polres/r4": 1, "polres/r2": 3, "polres/boat": 1])
        #expect(plan.shifts == DeploymentPlan.ShiftPattern())

        let summary = PlanSummary(plan, scenario: scenario)
        #expect(summary.unguardedTPS == 0)
        #expect(summary.doctrineNeed == 8)
        #expect(summary.guardPolice == 8)
    }

    /// Total 30 (samapta 24 + binmas 6): deployable 20; guards 8, Polres 4, Polsek pool 8.
    /// Weights (risk_weights 1, 3, 6, 4): Hilir 1+1+3+1 = 6, Hulu 1+6+3+4 = 14; quotas 2.4 and 5.6
    /// give 2 and 5, the one left over to the larger remainder (Hulu): 2 and 6.
    /// r4 (1 operable) over reserves 4, 2, 6: quotas 0.33, 0.17, 0.5: Hulu. r2 (3): quotas 1, 0.5,
    /// 1.5: floors 1, 0, 1, the last one to the tie 0.5/0.5 at the lower post (Hilir).
    /// Boat: river TPS in each area Polres 2 (district), Hilir 1, Hulu 1: the Polres.
    @Test func apportionsTheRestOverPolsekByRiskWeightedTPS() throws {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 24
        #expect(scenario.force.deployablePersonnel == 20)
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.guardPolice == 8)
        #expect(plan.reserves(scenario) == ["polres": 4, "kpu": 0, "polsek-hilir": 2, "polsek-hulu": 6, "ppk-hilir": 0, "ppk-hulu": 0])
        #expect(plan.vehiclePlacement(scenario) == [
            "polsek-hulu/r4": 1, "polres/r2": 1, "polsek-hilir/r2": 1, "polsek-hulu/r2": 1, "polres/boat": 1,
        ])
    }

    /// Total 14 (samapta 8 + binmas 6): deployable 9. The doctrine minimum (default: the full
    /// pattern for rawan, sangat rawan and khusus, 2 : 80 for kurang rawan) needs one group of each
    /// category, 8 police, before the Polres reserve: the Polres keeps 9 - 8 = 1.
    @Test func aForceTooSmallKeepsTheMinimumBeforeThePolresReserve() throws {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 8
        #expect(scenario.force.deployablePersonnel == 9)
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.guardGroups.map(\.id) == ["sangat_rawan-1", "khusus-1", "rawan-1", "kurang_rawan-1"])
        #expect(plan.reserves(scenario) == ["polres": 1, "kpu": 0, "polsek-hilir": 0, "polsek-hulu": 0, "ppk-hilir": 0, "ppk-hulu": 0])
        #expect(plan.deployedPersonnel == 9)
        #expect(PlanCheck.violations(plan, scenario: scenario).isEmpty)
    }

    /// The same force with no kurang rawan minimum: the minimum is 6 (sangat rawan 2, khusus 2,
    /// rawan 2), the Polres keeps min(4, 9 - 6) = 3, guards get 6: sangat rawan, khusus and rawan
    /// fit, kurang rawan does not. Four TPS stay unguarded.
    @Test func aForceTooSmallGuardsTheMostVulnerableFirst() throws {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 8
        scenario.security.minimum[.kurangRawan] = .init(police: 0, tps: 1)
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.guardGroups.map(\.id) == ["sangat_rawan-1", "khusus-1", "rawan-1"])
        #expect(plan.reserves(scenario) == ["polres": 3, "kpu": 0, "polsek-hilir": 0, "polsek-hulu": 0, "ppk-hilir": 0, "ppk-hulu": 0])
        let summary = PlanSummary(plan, scenario: scenario)
        #expect(summary.coverage.map(\.unguarded) == [4, 0, 0, 0])  // kurang rawan, rawan, sangat rawan, khusus
        #expect(summary.doctrineNeed - summary.guardPolice == 2)
    }

    /// Deployable 6 is below the minimum of 8: doctrine cannot keep it and says so.
    @Test func aForceBelowTheMinimumIsInfeasible() throws {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 3
        #expect(scenario.force.deployablePersonnel == 6)
        #expect(throws: PlanningError(.infeasible, strategy: "doctrine", reason: "the doctrine minimum needs 8 police in pattern groups, "
                                      + "the deployable force is 6: short by 2 police")) {
            try DoctrineStrategy().plan(scenario)
        }
    }

    /// Kurang rawan at 2:1 makes four one-TPS groups in proximity order: tps-2 (Sukamaju, lat
    /// -1.815), tps-1 (-1.811), tps-4 (Tanjung), tps-5 (Hulu). Deployable 14 (total 21), Polres 4:
    /// 10 for guards, 6 for sangat rawan, khusus and rawan, 4 left: two groups, shared among the
    /// Polsek by their kurang rawan groups (Hilir 3, Hulu 1: quotas 1.5 and 0.5, the tie to the
    /// earlier post), so Hilir guards its two nearest: tps-1 (0.25 km) and tps-2 (1.05 km); tps-4
    /// (2.8 km) and tps-5 stay unguarded. Ids keep their proximity sequence (1 and 2).
    @Test func withinACategoryTheGroupsNearestTheirPolsekComeFirst() throws {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 15
        scenario.security.ratios[.kurangRawan] = .init(police: 2, tps: 1)
        #expect(scenario.force.deployablePersonnel == 14)
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.guardGroups.map(\.id) == ["sangat_rawan-1", "khusus-1", "rawan-1", "kurang_rawan-1", "kurang_rawan-2"])
        let ids = plan.guardIds(scenario)
        #expect(ids["tps-1"] == "kurang_rawan-2")
        #expect(ids["tps-2"] == "kurang_rawan-1")
        #expect(ids["tps-5"] == .some(nil))
        #expect(ids["tps-4"] == .some(nil))
        #expect(plan.reserves(scenario)["polres"] == 4)
        #expect(plan.deployedPersonnel == 14)
    }

    @Test func aCategoryWithNoPoliceInItsPatternIsNotGuarded() throws {
        var scenario = try Fixture.tiny()
        scenario.security.ratios[.kurangRawan] = .init(police: 0, tps: 10)
        let plan = try DoctrineStrategy().plan(scenario)
        #expect(plan.guardGroups.map(\.id) == ["sangat_rawan-1", "khusus-1", "rawan-1"])
        #expect(plan.deployedPersonnel == 12)
        #expect(plan.reserves(scenario)["polres"] == 4)
    }
}

@Suite("Strategy catalog and apportionment")
struct CatalogTests {
    @Test func theStandardCatalogKnowsEveryStrategy() {
        let catalog = StrategyCatalog.standard
        #expect(catalog.names == ["doctrine", "proportional", "optimized", "robust"])
        #expect(catalog.strategy(named: "doctrine")?.name == "doctrine")
        #expect(catalog.strategy(named: "Doctrine") == nil)
        #expect(!(catalog.strategy(named: "doctrine")?.abstract.isEmpty ?? true))
    }

    @Test func registeringReplacesByName() {
        struct Nothing: Strategy {
            var name: String { "doctrine" }
            func plan(_ scenario: Scenario) throws(PlanningError) -> DeploymentPlan {
                throw PlanningError(.unsupportedScenario, strategy: name, reason: "test")
            }
        }
        var catalog = StrategyCatalog.standard
        catalog.register(Nothing())
        #expect(catalog.names == ["doctrine", "proportional", "optimized", "robust"])
        #expect(catalog.strategy(named: "doctrine") is Nothing)
    }

    @Test func largestRemainderSumsAndBreaksTiesByIndex() {
        #expect(Apportionment.largestRemainder(8, weights: [6, 14]) == [2, 6])
        #expect(Apportionment.largestRemainder(3, weights: [4, 2, 6]) == [1, 1, 1])
        #expect(Apportionment.largestRemainder(2, weights: [1, 1, 1]) == [1, 1, 0])
        #expect(Apportionment.largestRemainder(5, weights: [0, 3, 0]) == [0, 5, 0])
        #expect(Apportionment.largestRemainder(0, weights: [1, 2]) == [0, 0])
        #expect(Apportionment.largestRemainder(4, weights: [0, 0]) == nil)
        for total in 0..<50 {
            let parts = Apportionment.largestRemainder(total, weights: [0.1, 2.7, 3.3, 0, 9.9])!
            #expect(parts.reduce(0, +) == total)
            #expect(parts[3] == 0)
        }
    }
}
