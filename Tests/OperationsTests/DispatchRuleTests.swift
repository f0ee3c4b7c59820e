import Simulation
import Testing
@testable import Operations
@testable import Scenario

/// Preemption, escalation, BKO and mutual aid on cases small enough to trace by hand. TPS stand
/// at the posts (no travel), the dispatch delay is 0, times on scene are fixed.
@Suite("Dispatch rules")
struct DispatchRuleTests {
    static func options(_ scripted: [ScriptedIncident]) -> SimulationOptions {
        var options = SimulationOptions()
        options.generatesRandomIncidents = false
        options.scriptedIncidents = scripted
        return options
    }

    /// Type 0: a dispute (severity 2, 2 responders, 100 min); type 1: a ballot-box threat
    /// (severity 4, 2 responders, 50 min). One post with 2 reserves and 1 car.
    static func preemptionModel(preemption: Bool) throws -> OperationsModel {
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        scenario.incidents.types = [
            Fixture.incidentType(id: "dispute", severity: 2, responders: 2, timeOnScene: .fixed(minutes: 100)),
            Fixture.incidentType(id: "threat", severity: 4, responders: 2, timeOnScene: .fixed(minutes: 50)),
        ]
        scenario.dispatch.preemption = preemption
        let options = Self.options([ScriptedIncident(type: 0, site: 0, minute: 10), ScriptedIncident(type: 1, site: 0, minute: 30)])
        return try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: 2, cars: 1),
                                   contingencies: [], options: options)
    }

    static func preemptionCase(preemption: Bool) throws -> ReplicationResult {
        try preemptionModel(preemption: preemption).run(replication: 0, seed: 1)
    }

    @Test("Preemption, event by event")
    func preemptionTrace() throws {
        let model = try Self.preemptionModel(preemption: true)
        let (result, records) = model.trace(replication: 0, seed: 1)
        let dispute = "incident 0 (dispute)", threat = "incident 1 (threat)"
        let expected: [TraceRecord] = [
            .init(name: "phase operation starts", time: 0),
            .init(name: "\(dispute) occurs at tps-1", time: 10),
            .init(name: "2 from polsek by 1 r4 to \(dispute)", time: 10),
            .init(name: "2 arrive at \(dispute)", time: 10),
            .init(name: "\(threat) occurs at tps-1", time: 30),
            .init(name: "2 taken from \(dispute) to \(threat)", time: 30),
            .init(name: "2 arrive at \(threat)", time: 30),
            .init(name: "\(threat) resolved", time: 80),
            .init(name: "2 back at polsek", time: 80),
            .init(name: "2 from polsek by 1 r4 to \(dispute)", time: 80),
            .init(name: "2 arrive at \(dispute)", time: 80),
            .init(name: "\(dispute) resolved", time: 160),
            .init(name: "2 back at polsek", time: 160),
        ]
        #expect(records == expected)
        #expect(result.kpis.map(\.bitPattern) == model.run(replication: 0, seed: 1).kpis.map(\.bitPattern))
    }

    @Test("Preemption: the threat takes the dispute's team; the dispute resumes with its remaining time")
    func preemption() throws {
        let result = try Self.preemptionCase(preemption: true)
        let dispute = result.incidents[0], threat = result.incidents[1]
        // 10: team to the dispute (ends at 110). 30: the threat takes it (the dispute has 80 left)
        // and ends at 80; the team comes back to the dispute at 80, which ends at 80 + 80 = 160.
        #expect(dispute.firstArrivalMinute == 10)
        #expect(threat.dispatchMinute == 30 && threat.firstArrivalMinute == 30)
        #expect(threat.resolvedMinute == 80)
        #expect(dispute.resolvedMinute == 160)
        #expect(Fixture.kpi(result, "preemptions") == 1)
    }

    @Test("Without preemption the threat waits for the dispute to end")
    func noPreemption() throws {
        let result = try Self.preemptionCase(preemption: false)
        let dispute = result.incidents[0], threat = result.incidents[1]
        #expect(dispute.resolvedMinute == 110)
        #expect(threat.dispatchMinute == 110 && threat.resolvedMinute == 160)
        #expect(Fixture.kpi(result, "preemptions") == 0)
        #expect(Fixture.kpi(result, "dispatch_wait_mean_minutes") == (0 + 80) / 2)
    }

    /// A brawl (severity 3, 4 responders, 100 min, escalating every 30 min by 1 level and 2
    /// responders) against a post of 2 reserves.
    static func brawlCase(bkoPersonnel: Int) throws -> ReplicationResult {
        let brawl = Fixture.incidentType(id: "brawl", severity: 3, responders: 4, timeOnScene: .fixed(minutes: 100),
                                         escalation: .init(afterMinutes: 30, severityStep: 1, extraResponders: 2))
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1), type: brawl)
        scenario.force.bko.personnel = bkoPersonnel
        scenario.force.bko.delayHours = 1
        let model = try OperationsModel(scenario: scenario, plan: Fixture.plan(scenario, reserve: 2, cars: 1, hqCars: 1),
                                        contingencies: [], options: Self.options([ScriptedIncident(type: 0, site: 0, minute: 10)]))
        return model.run(replication: 0, seed: 1)
    }

    @Test("Escalation: short-handed at 40, 70 and 100; severity capped at 5; at most 3 escalations")
    func escalation() throws {
        let result = try Self.brawlCase(bkoPersonnel: 0)
        let brawl = result.incidents[0]
        #expect(brawl.firstArrivalMinute == 10 && brawl.resolvedMinute == 110)
        #expect(brawl.escalations == 3)
        #expect(brawl.initialSeverity == 3 && brawl.finalSeverity == 5)
        #expect(brawl.respondersNeeded == 4 + 3 * 2)
        #expect(brawl.respondersMax == 2 && brawl.fullStrengthMinute.isNaN)
        #expect(Fixture.kpi(result, "incidents_escalated") == 1)
        #expect(Fixture.kpi(result, "bko_requested") == 0)
    }

    @Test("BKO: requested when the reserves run dry at 10, at the HQ at 70, full strength at 70")
    func bko() throws {
        let result = try Self.brawlCase(bkoPersonnel: 5)
        let brawl = result.incidents[0]
        // 40: escalates once (needs 6). 70: BKO arrives, 4 of them go; full strength exactly at
        // the next check, so no second escalation.
        #expect(Fixture.kpi(result, "bko_requested") == 1)
        #expect(Fixture.kpi(result, "bko_arrival_minute") == 70)
        #expect(brawl.escalations == 1 && brawl.finalSeverity == 4 && brawl.respondersNeeded == 6)
        #expect(brawl.fullStrengthMinute == 70 && brawl.respondersMax == 6)
        let expected = 5.0 * 171_000 * (2 * 1_440 - 70) / 1_440
        #expect(abs(Fixture.kpi(result, "spend_bko_rupiah") - expected) < 1e-6 * expected)
    }

    @Test("Mutual aid: another Polsek answers only when mutual aid is on")
    func mutualAid() throws {
        for isOn in [true, false] {
            var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1),
                                            type: Fixture.incidentType(responders: 1, timeOnScene: .fixed(minutes: 30)))
            scenario.posts.append(Post(id: "polsek-hulu", name: "Polsek Hulu", kind: .polsek, kecamatan: "Hulu",
                                       latitude: Fixture.latitude + 0.05, longitude: Fixture.longitude, access: .road))
            scenario.dispatch.mutualAid = isOn
            var plan = Fixture.plan(scenario, reserve: 0, cars: 0)
            plan.posts.append(.init(post: 2, reservePersonnel: 3, patrolPersonnel: 0, vehicles: [1]))
            let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: [],
                                            options: Self.options([ScriptedIncident(type: 0, site: 0, minute: 10)]))
            let incident = model.run(replication: 0, seed: 1).incidents[0]
            #expect(incident.firstArrivalMinute.isNaN == !isOn, "mutual aid \(isOn)")
        }
    }
}
