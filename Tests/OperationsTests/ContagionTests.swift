import Testing
@testable import Operations
@testable import Scenario

/// The Hawkes contagion process against its branching-process mean.
@Suite("Contagion")
struct ContagionTests {
    /// 100 TPS on a 10 × 10 grid 1 km apart; 20 days; contagion with the given branching ratio.
    static func model(branchingRatio eta: Double, isEnabled: Bool = true) throws -> (OperationsModel, Double) {
        let offsets = (0..<100).map { (east: Double($0 % 10), north: Double($0 / 10)) }
        let rate = 0.5
        var scenario = Fixture.scenario(tpsOffsetsKm: offsets, days: 20,
                                        type: Fixture.incidentType(timeOnScene: .fixed(minutes: 10), ratePerSiteDay: rate))
        scenario.incidents.contagion = Contagion(isEnabled: isEnabled, branchingRatio: eta, decayHours: 1, rangeKm: 2)
        var options = SimulationOptions()
        options.recordHourly = false
        let model = try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: 50), contingencies: [],
                                        options: options)
        // Base count: rate per TPS-day × 100 TPS × 20 days (every weight is 1 · (0.5 + 0.5)).
        return (model, rate * 100 * 20)
    }

    @Test("Mean count is the base count over 1 - eta", arguments: [0.3, 0.6])
    func clusterMean(eta: Double) throws {
        let (model, base) = try Self.model(branchingRatio: eta)
        let results = (0..<30).map { model.run(replication: $0, seed: 11) }
        let counts = Sample(values: results.map { Fixture.kpi($0, "incidents") })
        let expected = base / (1 - eta)
        #expect(counts.interval95.contains(expected), "E[N] = \(expected); simulated \(counts)")
        let offspring = Sample(values: results.map { Fixture.kpi($0, "incidents_contagion") })
        #expect(offspring.interval95.contains(expected - base), "offspring \(offspring)")
    }

    @Test("Offspring follow their parents in time and stay near them")
    func offspringAreNearby() throws {
        let (model, _) = try Self.model(branchingRatio: 0.5)
        let result = model.run(replication: 0, seed: 3)
        let children = result.incidents.filter(\.isContagion)
        #expect(!children.isEmpty)
        // Every offspring site is a TPS of the grid (snapped), never a post.
        #expect(children.allSatisfy { !$0.siteIsPost && $0.site >= 0 && $0.site < 100 })
    }

    @Test("Contagion off gives the base process only")
    func off() throws {
        let (model, base) = try Self.model(branchingRatio: 0.5, isEnabled: false)
        let results = (0..<30).map { model.run(replication: $0, seed: 11) }
        let counts = Sample(values: results.map { Fixture.kpi($0, "incidents") })
        #expect(counts.interval95.contains(base), "E[N] = \(base); simulated \(counts)")
        #expect(results.allSatisfy { Fixture.kpi($0, "incidents_contagion") == 0 })
    }
}
