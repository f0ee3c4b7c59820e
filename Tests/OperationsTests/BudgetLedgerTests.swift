import Testing
@testable import Operations
@testable import Scenario

/// The ledger on cases worked out by hand.
@Suite("Budget ledger")
struct BudgetLedgerTests {
    /// A campaign day then two voting days with TPS duty at Rp 200,000 a day; 3 TPS, two of them
    /// guarded by a group of 2 each; 10 reserves and 2 patrols at the Polsek; no incidents.
    static func quietOperation(totalRupiah: Int) throws -> ReplicationResult {
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(3))
        scenario.timeline.phases = [
            .init(id: "campaign", kind: .campaign, startMinute: 0, endMinute: 1_440, incidentIntensity: 1,
                  guardDuties: [], allowancePerPersonDayRupiah: nil),
            .init(id: "voting", kind: .voting, startMinute: 1_440, endMinute: 4_320, incidentIntensity: 1,
                  guardDuties: [.tps], allowancePerPersonDayRupiah: 200_000),
        ]
        scenario.budget.totalRupiah = totalRupiah
        var plan = Fixture.plan(scenario, reserve: 10, patrol: 2)
        plan.guardGroups = [.init(id: "a", police: 2), .init(id: "b", police: 2)]
        plan.tpsGuardGroup = [0, 1, -1]
        let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: [], options: SimulationOptions())
        return model.run(replication: 0, seed: 5)
    }

    @Test("Allowance: patrols only in the campaign, guards and the whole pool while voting")
    func allowance() throws {
        let result = try Self.quietOperation(totalRupiah: 100_000_000)
        // Campaign: 2 patrols × 1 day × 171,000. Voting: (4 guards + 12) × 2 days × 200,000.
        #expect(Fixture.kpi(result, "spend_allowance_rupiah") == 342_000 + 6_400_000)
        #expect(Fixture.kpi(result, "spend_total_rupiah") == 6_742_000)
        #expect(Fixture.kpi(result, "overrun") == 0 && Fixture.kpi(result, "overrun_minute").isNaN)
        // The scenario allocates 1,000,000,000 to allowance and nothing else: no line is over.
        #expect(Fixture.kpi(result, "lines_over_allocation") == 0)
        // Hourly cumulative spend: 72 samples, the one at 36:00 is 342,000 + 16 · 200,000 / 2.
        #expect(result.hourly.spendRupiah.count == 72)
        #expect(result.hourly.spendRupiah[36] == 342_000 + 1_600_000)
    }

    @Test("Overrun: the minute the total crosses the budget")
    func overrun() throws {
        // 342,000 by the end of the campaign, then 16 · 200,000 a day: Rp 3,542,000 is reached
        // one voting day later, at minute 2,880.
        let result = try Self.quietOperation(totalRupiah: 3_542_000)
        #expect(Fixture.kpi(result, "overrun") == 1)
        #expect(abs(Fixture.kpi(result, "overrun_minute") - 2_880) < 1e-6)
    }

    @Test("Person-hours by phase, fatigue and uncovered TPS-hours")
    func duty() throws {
        let result = try Self.quietOperation(totalRupiah: 100_000_000)
        // One shift a day: the pool of 12 on duty around the clock; guards only while voting.
        #expect(result.personnelHoursByPhase == [12 * 24, 16 * 48])
        // Guards: 48 h of duty in 24 h shifts, 12 h beyond the maximum each: 2 × 12 × 4 guards.
        // Reserves: 24 h shifts, 12 h beyond the maximum, 12 people, 3 days; and no rest between
        // them: 8 h short of rest_hours at each of the 2 changes, 12 people (RestTests).
        #expect(Fixture.kpi(result, "fatigue_hours") == 96 + 432 + 192)
        // The third TPS is unguarded through 48 hours of TPS duty.
        #expect(Fixture.kpi(result, "tps_hours_uncovered") == 48)
    }

    @Test("Fuel: a round trip of road distance at the car's litres per km and the fuel price")
    func fuel() throws {
        var scenario = Fixture.scenario(tpsOffsetsKm: [(east: 4, north: 3)],
                                        type: Fixture.incidentType(responders: 2, timeOnScene: .fixed(minutes: 60)))
        scenario.budget.lines = [.init(kind: .allowance, rupiah: 1_000_000_000)]
        var options = SimulationOptions()
        options.scriptedIncidents = [ScriptedIncident(type: 0, site: 0, minute: 100)]
        let model = try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: 2),
                                        contingencies: [], options: options)
        let result = model.run(replication: 0, seed: 5)
        let site = scenario.tps
        let km = Geography.haversineKm(Fixture.latitude, Fixture.longitude, site.latitude[0], site.longitude[0]) * 1.3
        // One car (2 responders, 5 seats), there and back, 0.1 L/km at Rp 10,000; 60 km/h. (Road
        // distances are stored in single precision: agreement to 1e-6 relative.)
        let fuel = 2 * km * 0.1 * 10_000
        #expect(abs(Fixture.kpi(result, "spend_fuel_rupiah") - fuel) < 1e-6 * fuel)
        #expect(abs(result.incidents[0].firstArrivalMinute - (100 + km)) < 1e-6 * km)
        // The fuel line has no allocation, so it is over.
        #expect(Fixture.kpi(result, "lines_over_allocation") == 1)
        let lines = ["allowance", "fuel", "maintenance", "bko", "contingency"].map { Fixture.kpi(result, "spend_\($0)_rupiah") }
        #expect(abs(lines.reduce(0, +) - Fixture.kpi(result, "spend_total_rupiah")) < 1e-6)
    }
}
