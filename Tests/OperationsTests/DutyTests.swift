import Testing
@testable import Operations
@testable import Scenario

/// Reserve shifts and overtime, PPK detachments, and the KPU protest that ties responders down.
@Suite("Duty")
struct DutyTests {
    static func options(_ scripted: [ScriptedIncident]) -> SimulationOptions {
        var options = SimulationOptions()
        options.generatesRandomIncidents = false
        options.scriptedIncidents = scripted
        return options
    }

    @Test("A responder out at the end of the shift works on; the overtime is fatigue")
    func overtime() throws {
        let scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1),
                                        type: Fixture.incidentType(responders: 1, timeOnScene: .fixed(minutes: 60)))
        var plan = Fixture.plan(scenario, reserve: 2, cars: 2)
        plan.shifts.reserveShiftsPerDay = 2
        let result = try OperationsModel(scenario: scenario, plan: plan, contingencies: [],
                                         options: Self.options([.init(type: 0, site: 0, minute: 700), .init(type: 0, site: 0, minute: 730)]))
            .run(replication: 0, seed: 1)
        // One person per 12-hour shift. The first goes at 11:40 and is back at 12:40, 40 minutes
        // into the next shift, whose one person takes the incident at 12:10.
        #expect(result.incidents[1].dispatchMinute == 730)
        #expect(abs(Fixture.kpi(result, "fatigue_hours") - 40.0 / 60) < 1e-12)
        // At 12:00 the new shift is idle and the old one still out.
        #expect(result.hourly.idleReserves[12] == 1 && result.hourly.personnelOnDuty[12] == 2)
        #expect(result.hourly.idleReserves[11] == 1 && result.hourly.personnelOnDuty[11] == 1)
    }

    /// Posts: Polres, Polsek, then an office of `kind`, all in one place.
    static func officeScenario(_ kind: PostKind, type: IncidentType) -> Scenario {
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1), type: type)
        scenario.posts.append(Post(id: kind.rawValue, name: kind.rawValue, kind: kind, kecamatan: "Hilir",
                                   latitude: Fixture.latitude, longitude: Fixture.longitude, access: .road))
        return scenario
    }

    @Test("A PPK detachment comes out of the nearest Polsek pool and is on scene at once")
    func ppkDetachment() throws {
        let protest = IncidentType(id: "ppk-protest", name: "protest", site: .ppk, severity: 3, responders: 3,
                                   timeOnScene: .fixed(minutes: 60), ratePerSiteDay: 0, phaseFactors: [:], escalation: nil)
        var scenario = Self.officeScenario(.ppk, type: protest)
        scenario.security.ppkGuards = 3
        scenario.timeline.phases[0].guardDuties = [.ppk]
        var plan = Fixture.plan(scenario, reserve: 5, cars: 2)
        plan.posts.append(.init(post: 2, reservePersonnel: 0, patrolPersonnel: 0, vehicles: [0]))
        let result = try OperationsModel(scenario: scenario, plan: plan, contingencies: [],
                                         options: Self.options([.init(type: 0, site: 2, minute: 100)]))
            .run(replication: 0, seed: 1)
        let incident = result.incidents[0]
        #expect(incident.siteIsPost && incident.site == 2)
        #expect(incident.firstArrivalMinute == 100 && incident.fullStrengthMinute == 100 && incident.dispatchMinute.isNaN)
        // The Polsek's pool of 5 keeps 2 idle; 5 people on duty in all.
        #expect(result.hourly.idleReserves[1] == 2 && result.hourly.personnelOnDuty[1] == 5)
    }

    @Test("A KPU protest ties responders down for its window, outside the incident log")
    func kpuProtest() throws {
        let type = Fixture.incidentType(responders: 3, timeOnScene: .fixed(minutes: 100))
        let scenario = Self.officeScenario(.kpu, type: type)
        var plan = Fixture.plan(scenario, reserve: 5, cars: 5)
        plan.posts.append(.init(post: 2, reservePersonnel: 0, patrolPersonnel: 0, vehicles: [0]))
        var protest = Contingency(id: "demo", kind: .kpuProtest, probability: 1, startMinute: 100, endMinute: 200, kecamatan: [])
        protest.personnel = 3
        let result = try OperationsModel(scenario: scenario, plan: plan, contingencies: [protest],
                                         options: Self.options([.init(type: 0, site: 0, minute: 150)]))
            .run(replication: 0, seed: 1)
        // 100: 3 of 5 go to the KPU. 150: the TPS incident gets the other 2. 200: the protest
        // ends, its team comes back and the third responder goes.
        #expect(result.incidents.count == 1 && Fixture.kpi(result, "incidents") == 1)
        let incident = result.incidents[0]
        #expect(incident.firstArrivalMinute == 150 && incident.fullStrengthMinute == 200)
        #expect(incident.respondersMax == 3 && incident.resolvedMinute == 250)
    }
}
