import Foundation
import Optimization
import Testing
@testable import Planning
import Scenario

/// The exported program is the program solved (it reads back equal and re-solves to the same
/// objective), and the same scenario and seed give the same plan, byte for byte.
@Suite("Export and determinism", .serialized)
struct ExportAndDeterminismTests {
    @Test(arguments: ["tiny", "ketapang"])
    func theExportedProgramReadsBackAndSolvesAlike(_ name: String) throws {
        let scenario = try Fixture.scenario(named: name)
        let outcome = try DeploymentPlanner(options: Fixture.fastOptions, strategy: "optimized").solve(scenario)
        let program = outcome.model.program
        let file = try MPSReader.parse(try MPSWriter.text(program))
        #expect(file.problem == program)
        let again = solve(file.problem)
        #expect(again.status == .optimal)
        #expect(abs(again.objective - outcome.lpObjective) <= 1e-9 * max(1, abs(outcome.lpObjective)))
        #expect(throws: Never.self) { try outcome.model.structure.validate(program) }
    }

    @Test(arguments: ["tiny", "ketapang"])
    func theSameSeedGivesTheSamePlanBytes(_ name: String) throws {
        let scenario = try Fixture.scenario(named: name)
        for strategy in Fixture.strategies {
            let first = try strategy.plan(scenario), second = try strategy.plan(try Fixture.scenario(named: name))
            #expect(first.files(for: scenario) == second.files(for: scenario), "\(strategy.name)")
            #expect(PlanReport.budgetCSV(first, scenario: scenario) == PlanReport.budgetCSV(second, scenario: scenario))
        }
    }

    @Test func anotherSeedSamplesOtherPeakHours() throws {
        let scenario = try Fixture.tiny()
        let zones = DeploymentZone.zones(of: scenario)
        let a = try DemandSampler.sample(scenario, zones: zones, count: 8, seed: 1)
        let b = try DemandSampler.sample(scenario, zones: zones, count: 8, seed: 1)
        let c = try DemandSampler.sample(scenario, zones: zones, count: 8, seed: 2)
        #expect(a == b)
        #expect(a != c)
        #expect(a.allSatisfy { $0.replication >= DemandSampler.replicationOffset })
    }

    /// tiny's desa zones: Hilir's Sukamaju holds two kurang rawan and one rawan road TPS, Tanjung
    /// one river TPS; Hulu's Nanga a road and a remote TPS, Riam a river rawan and a khusus TPS.
    @Test func tinyHasSevenDesaZonesAndEightTPSZones() throws {
        var scenario = try Fixture.tiny()
        let zones = DeploymentZone.zones(of: scenario)
        #expect(zones.map(\.label) == [
            "polsek-hilir/Sukamaju/kurang_rawan/road", "polsek-hilir/Sukamaju/rawan/road", "polsek-hilir/Tanjung/kurang_rawan/river",
            "polsek-hulu/Nanga/kurang_rawan/road", "polsek-hulu/Nanga/sangat_rawan/remote", "polsek-hulu/Riam/rawan/river",
            "polsek-hulu/Riam/khusus/road",
        ])
        #expect(zones[0].tps == [1, 0])
        scenario.planning.zone = .tps
        #expect(DeploymentZone.zones(of: scenario).map(\.label) == scenario.tps.ids)
    }
}
