import Testing
@testable import Scenario

/// One wrong thing at a time in a copy of tiny's doctrine plan: each test checks the kind, the
/// file, line and column, the CSV column or JSON key path, and what was expected, found and meant.
///
/// The tiny plan's files: tps_guards.csv lists tps-1 to tps-8 on lines 2 to 9; posts.csv lists
/// polres, kpu, polsek-hilir, polsek-hulu, ppk-hilir, ppk-hulu on lines 2 to 7; vehicles.csv
/// lists r4, r2, boat for each post in turn (polres on lines 2 to 4, polsek-hilir on 8 to 10).
@Suite("Bad plan input")
struct BadPlanTests {
    @Test func unknownTPSWithDidYouMean() throws {
        let error = try Fixture.loadError(.replace(file: "tps_guards.csv", "tps-3,rawan-1", with: "tps-33,rawan-1"))
        expectError(error, .invalid, at: "tps_guards.csv:4:1", keyPath: "column 'tps_id'",
                    expected: "the id of a TPS of the scenario", found: "unknown TPS 'tps-33'", hint: "did you mean 'tps-3'?")
    }

    @Test func duplicateTPS() throws {
        let error = try Fixture.loadError(.replace(file: "tps_guards.csv", "tps-2,kurang_rawan-1", with: "tps-1,kurang_rawan-1"))
        expectError(error, .invalid, at: "tps_guards.csv:3:1", keyPath: "column 'tps_id'",
                    expected: "each TPS listed once (already on line 2)", found: "'tps-1'")
    }

    @Test func unknownGroupWithDidYouMean() throws {
        let error = try Fixture.loadError(.replace(file: "tps_guards.csv", "tps-8,khusus-1", with: "tps-8,kusus-1"))
        expectError(error, .invalid, at: "tps_guards.csv:9:7", keyPath: "column 'group_id'",
                    expected: "the id of a group in guard_groups.csv", found: "unknown group 'kusus-1'", hint: "did you mean 'khusus-1'?")
    }

    @Test func negativeReserve() throws {
        let error = try Fixture.loadError(.replace(file: "posts.csv", "polres,4,0", with: "polres,-4,0"))
        expectError(error, .invalid, at: "posts.csv:2:8", keyPath: "column 'reserve_personnel'",
                    expected: "a whole number of personnel from 0 to 1000000", found: "'-4'")
    }

    @Test func groupWithoutPolice() throws {
        let error = try Fixture.loadError(.replace(file: "guard_groups.csv", "khusus-1,2", with: "khusus-1,0"))
        expectError(error, .invalid, at: "guard_groups.csv:3:10", keyPath: "column 'police'",
                    expected: "a whole number of police in the group from 1 to 1000", found: "'0'")
    }

    @Test func moreVehiclesThanOperable() throws {
        let error = try Fixture.loadError(.replace(file: "vehicles.csv", "polsek-hilir,r2,0", with: "polsek-hilir,r2,1"))
        expectError(error, .invalid, at: "vehicles.csv:9:17", keyPath: "column 'count'",
                    expected: "at most 3 'r2' over all posts: the operable vehicles (4 in the fleet, 1 out of order)",
                    found: "1, which brings the plan to 4")
    }

    @Test func deployedAboveDeployable() throws {
        let error = try Fixture.loadError(.replace(file: "posts.csv", "polsek-hulu,0,0", with: "polsek-hulu,1,0"))
        expectError(error, .invalid, at: "posts.csv:5:13", keyPath: "column 'reserve_personnel'",
                    expected: "a plan within the deployable force of 12 personnel", found: "1, which brings the plan to 13",
                    hint: "BKO")
    }

    @Test func guardShiftOutOfRange() throws {
        let error = try Fixture.loadError(.replace(file: "plan.json", "\"guard_shift_hours\": 24", with: "\"guard_shift_hours\": 96"))
        expectError(error, .invalid, at: "plan.json:8:26", keyPath: "shifts.guard_shift_hours",
                    expected: "a number of hours from 1 to 72", found: "'96'")
    }

    @Test func reserveShiftsOutOfRange() throws {
        let error = try Fixture.loadError(.replace(file: "plan.json", "\"reserve_shifts_per_day\": 2", with: "\"reserve_shifts_per_day\": 5"))
        expectError(error, .invalid, at: "plan.json:9:31", keyPath: "shifts.reserve_shifts_per_day",
                    expected: "a whole number of shifts from 1 to 4", found: "'5'")
    }

    @Test func planForAnotherScenario() throws {
        let error = try Fixture.loadError(.replace(file: "plan.json", "\"tps\": 8", with: "\"tps\": 1752"))
        expectError(error, .invalid, at: "plan.json:5:12", keyPath: "scenario.tps",
                    expected: "the TPS count of the scenario, 8", found: "1752", hint: "the plan was made for 'Tiny district'")
    }

    @Test func misspeltKeyInPlanJSON() throws {
        let error = try Fixture.loadError(.replace(file: "plan.json", "\"strategy\"", with: "\"stratgy\""))
        expectError(error, .invalid, at: "plan.json:11:3", keyPath: "stratgy",
                    expected: "required key 'strategy'", found: "unknown key 'stratgy'", hint: "did you mean 'strategy'?")
    }

    @Test func malformedJSON() throws {
        let error = try Fixture.loadError(.replace(file: "plan.json", "\"format\": 1,", with: "\"format\": 1"))
        expectError(error, .syntax, at: "plan.json:3:13", keyPath: nil, expected: "well-formed JSON",
                    found: "did not find expected ',' or '}'")
    }

    @Test func missingFile() throws {
        let error = try Fixture.loadError(.remove(file: "vehicles.csv"))
        expectError(error, .unreadable, at: "vehicles.csv", keyPath: nil, expected: "an existing file", found: "no such file")
    }

    @Test func unknownPostWithDidYouMean() throws {
        let error = try Fixture.loadError(.replace(file: "posts.csv", "polsek-hulu,0,0", with: "polsek-hul,0,0"))
        expectError(error, .invalid, at: "posts.csv:5:1", keyPath: "column 'post_id'",
                    expected: "the id of a post of the scenario", found: "unknown post 'polsek-hul'", hint: "did you mean 'polsek-hulu'?")
    }

    @Test func unknownVehicleTypeWithDidYouMean() throws {
        let error = try Fixture.loadError(.replace(file: "vehicles.csv", "polres,boat,1", with: "polres,bot,1"))
        expectError(error, .invalid, at: "vehicles.csv:4:8", keyPath: "column 'vehicle_type'",
                    expected: "the id of a vehicle type of the scenario (r4, r2, boat)", found: "unknown vehicle type 'bot'",
                    hint: "did you mean 'boat'?")
    }

    @Test func groupThatGuardsNothing() throws {
        let error = try Fixture.loadError(.replace(file: "guard_groups.csv", "kurang_rawan-1,2\n", with: "kurang_rawan-1,2\nspare,2\n"))
        expectError(error, .invalid, at: "guard_groups.csv:6:1", keyPath: "column 'group_id'",
                    expected: "a group that guards at least one TPS", found: "group 'spare' guarding none", hint: "remove the group")
    }

    @Test func duplicateGroup() throws {
        let error = try Fixture.loadError(.replace(file: "guard_groups.csv", "khusus-1,2", with: "sangat_rawan-1,2"))
        expectError(error, .invalid, at: "guard_groups.csv:3:1", keyPath: "column 'group_id'",
                    expected: "a group id used once (already on line 2)", found: "'sangat_rawan-1'")
    }

    @Test func unknownColumn() throws {
        let error = try Fixture.loadError(.replace(file: "posts.csv", "patrol_personnel", with: "patrol_personel"))
        expectError(error, .invalid, at: "posts.csv:1:27", keyPath: "header",
                    expected: "a column among", found: "unknown column 'patrol_personel'", hint: "did you mean 'patrol_personnel'?")
    }
}
