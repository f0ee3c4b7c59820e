import Testing
@testable import Operations
@testable import Scenario

/// TPS guards and the contingencies that act on dispatch, traced by hand.
@Suite("Guards and contingencies")
struct GuardsAndContingencyTests {
    static func run(_ scenario: Scenario, plan: DeploymentPlan, contingencies: [Contingency] = [],
                    scripted: [ScriptedIncident]) throws -> ReplicationResult {
        var options = SimulationOptions()
        options.generatesRandomIncidents = false
        options.scriptedIncidents = scripted
        return try OperationsModel(scenario: scenario, plan: plan, contingencies: contingencies, options: options)
            .run(replication: 0, seed: 9)
    }

    static func guardedScenario(_ offsets: [(east: Double, north: Double)]) -> Scenario {
        var scenario = Fixture.scenario(tpsOffsetsKm: offsets,
                                        type: Fixture.incidentType(responders: 2, timeOnScene: .fixed(minutes: 60)))
        scenario.timeline.phases[0].guardDuties = [.tps]
        return scenario
    }

    @Test("A group guarding one TPS is on scene at once, and nobody is dispatched")
    func guardOnTheSpot() throws {
        let scenario = Self.guardedScenario([(1, 0)])
        var plan = Fixture.plan(scenario, reserve: 4)
        plan.guardGroups = [.init(id: "g", police: 2)]
        plan.tpsGuardGroup = [0]
        let incident = try Self.run(scenario, plan: plan, scripted: [.init(type: 0, site: 0, minute: 100)]).incidents[0]
        #expect(incident.firstArrivalMinute == 100 && incident.fullStrengthMinute == 100)
        #expect(incident.dispatchMinute.isNaN && incident.resolvedMinute == 160)
    }

    @Test("A group of two TPS walks from its centroid; its other TPS is uncovered meanwhile")
    func guardFromCentroid() throws {
        let scenario = Self.guardedScenario([(1, 0), (3, 0)])
        var plan = Fixture.plan(scenario, reserve: 4)
        plan.guardGroups = [.init(id: "g", police: 2)]
        plan.tpsGuardGroup = [0, 0]
        let result = try Self.run(scenario, plan: plan, scripted: [.init(type: 0, site: 0, minute: 100)])
        let tps = scenario.tps
        let centroidKm = Geography.haversineKm((tps.latitude[0] + tps.latitude[1]) / 2, (tps.longitude[0] + tps.longitude[1]) / 2,
                                               tps.latitude[0], tps.longitude[0])
        let walk = Double(Float(centroidKm * 1.3 / 20 * 60))
        let incident = result.incidents[0]
        #expect(abs(incident.firstArrivalMinute - (100 + walk)) < 1e-9)
        #expect(abs(Fixture.kpi(result, "tps_hours_uncovered") - (walk + 60) / 60) < 1e-9)
        // About 3.9 minutes for 1 km at 20 km/h on a road factor of 1.3.
        #expect(abs(walk - 3.9) < 0.05)
    }

    @Test("A communication outage delays dispatch by its extra minutes")
    func commsOutage() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        var outage = Contingency(id: "radio-down", kind: .commsOutage, probability: 1, startMinute: 0, endMinute: 1_000, kecamatan: [])
        outage.dispatchDelayMinutes = 15
        let result = try Self.run(scenario, plan: Fixture.plan(scenario, reserve: 1), contingencies: [outage],
                                  scripted: [.init(type: 0, site: 0, minute: 100), .init(type: 0, site: 0, minute: 1_500)])
        #expect(result.incidents[0].dispatchMinute == 115)
        #expect(result.incidents[1].dispatchMinute == 1_500)
        #expect(Fixture.kpi(result, "contingencies_occurred") == 1)
    }

    @Test("A flood multiplies travel to its kecamatan; an unknown kecamatan is an error")
    func flood() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: [(3, 0)])
        var flood = Contingency(id: "banjir", kind: .flood, probability: 1, startMinute: 0, endMinute: 1_000, kecamatan: ["Hilir"])
        flood.travelTimeMultiplier = 2
        let plan = Fixture.plan(scenario, reserve: 1)
        let wet = try Self.run(scenario, plan: plan, contingencies: [flood], scripted: [.init(type: 0, site: 0, minute: 100)])
        let dry = try Self.run(scenario, plan: plan, scripted: [.init(type: 0, site: 0, minute: 100)])
        let wetMinutes = wet.incidents[0].firstArrivalMinute - 100, dryMinutes = dry.incidents[0].firstArrivalMinute - 100
        #expect(dryMinutes > 3 && abs(wetMinutes - 2 * dryMinutes) < 1e-9)
        flood.kecamatan = ["Atlantis"]
        #expect(throws: OperationsError.self) {
            try OperationsModel(scenario: scenario, plan: plan, contingencies: [flood], options: SimulationOptions())
        }
    }

    @Test("A failure wave breaks the only car; repairs are charged to maintenance")
    func failureWave() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        var wave = Contingency(id: "mogok", kind: .vehicleFailureWave, probability: 1, startMinute: 50, endMinute: 60, kecamatan: [])
        wave.vehicleFailureShare = 1
        let result = try Self.run(scenario, plan: Fixture.plan(scenario, reserve: 2, cars: 1), contingencies: [wave],
                                  scripted: [.init(type: 0, site: 0, minute: 100)])
        #expect(Fixture.kpi(result, "vehicle_failures") == 1)
        #expect(Fixture.kpi(result, "spend_maintenance_rupiah") == 1_500_000)
        let dispatch = result.incidents[0].dispatchMinute
        #expect(dispatch.isNaN || dispatch > 100)
    }

    @Test("A reinforcement answers from the HQ while it lasts, paid on the contingency line")
    func reinforcement() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        var reinforcement = Contingency(id: "brimob", kind: .reinforcement, probability: 1, startMinute: 100, endMinute: 200, kecamatan: [])
        reinforcement.personnel = 4
        let result = try Self.run(scenario, plan: Fixture.plan(scenario, reserve: 0, cars: 0, hqCars: 2),
                                  contingencies: [reinforcement],
                                  scripted: [.init(type: 0, site: 0, minute: 150), .init(type: 0, site: 0, minute: 300)])
        #expect(result.incidents[0].dispatchMinute == 150)
        #expect(result.incidents[1].firstArrivalMinute.isNaN)
        let expected: Double = 4 * 171_000 * 100 / 1_440
        #expect(Fixture.kpi(result, "spend_contingency_rupiah") == expected)
    }

    @Test("A contingency with probability 0 never happens; its draw does not depend on the plan")
    func occurrence() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        var never = Contingency(id: "never", kind: .commsOutage, probability: 0, startMinute: 0, endMinute: 1_000, kecamatan: [])
        never.dispatchDelayMinutes = 15
        var coin = Contingency(id: "coin", kind: .commsOutage, probability: 0.5, startMinute: 0, endMinute: 1_000, kecamatan: [])
        coin.dispatchDelayMinutes = 15
        let plans = [Fixture.plan(scenario, reserve: 1), Fixture.plan(scenario, reserve: 3, hqReserve: 2, hqCars: 1)]
        let models = try plans.map { try OperationsModel(scenario: scenario, plan: $0, contingencies: [never, coin],
                                                         options: SimulationOptions()) }
        let occurred = models.map { model in (0..<40).map { Fixture.kpi(model.run(replication: $0, seed: 4), "contingencies_occurred") } }
        #expect(occurred[0] == occurred[1])
        #expect(occurred[0].allSatisfy { $0 <= 1 } && occurred[0].contains(0) && occurred[0].contains(1))
    }
}
