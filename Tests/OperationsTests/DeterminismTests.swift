import Testing
@testable import Operations
@testable import Scenario

/// Same inputs, same bits; different replications, different outcomes; different plans, the
/// same incidents.
@Suite("Determinism and common random numbers")
struct DeterminismTests {
    /// KPIs compared bit for bit (NaN == NaN), incident logs and hourly series field by field.
    static func isIdentical(_ a: ReplicationResult, _ b: ReplicationResult) -> Bool {
        a.kpis.map(\.bitPattern) == b.kpis.map(\.bitPattern)
            && a.incidents.count == b.incidents.count
            && zip(a.incidents, b.incidents).allSatisfy { x, y in
                x.type == y.type && x.site == y.site && x.occurredMinute.bitPattern == y.occurredMinute.bitPattern
                    && x.firstArrivalMinute.bitPattern == y.firstArrivalMinute.bitPattern
                    && x.resolvedMinute.bitPattern == y.resolvedMinute.bitPattern
                    && x.finalSeverity == y.finalSeverity && x.respondersMax == y.respondersMax
            }
            && a.hourly == b.hourly
            && a.personnelHoursByPhase == b.personnelHoursByPhase
            && a.responses == b.responses
    }

    @Test("The same replication twice gives identical results; other replications differ")
    func sameSeedSameResult() throws {
        let scenario = try Fixture.ketapang()
        let model = try OperationsModel(scenario: scenario, plan: TestPlans.guardsAndPolsekReserves(scenario),
                                        contingencies: scenario.contingencies, options: SimulationOptions())
        let first = model.run(replication: 3, seed: scenario.seed)
        let second = model.run(replication: 3, seed: scenario.seed)
        #expect(Self.isIdentical(first, second))
        let other = model.run(replication: 4, seed: scenario.seed)
        #expect(!Self.isIdentical(first, other))
        #expect(first.incidents.map(\.occurredMinute) != other.incidents.map(\.occurredMinute))
    }

    @Test("Results do not depend on the thread that runs them")
    func threadIndependence() async throws {
        let scenario = try Fixture.ketapang()
        let model = try OperationsModel(scenario: scenario, plan: TestPlans.guardsAndPolsekReserves(scenario),
                                        contingencies: scenario.contingencies, options: SimulationOptions())
        let sequential = (0..<4).map { model.run(replication: $0, seed: 99) }
        let concurrent = await withTaskGroup(of: (Int, ReplicationResult).self) { group in
            for r in (0..<4).reversed() { group.addTask { (r, model.run(replication: r, seed: 99)) } }
            var results: [(Int, ReplicationResult)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        #expect(zip(sequential, concurrent).allSatisfy { Self.isIdentical($0, $1) })
    }

    @Test("Two plans see the same incidents (type, site, time), with contagion off and on", arguments: [false, true])
    func commonRandomNumbers(contagion: Bool) throws {
        var scenario = try Fixture.ketapang()
        scenario.incidents.contagion.isEnabled = contagion
        let plans = [TestPlans.allAtHeadquarters(scenario), TestPlans.guardsAndPolsekReserves(scenario)]
        let models = try plans.map {
            try OperationsModel(scenario: scenario, plan: $0, contingencies: scenario.contingencies, options: SimulationOptions())
        }
        for replication in 0..<3 {
            let results = models.map { $0.run(replication: replication, seed: scenario.seed) }
            let logs = results.map { $0.incidents.map { "\($0.type) \($0.siteIsPost) \($0.site) \($0.occurredMinute.bitPattern)" } }
            #expect(!logs[0].isEmpty)
            #expect(logs[0] == logs[1])
            #expect(results[0].incidents.contains(where: \.isContagion) == contagion)
            // The plans do differ in what happens to those incidents.
            #expect(results[0].kpis.map(\.bitPattern) != results[1].kpis.map(\.bitPattern))
        }
    }

    @Test("Incidents drawn once and run under another plan give that plan's own results")
    func sharedIncidentDraws() throws {
        let scenario = try Fixture.ketapang()
        let contingencies = scenario.contingencies.map { contingency -> Contingency in
            var always = contingency
            always.probability = 1
            return always
        }
        let plans = [TestPlans.allAtHeadquarters(scenario), TestPlans.guardsAndPolsekReserves(scenario)]
        let models = try plans.map {
            try OperationsModel(scenario: scenario, plan: $0, contingencies: contingencies, options: SimulationOptions())
        }
        for replication in 0..<3 {
            let incidents = models[0].drawIncidents(replication: replication, seed: 17)
            for model in models {
                #expect(Self.isIdentical(model.run(replication: replication, seed: 17, incidents: incidents),
                                         model.run(replication: replication, seed: 17)))
            }
        }
    }
}
