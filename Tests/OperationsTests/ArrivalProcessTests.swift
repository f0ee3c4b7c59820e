import Testing
@testable import Operations
@testable import Scenario

/// The non-homogeneous Poisson arrivals against their intensity: phase intensity and factors,
/// the hourly profile, risk weights, and surges.
@Suite("Arrival process")
struct ArrivalProcessTests {
    /// 10 TPS: 5 kurang rawan with risk 0.5 (weight 1 each), 5 rawan with risk 0.3 (weight
    /// 3 × 0.8 = 2.4 each), W = 17. A quiet day (intensity 1) then a voting day (intensity 3,
    /// voting factor 2). Nights (00-12) at 0.5, days (12-24) at 1.5.
    static func scenario(rate: Double) -> Scenario {
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(10), days: 2,
                                        type: Fixture.incidentType(timeOnScene: .fixed(minutes: 1), ratePerSiteDay: rate))
        for t in 5..<10 {
            scenario.tps.category[t] = .rawan
            scenario.tps.risk[t] = 0.3
        }
        scenario.incidents.types[0].phaseFactors = ["voting": 2]
        scenario.incidents.hourlyProfile = Array(repeating: 0.5, count: 12) + Array(repeating: 1.5, count: 12)
        scenario.timeline.phases = [
            .init(id: "quiet", kind: .quiet, startMinute: 0, endMinute: 1_440, incidentIntensity: 1,
                  guardDuties: [], allowancePerPersonDayRupiah: nil),
            .init(id: "vote", kind: .voting, startMinute: 1_440, endMinute: 2_880, incidentIntensity: 3,
                  guardDuties: [], allowancePerPersonDayRupiah: nil),
        ]
        return scenario
    }

    static func results(_ scenario: Scenario, contingencies: [Contingency] = [], count: Int = 30) throws -> [ReplicationResult] {
        let model = try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: 20),
                                        contingencies: contingencies, options: SimulationOptions())
        return (0..<count).map { model.run(replication: $0, seed: 17) }
    }

    @Test("Counts, sites and hours follow rate × intensity × factor × profile × weight")
    func intensity() throws {
        let rate = 2.0
        let results = try Self.results(Self.scenario(rate: rate))
        // Λ = rate · W · (1 · 1 + 3 · 2) days = 2 · 17 · 7.
        let counts = Sample(values: results.map { Double($0.incidents.count) })
        #expect(counts.interval95.contains(rate * 17 * 7), "Λ = 238; \(counts)")
        let all = results.flatMap(\.incidents)
        let n = Double(all.count)
        // Share at rawan TPS: 12 / 17; share by day (12-24): 0.75; share on the voting day: 6 / 7.
        for (observed, expected) in [
            (Double(all.filter { $0.site >= 5 }.count) / n, 12.0 / 17),
            (Double(all.filter { $0.occurredMinute.truncatingRemainder(dividingBy: 1_440) >= 720 }.count) / n, 0.75),
            (Double(all.filter { $0.occurredMinute >= 1_440 }.count) / n, 6.0 / 7),
        ] {
            let halfWidth = 1.96 * (expected * (1 - expected) / n).squareRoot()
            #expect(abs(observed - expected) < halfWidth, "share \(observed), expected \(expected) ± \(halfWidth)")
        }
    }

    @Test("A hoax surge multiplies the rate in its window")
    func surge() throws {
        let rate = 2.0
        var surge = Contingency(id: "hoax", kind: .hoaxSurge, probability: 1, startMinute: 1_440, endMinute: 2_160, kecamatan: ["Hilir"])
        surge.rateMultiplier = 3
        let results = try Self.results(Self.scenario(rate: rate), contingencies: [surge])
        // The surge doubles the excess over the voting morning: + 2 · rate · W · 3 · 2 · (12 h · 0.5 / 24 h).
        let expected = rate * 17 * 7 + 2 * rate * 17 * 6 * 0.25
        let counts = Sample(values: results.map { Double($0.incidents.count) })
        #expect(counts.interval95.contains(expected), "expected \(expected); \(counts)")
        let morning = results.flatMap(\.incidents).filter { (1_440..<2_160).contains($0.occurredMinute) }.count
        #expect(Double(morning) / Double(results.count) > 2.5 * rate * 17 * 6 * 0.25)
    }
}
