import Testing
@testable import Operations
@testable import Scenario

/// The dispatch model reduced to textbook queues: one post with c reserves, TPS at the post (no
/// travel), no dispatch delay, one responder per incident, exponential time on scene, Poisson
/// arrivals. Then a reserve is a server, and the wait for dispatch is the M/M/c queueing delay.
@Suite("Queueing theory")
struct QueueingTheoryTests {
    static let meanServiceMinutes = 30.0
    static let days = 20.0
    static let replications = 30
    /// The seed is fixed, so these tests are deterministic. A 95% interval misses the truth for
    /// about one seed in 20 per interval even when the model is right (seed 2024 misses the
    /// utilisation and Little's-law intervals by 2.3 standard errors); 400 replications agree with
    /// theory to 0.1% (arrivals / λT = 1.0001, utilisation 0.7001, L = 2.7452 against 2.7451).
    static let seed: UInt64 = 1

    /// An M/M/c system with utilisation `rho`: `λ = rho · c · μ` spread over 10 TPS.
    static func model(servers c: Int, utilisation rho: Double) throws -> OperationsModel {
        let mu = 1 / meanServiceMinutes, lambda = rho * Double(c) * mu
        let tpsCount = 10
        let type = Fixture.incidentType(timeOnScene: .exponential(meanMinutes: meanServiceMinutes),
                                        ratePerSiteDay: lambda * 1_440 / Double(tpsCount))
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(tpsCount), days: days, type: type)
        var options = SimulationOptions()
        options.recordHourly = false
        options.recordIncidents = false
        return try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: c), contingencies: [], options: options)
    }

    static func runs(_ model: OperationsModel) -> [ReplicationResult] {
        (0..<replications).map { model.run(replication: $0, seed: seed) }
    }

    /// The M/M/2 runs at utilisation 0.7, shared by the tests that look at them.
    static let twoServers: [ReplicationResult] = runs(try! model(servers: 2, utilisation: 0.7))

    static func runs(servers c: Int, utilisation rho: Double) throws -> [ReplicationResult] {
        c == 2 && rho == 0.7 ? twoServers : runs(try model(servers: c, utilisation: rho))
    }

    @Test("M/M/c mean wait matches Erlang C", arguments: [(1, 0.5), (2, 0.7), (5, 0.8)])
    func erlangCWait(servers c: Int, utilisation rho: Double) throws {
        let mu = 1 / Self.meanServiceMinutes, lambda = rho * Double(c) * mu
        let expected = erlangC(servers: c, offeredLoad: lambda / mu) / (Double(c) * mu - lambda)
        let waits = Sample(values: try Self.runs(servers: c, utilisation: rho).map {
            Fixture.kpi($0, "dispatch_wait_mean_minutes")
        })
        #expect(waits.interval95.contains(expected), "Wq = \(expected) for c = \(c), rho = \(rho); simulated \(waits)")
        // The interval is informative: narrower than a fifth of the value it brackets.
        #expect(waits.interval95.upperBound - waits.interval95.lowerBound < 0.2 * expected)
    }

    @Test("Little's law: mean open incidents = arrival rate × mean time in system")
    func littlesLaw() throws {
        let c = 2, rho = 0.7
        let mu = 1 / Self.meanServiceMinutes, lambda = rho * Double(c) * mu
        let results = try Self.runs(servers: c, utilisation: rho)
        let gaps = Sample(values: results.map {
            Fixture.kpi($0, "active_incidents_mean") - lambda * Fixture.kpi($0, "time_in_system_mean_minutes")
        })
        #expect(gaps.interval95.contains(0), "L - λW: \(gaps)")
        // And L itself agrees with queueing theory: L = λ (Wq + 1/μ).
        let theory = lambda * (erlangC(servers: c, offeredLoad: lambda / mu) / (Double(c) * mu - lambda) + 1 / mu)
        let open = Sample(values: results.map { Fixture.kpi($0, "active_incidents_mean") })
        #expect(open.interval95.contains(theory), "L = \(theory); simulated \(open)")
    }

    @Test("Reserve utilisation is the offered load per server")
    func utilisation() throws {
        let results = Self.twoServers
        let busy = Sample(values: results.map { Fixture.kpi($0, "reserve_utilization") })
        #expect(busy.interval95.contains(0.7), "utilisation \(busy)")
    }
}
