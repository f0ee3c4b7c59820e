import Testing
@testable import Operations
@testable import Scenario
@testable import Simulation

/// Escort convoys traced by hand, and their common random numbers.
@Suite("Escorts")
struct EscortTests {
    /// The fixture's Polres and Polsek, then a KPU office at the same spot and two PPK offices 30
    /// and 60 km due north; road factor 1, so road km are great-circle km (30 and 60 to within
    /// 1e-9) and a car at 60 km/h drives them in 30 and 60 minutes. One escort of `convoys`
    /// convoys of 2 personnel by car over [600, 1800).
    static func scenario(tpsOffsetsKm: [(east: Double, north: Double)], convoys: Int, type: IncidentType) -> Scenario {
        var scenario = Fixture.scenario(tpsOffsetsKm: tpsOffsetsKm, type: type)
        scenario.dispatch.roadFactor = 1
        for (id, kind, north) in [("kpu", PostKind.kpu, 0.0), ("ppk-a", .ppk, 30), ("ppk-b", .ppk, 60)] {
            let (lat, lon) = Geography.offset(latitude: Fixture.latitude, longitude: Fixture.longitude, eastKm: 0, northKm: north)
            scenario.posts.append(Post(id: id, name: id, kind: kind, kecamatan: "Hilir", latitude: lat, longitude: lon, access: .road))
        }
        scenario.timeline.escorts = [Timeline.Escort(id: "ballots-out", kind: .ballotsOut, startMinute: 600, endMinute: 1_800,
                                                     personnelPerConvoy: 2, convoys: convoys, vehicle: .car)]
        return scenario
    }

    /// The fixture's plan with nothing at the three offices.
    static func plan(_ scenario: Scenario, hqReserve: Int, hqVehicles: [Int]) -> DeploymentPlan {
        var plan = Fixture.plan(scenario, reserve: 0, cars: 0, hqReserve: hqReserve, hqCars: 0)
        plan.posts[0].vehicles = hqVehicles
        plan.posts[1].vehicles = hqVehicles.map { _ in 0 }
        for p in 2..<scenario.posts.count {
            plan.posts.append(.init(post: p, reservePersonnel: 0, patrolPersonnel: 0, vehicles: hqVehicles.map { _ in 0 }))
        }
        return plan
    }

    static func trace(_ scenario: Scenario, plan: DeploymentPlan,
                      scripted: [ScriptedIncident]) throws -> (result: ReplicationResult, records: [TraceRecord]) {
        var options = SimulationOptions()
        options.generatesRandomIncidents = false
        options.scriptedIncidents = scripted
        return try OperationsModel(scenario: scenario, plan: plan, contingencies: [], options: options).trace(replication: 0, seed: 3)
    }

    static func minute(of prefix: String, in records: [TraceRecord]) -> Double? {
        records.first { $0.name.hasPrefix(prefix) }?.time
    }

    @Test("Two convoys: departures, returns, people away from dispatch, fuel by the km")
    func handTraced() throws {
        let type = Fixture.incidentType(responders: 3, timeOnScene: .fixed(minutes: 200))
        let scenario = Self.scenario(tpsOffsetsKm: Fixture.atPosts(1), convoys: 2, type: type)
        let (result, records) = try Self.trace(scenario, plan: Self.plan(scenario, hqReserve: 3, hqVehicles: [2]),
                                               scripted: [.init(type: 0, site: 0, minute: 700)])
        // The longest route is 60 km, so the estimated trip is 2 · 60 + 2 · 60 = 240 minutes and
        // convoys are due at 600 + c · (1800 - 240 - 600) / 2 = 600 and 1080. Convoy 0 leaves the
        // HQ (0 km from the KPU) at 600: 0 + 60 loading + 30 to PPK A + 60 handover + 30 home =
        // back at 780. Convoy 1 at 1080 to PPK B: 0 + 60 + 60 + 60 + 60 = back at 1320.
        #expect(Self.minute(of: "convoy ballots-out #0 due", in: records) == 600)
        #expect(Self.minute(of: "convoy ballots-out #0: 2 from polres by 1 r4, kpu to ppk-a", in: records) == 600)
        #expect(abs(Self.minute(of: "convoy ballots-out #0 back at polres", in: records)! - 780) < 1e-9)
        #expect(Self.minute(of: "convoy ballots-out #1: 2 from polres by 1 r4, kpu to ppk-b", in: records) == 1_080)
        #expect(abs(Self.minute(of: "convoy ballots-out #1 back at polres", in: records)! - 1_320) < 1e-9)
        // The incident at 700 needs 3 of the HQ's 3; 2 are on the road, so 1 goes at once and the
        // other 2 when the convoy is back at 780.
        let incident = result.incidents[0]
        #expect(incident.dispatchMinute == 700 && incident.firstArrivalMinute == 700)
        #expect(abs(incident.fullStrengthMinute - 780) < 1e-9 && incident.respondersMax == 3 && incident.resolvedMinute == 900)
        // Fuel: (0 + 30 + 30) + (0 + 60 + 60) km at 0.1 L/km and Rp 10,000 a litre; the incident's
        // trips are 0 km.
        #expect(abs(Fixture.kpi(result, "spend_fuel_rupiah") - 180 * 0.1 * 10_000) < 1e-6)
        #expect(Fixture.kpi(result, "escort_convoys") == 2 && Fixture.kpi(result, "escort_delay_mean_minutes") == 0)
        // 2 people for 3 hours and 2 for 4 hours; both back by the escort's end at 1800.
        #expect(abs(Fixture.kpi(result, "escort_personnel_hours") - 14) < 1e-9)
        #expect(Fixture.kpi(result, "escorts_unfinished") == 0)
    }

    @Test("A convoy waits for a vehicle of its kind: the motorcycles will not do")
    func waitsForVehicle() throws {
        var scenario = Self.scenario(tpsOffsetsKm: [(east: 0, north: 30)], convoys: 1,
                                     type: Fixture.incidentType(responders: 2, timeOnScene: .fixed(minutes: 60)))
        scenario.vehicles.append(VehicleType(id: "r2", kind: .motorcycle, count: 10, outOfOrderShare: 0, seats: 2,
                                             speedKmh: [.road: 60, .river: 0, .remote: 20], fuel: .pertalite,
                                             fuelLitresPerKm: 0.025, fuelLitresPerHour: 0, meanKmBetweenFailures: 0, meanRepairHours: 24))
        let (result, records) = try Self.trace(scenario, plan: Self.plan(scenario, hqReserve: 4, hqVehicles: [1, 2]),
                                               scripted: [.init(type: 0, site: 0, minute: 590)])
        // 590: 2 of 4 take the only car (the first of the equally fast types) to the TPS 30 km
        // north: there at 620, done at 680, home at 710. The convoy due at 600 has its 2 people and
        // two idle motorcycles, but no car: it leaves when the car is back, 110 minutes late, and
        // is back at 710 + 180 = 890.
        #expect(Self.minute(of: "convoy ballots-out #0 waits", in: records) == 600)
        let departure = try #require(Self.minute(of: "convoy ballots-out #0: 2 from polres by 1 r4", in: records))
        #expect(abs(departure - 710) < 1e-9)
        #expect(abs(Self.minute(of: "convoy ballots-out #0 back at polres", in: records)! - 890) < 1e-9)
        #expect(abs(Fixture.kpi(result, "escort_delay_mean_minutes") - 110) < 1e-9)
        #expect(Fixture.kpi(result, "escort_convoys") == 1 && Fixture.kpi(result, "escorts_unfinished") == 0)
    }

    @Test("A convoy not back by its escort's end is unfinished; one never gone too")
    func unfinished() throws {
        var scenario = Self.scenario(tpsOffsetsKm: Fixture.atPosts(1), convoys: 2, type: Fixture.incidentType())
        scenario.timeline.escorts[0].endMinute = 1_300
        // Trip estimate 240: due at 600 and 600 + (1300 - 240 - 600) / 2 = 830; one car, back from
        // convoy 0 at 780: convoy 1 leaves on time and is back at 830 + 240 = 1070, before the end.
        let plan = Self.plan(scenario, hqReserve: 4, hqVehicles: [1])
        let early = try Self.trace(scenario, plan: plan, scripted: []).result
        #expect(Fixture.kpi(early, "escorts_unfinished") == 0 && Fixture.kpi(early, "escort_delay_mean_minutes") == 0)
        // Due at 600 and 600 + (900 - 240 - 600) / 2 = 630: convoy 1 waits 150 minutes for the car
        // (back at 780) and is back at 1020, after 900.
        scenario.timeline.escorts[0].endMinute = 900
        let late = try Self.trace(scenario, plan: plan, scripted: []).result
        #expect(Fixture.kpi(late, "escorts_unfinished") == 1 && Fixture.kpi(late, "escort_convoys") == 2)
        #expect(abs(Fixture.kpi(late, "escort_delay_mean_minutes") - (0 + 150) / 2) < 1e-9)
        // No car at all: neither convoy ever leaves.
        let none = try Self.trace(scenario, plan: Self.plan(scenario, hqReserve: 4, hqVehicles: [0]), scripted: []).result
        #expect(Fixture.kpi(none, "escorts_unfinished") == 2 && Fixture.kpi(none, "escort_convoys") == 0)
        #expect(Fixture.kpi(none, "escort_delay_mean_minutes").isNaN && Fixture.kpi(none, "escort_personnel_hours") == 0)
    }

    @Test("Two plans see the same convoys due at the same minutes (Ketapang)")
    func commonRandomNumbers() throws {
        let scenario = try Fixture.ketapang()
        let plans = [TestPlans.allAtHeadquarters(scenario), TestPlans.guardsAndPolsekReserves(scenario)]
        let schedules = try plans.map { plan in
            try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies, options: SimulationOptions())
                .trace(replication: 1, seed: scenario.seed).records.filter { $0.name.hasSuffix(" due") }
        }
        // 14 ballot convoys from H-4 06:00 and 20 result convoys from H+1 06:00, evenly spaced, the
        // last early enough for the estimated trip to end within the escort's window.
        #expect(schedules[0].count == 34 && schedules[0] == schedules[1])
        #expect(schedules[0][0] == TraceRecord(name: "convoy ballots-out #0 due", time: -4 * 1_440 + 360))
        #expect(schedules[0][14] == TraceRecord(name: "convoy results-in #0 due", time: 1_440 + 360))
        let ballots = schedules[0][0..<14].map(\.time), results = schedules[0][14...].map(\.time)
        #expect(zip(ballots, ballots.dropFirst()).allSatisfy { $0 < $1 } && ballots.last! < -1_440 + 18 * 60)
        #expect(zip(results, results.dropFirst()).allSatisfy { $0 < $1 } && results.last! < 3 * 1_440)
    }

    @Test("Same replication, same escorts; the escort KPIs are filled in (Ketapang)")
    func determinism() throws {
        let scenario = try Fixture.ketapang()
        let model = try OperationsModel(scenario: scenario, plan: TestPlans.allAtHeadquarters(scenario),
                                        contingencies: scenario.contingencies, options: SimulationOptions())
        let first = model.run(replication: 0, seed: scenario.seed), second = model.run(replication: 0, seed: scenario.seed)
        #expect(DeterminismTests.isIdentical(first, second))
        #expect(Fixture.kpi(first, "escort_convoys") == 34)
        #expect(Fixture.kpi(first, "escort_personnel_hours") > 0 && Fixture.kpi(first, "escort_delay_mean_minutes") >= 0)
    }
}
