import Testing
@testable import Scenario

// One wrong time or contingency at a time in a copy of scenarios/tiny (see BadInputTests.swift).

@Suite("Bad input: timeline")
struct BadTimelineTests {
    @Test("an impossible date")
    func impossibleDate() throws {
        let error = try Fixture.loadError(.yaml("election_day: 2024-02-14", with: "election_day: 2024-02-30"))
        expectError(error, .invalid, at: "scenario.yaml:46:17", keyPath: "timeline.election_day",
                    expected: "a real date as YYYY-MM-DD", found: "'2024-02-30'")
    }

    @Test("overlapping phases")
    func overlappingPhases() throws {
        let error = try Fixture.loadError(.yaml("start: \"H0 07:00\", end: \"H0 13:00\"", with: "start: \"H0 06:00\", end: \"H0 13:00\""))
        expectError(error, .invalid, at: "scenario.yaml:49:7", keyPath: "timeline.phases[1]",
                    expected: "phases that do not overlap: 'voting' must start at or after H0 07:00, when 'quiet' ends",
                    found: "start H0 06:00")
    }

    @Test("phases out of time order")
    func unorderedPhases() throws {
        let voting = "    - {id: voting, kind: voting, start: \"H0 07:00\", end: \"H0 13:00\", incident_intensity: 6, guard_duties: [tps]}\n"
        let counting = "    - {id: counting, kind: counting, start: \"H0 13:00\", end: \"H+1 00:00\", incident_intensity: 4, guard_duties: [tps]}\n"
        let error = try Fixture.loadError(.yaml(voting + counting, with: counting + voting))
        expectError(error, .invalid, at: "scenario.yaml:50:7", keyPath: "timeline.phases[2]",
                    expected: "phases in time order: 'voting' must start at or after H+1 00:00, when 'counting' ends",
                    found: "start H0 07:00")
    }

    @Test("an end before the start")
    func endBeforeStart() throws {
        let error = try Fixture.loadError(.yaml("end: \"H-1 18:00\"", with: "end: \"H-1 05:00\""))
        expectError(error, .invalid, at: "scenario.yaml:53:69", keyPath: "timeline.escorts[0].end",
                    expected: "an end after the start (H-1 06:00)", found: "quoted text 'H-1 05:00'")
    }

    @Test("a time of day that does not exist")
    func badTimeOfDay() throws {
        let error = try Fixture.loadError(.yaml("end: \"H0 13:00\"", with: "end: \"H0 13:60\""))
        expectError(error, .invalid, at: "scenario.yaml:49:58", keyPath: "timeline.phases[1].end",
                    expected: "a time such as 'H-4'", found: "'H0 13:60'")
    }

    @Test("an unknown phase kind suggests the nearest")
    func unknownPhaseKind() throws {
        let error = try Fixture.loadError(.yaml("kind: counting", with: "kind: countng"))
        expectError(error, .invalid, at: "scenario.yaml:50:28", keyPath: "timeline.phases[2].kind",
                    expected: "one of 'campaign', 'quiet_period'", found: "'countng'", hint: "did you mean 'counting'?")
    }

    @Test("a phase factor naming an unknown phase")
    func unknownPhaseFactor() throws {
        let error = try Fixture.loadError(.yaml("phase_factors: {voting: 2}", with: "phase_factors: {votng: 2}"))
        expectError(error, .invalid, at: "scenario.yaml:62:23", keyPath: "incidents.types[0].phase_factors.votng",
                    expected: "one of the keys", found: "unknown key 'votng'", hint: "did you mean 'voting'?")
    }
}

@Suite("Bad input: contingencies")
struct BadContingencyTests {
    @Test("a flood without its travel-time multiplier")
    func floodWithoutMultiplier() throws {
        let error = try Fixture.loadError(.yaml(", travel_time_multiplier: 2}", with: "}"))
        expectError(error, .invalid, at: "scenario.yaml:71:5", keyPath: "contingencies[0].travel_time_multiplier",
                    expected: "required key 'travel_time_multiplier' (a flood contingency needs it)", found: "no such key")
    }

    @Test("a misspelt flood parameter suggests the right one")
    func floodParameterMisspelt() throws {
        let error = try Fixture.loadError(.yaml("travel_time_multiplier: 2}", with: "travel_time_multiplyer: 2}"))
        expectError(error, .invalid, at: "scenario.yaml:71:87", keyPath: "contingencies[0].travel_time_multiplyer",
                    expected: "required key 'travel_time_multiplier'", found: "unknown key 'travel_time_multiplyer'",
                    hint: "did you mean 'travel_time_multiplier'?")
    }

    @Test("a flood with a parameter floods do not take")
    func floodWithPersonnel() throws {
        let error = try Fixture.loadError(.yaml("travel_time_multiplier: 2}", with: "travel_time_multiplier: 2, personnel: 40}"))
        expectError(error, .invalid, at: "scenario.yaml:71:125", keyPath: "contingencies[0].personnel",
                    expected: "only 'tps_moved_share', 'travel_time_multiplier' for a flood contingency", found: "'personnel'")
    }

    @Test("a contingency in a kecamatan the TPS table does not have")
    func unknownKecamatan() throws {
        let error = try Fixture.loadError(.yaml("kecamatan: [Hulu]", with: "kecamatan: [Hulo]"))
        expectError(error, .invalid, at: "scenario.yaml:71:80", keyPath: "contingencies[0].kecamatan[0]",
                    expected: "a kecamatan of the scenario's TPS table", found: "'Hulo'", hint: "did you mean 'Hulu'?")
    }

    @Test("an unknown contingency kind")
    func unknownKind() throws {
        let error = try Fixture.loadError(.yaml("kind: flood", with: "kind: floods"))
        expectError(error, .invalid, at: "scenario.yaml:71:22", keyPath: "contingencies[0].kind",
                    expected: "one of 'flood'", found: "'floods'", hint: "did you mean 'flood'?")
    }

    @Test("a probability above 1")
    func probability() throws {
        let error = try Fixture.loadError(.yaml("probability: 0.5", with: "probability: 50"))
        expectError(error, .invalid, at: "scenario.yaml:71:42", keyPath: "contingencies[0].probability",
                    expected: "a number of probability from 0 to 1", found: "'50'")
    }
}
