import Foundation
import Testing
import Operations
import Planning
@testable import Reports
import Scenario

/// `siaga compare`'s premise: replication i of every strategy sees the same random incidents, so
/// two identical plans give identical replications and a paired difference of exactly zero.
@Suite struct CommonRandomNumbersTests {
    static let tiny = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scenarios/tiny/scenario.yaml").standardized.path

    @Test func identicalPlansGiveIdenticalReplicationsAndZeroDifference() throws {
        let scenario = try Scenario.load(path: Self.tiny)
        let plan = try DoctrineStrategy().plan(scenario)
        var copy = plan
        copy.strategy = "doctrine-copy"
        var options = SimulationOptions()
        options.recordIncidents = false
        let models = try [plan, copy].map {
            try OperationsModel(scenario: scenario, plan: $0, contingencies: scenario.contingencies, options: options)
        }
        var cube = ComparisonCube(cases: ["base"], strategies: ["doctrine", "doctrine-copy"], kpis: KPI.all)
        for (s, model) in models.enumerated() {
            ReplicationRunner.run(count: 40, threads: s + 1, work: { model.run(replication: $0, seed: 7) }) { cube.add(case: 0, strategy: s, $0) }
        }
        #expect(cube.replications == 40)
        for k in KPI.all.indices {
            let a = cube.values[0][0][k], b = cube.values[0][1][k]
            #expect(a.map(\.bitPattern) == b.map(\.bitPattern), "\(KPI.all[k].name) differs")
            let d = PairedComparison.difference(a, b)
            if d.count > 1 { #expect(d.mean == 0 && d.low == 0 && d.high == 0) }
        }
        // Every strategy is in the best subset when they are identical.
        let k = try #require(cube.kpiIndex("response_mean_minutes"))
        #expect(PairedComparison.subset([cube.values[0][0][k], cube.values[0][1][k]], direction: .lowerIsBetter) == [true, true])
    }

    @Test func aWorsePlanIsRankedBelowUnderTheSameIncidents() throws {
        let scenario = try Scenario.load(path: Self.tiny)
        let good = try DoctrineStrategy().plan(scenario)
        var bad = good
        bad.strategy = "no-guards"
        bad.guardGroups = []
        bad.tpsGuardGroup = bad.tpsGuardGroup.map { _ in -1 }
        var options = SimulationOptions()
        options.recordIncidents = false
        var cube = ComparisonCube(cases: ["base"], strategies: ["doctrine", "no-guards"], kpis: KPI.all)
        for (s, plan) in [good, bad].enumerated() {
            let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: [], options: options)
            ReplicationRunner.run(count: 60, threads: 2, work: { model.run(replication: $0, seed: 11) }) { cube.add(case: 0, strategy: s, $0) }
        }
        // The same incidents in both: equal incident counts replication by replication.
        let incidents = try #require(cube.kpiIndex("incidents"))
        #expect(cube.values[0][0][incidents] == cube.values[0][1][incidents])
        // Without guards every TPS-hour of guard duty is uncovered.
        let k = try #require(cube.kpiIndex("tps_hours_uncovered"))
        let d = PairedComparison.difference(cube.values[0][1][k], cube.values[0][0][k])
        #expect(d.low > 0, "no-guards minus doctrine: \(d.mean) [\(d.low), \(d.high)]")
        let ranking = String(decoding: ComparisonTables(cube).rankingCSV(), as: UTF8.self)
        #expect(ranking.contains("base,tps_hours_uncovered,lower,doctrine,1,"))
        #expect(ranking.contains("base,tps_hours_uncovered,lower,no-guards,2,"))
        let pairwise = String(decoding: ComparisonTables(cube).pairwiseCSV(), as: UTF8.self)
        #expect(pairwise.split(separator: "\n").contains { $0.hasPrefix("base,tps_hours_uncovered,TPS-hours,no-guards,doctrine,60,") && $0.hasSuffix(",doctrine") })
    }
}
