import Testing
@testable import Planning
import Scenario

/// Inputs no plan can meet: each strategy refuses with `.infeasible`, and the optimized model's
/// message names the conflicting rows and the shortfall read off the Farkas certificate.
///
/// tiny's doctrine minimum is 8 police (kurang rawan ceil(4/80)·2 = 2, rawan 2, sangat rawan 2,
/// khusus 2). A guard draws the allowance on 4 days (quiet 31 h, voting 6 h, counting 11 h, and
/// 2 days of recapitulation, whose 60 detachment guards exceed any guard force): 4 × Rp 171,000
/// = Rp 684,000, so the minimum costs Rp 5,472,000.
@Suite("Infeasible inputs")
struct InfeasibleInputTests {
    /// samapta 3 + binmas 6 = 9 personnel: deployable 6, two short of the minimum.
    static func smallForce() throws -> Scenario {
        var scenario = try Fixture.tiny()
        scenario.force.units[0].personnel = 3
        return scenario
    }

    /// An allowance line of Rp 5,000,000: Rp 472,000 short of the minimum's Rp 5,472,000.
    static func smallBudget() throws -> Scenario {
        var scenario = try Fixture.tiny()
        scenario.budget.lines = [.init(kind: .allowance, rupiah: 5_000_000), .init(kind: .fuel, rupiah: 10_000_000),
                                 .init(kind: .maintenance, rupiah: 5_000_000)]
        return scenario
    }

    @Test func aForceBelowTheMinimumNamesTheMinimumAndTheForce() throws {
        let scenario = try Self.smallForce()
        #expect(scenario.force.deployablePersonnel == 6)
        let error = try #require(throws: PlanningError.self) { try OptimizedStrategy(options: Fixture.fastOptions).plan(scenario) }
        #expect(error.kind == .infeasible)
        #expect(error.reason == "no plan meets these constraints together: the doctrine minimum needs 8 police "
                + "(kurang rawan 2, rawan 2, sangat rawan 2, khusus 2); the deployable force is 6: short by 2 police", "\(error)")
        for strategy in Fixture.strategies {
            #expect(throws: PlanningError.self, "\(strategy.name)") { try strategy.plan(scenario) }
        }
    }

    @Test func aBudgetTooSmallNamesTheMinimumAndTheLine() throws {
        let scenario = try Self.smallBudget()
        let error = try #require(throws: PlanningError.self) { try OptimizedStrategy(options: Fixture.fastOptions).plan(scenario) }
        #expect(error.kind == .infeasible)
        #expect(error.reason.hasPrefix("no plan meets these constraints together: the doctrine minimum needs 8 police"), "\(error)")
        #expect(error.reason.contains("the allowance budget is Rp 5,000,000"), "\(error)")
        #expect(error.reason.contains("short by Rp 472,000 (each guard costs Rp 684,000)"), "\(error)")
        #expect(!error.reason.contains("deployable force"), "\(error)")
        for strategy in Fixture.strategies {
            let failure = try #require(throws: PlanningError.self, "\(strategy.name)") { try strategy.plan(scenario) }
            #expect(failure.kind == .infeasible)
            #expect(failure.reason.contains("472,000"), "\(failure)")
        }
    }

    /// The expected fuel is fixed by the incidents, not by the plan: a fuel line below it is
    /// reported before any solve.
    @Test func aFuelLineBelowTheExpectedFuelIsReported() throws {
        var scenario = try Fixture.tiny()
        scenario.budget.lines = [.init(kind: .fuel, rupiah: 1)]
        let error = try #require(throws: PlanningError.self) { try OptimizedStrategy(options: Fixture.fastOptions).plan(scenario) }
        #expect(error.reason.hasPrefix("the expected fuel of the operation, Rp "), "\(error)")
        #expect(error.reason.contains("exceeds the fuel line, Rp 1: short by Rp "), "\(error)")
    }
}
