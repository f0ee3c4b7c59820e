import Testing
@testable import Scenario

/// One wrong thing at a time: each test changes one thing in a copy of `scenarios/tiny` and checks
/// that the loader names the kind of problem, the file, line and column, the key path or CSV
/// column, and says what it expected, what it found and (where it can) what was meant.
@Suite("Bad input: YAML syntax and encoding")
struct YAMLSyntaxTests {
    @Test("a key indented deeper than its siblings")
    func badIndentation() throws {
        let error = try Fixture.loadError(.yaml("  reserve_personnel: 4", with: "   reserve_personnel: 4"))
        expectError(error, .syntax, at: "scenario.yaml:30:20", keyPath: nil, expected: "well-formed YAML",
                    found: "mapping values are not allowed", hint: "check indentation")
    }

    @Test("a flow list closed with the wrong bracket")
    func unclosedBracket() throws {
        let error = try Fixture.loadError(.yaml("guard_duties: [ppk, kpu]}", with: "guard_duties: [ppk, kpu}"))
        expectError(error, .syntax, at: "scenario.yaml:51:94", keyPath: nil, expected: "well-formed YAML",
                    found: "did not find expected ',' or ']'", hint: "check indentation")
    }

    @Test("a tab used for indentation")
    func tabIndentation() throws {
        let error = try Fixture.loadError(.yaml("  tps: tps.csv", with: "\ttps: tps.csv"))
        expectError(error, .syntax, at: "scenario.yaml:15:1", keyPath: nil, expected: "well-formed YAML",
                    found: "found character that cannot start any token", hint: "check indentation")
    }

    @Test("the same key twice in one mapping names the key and its first line")
    func duplicateKey() throws {
        let error = try Fixture.loadError(.yaml("seed: 42\n", with: "seed: 42\nseed: 7\n"))
        expectError(error, .syntax, at: "scenario.yaml:7:1", keyPath: nil, expected: "each key once",
                    found: "'seed' more than once", hint: "remove or rename")
        #expect(error.description.count < 200, "the message must not repeat the whole document: \(error)")
    }

    @Test("a byte that is not UTF-8, at its line and column")
    func notUTF8() throws {
        let error = try Fixture.loadError(.bytes(file: "scenario.yaml", "Tiny district", with: Array("Tiny ".utf8) + [0xFF] + Array(" district".utf8)))
        expectError(error, .syntax, at: "scenario.yaml:5:12", keyPath: nil, expected: "UTF-8 text",
                    found: "the byte 0xFF", hint: "save the file as UTF-8")
    }

    @Test("an empty main file")
    func emptyFile() throws {
        let error = try Fixture.loadError(.contents(file: "scenario.yaml", Array(" \n\n".utf8)))
        expectError(error, .syntax, at: "scenario.yaml:1:1", keyPath: nil, expected: "a scenario", found: "an empty file")
    }

    @Test("a main file with only comments")
    func onlyComments() throws {
        let error = try Fixture.loadError(.contents(file: "scenario.yaml", Array("# nothing yet\n".utf8)))
        expectError(error, .syntax, at: "scenario.yaml:1:1", keyPath: nil, expected: "a YAML document", found: "only comments")
    }

    @Test("a main file that is a list, not a mapping")
    func topLevelList() throws {
        let error = try Fixture.loadError(.contents(file: "scenario.yaml", Array("- siaga: 1\n".utf8)))
        expectError(error, .invalid, at: "scenario.yaml:1:1", keyPath: "", expected: "a mapping", found: "a list")
    }
}

@Suite("Bad input: YAML keys and types")
struct YAMLValueTests {
    @Test("text where a number goes")
    func textForNumber() throws {
        let error = try Fixture.loadError(.yaml("area_km2: 120", with: "area_km2: large"))
        expectError(error, .invalid, at: "scenario.yaml:12:13", keyPath: "district.area_km2",
                    expected: "a number of km² from 0.01 to 2000000", found: "'large'")
    }

    @Test("a quoted number where a whole number goes")
    func quotedNumber() throws {
        let error = try Fixture.loadError(.yaml("{id: binmas, personnel: 6}", with: "{id: binmas, personnel: \"6\"}"))
        expectError(error, .invalid, at: "scenario.yaml:28:31", keyPath: "force.units[1].personnel",
                    expected: "a whole number of personnel from 0 to 1000000", found: "quoted text '6'")
    }

    @Test("a list where a mapping goes")
    func listForMapping() throws {
        let error = try Fixture.loadError(.yaml("bko: {personnel: 4, delay_hours: 6}", with: "bko: [4, 6]"))
        expectError(error, .invalid, at: "scenario.yaml:32:8", keyPath: "force.bko",
                    expected: "a mapping (key: value pairs)", found: "a list")
    }

    @Test("a required key with no value")
    func nullValue() throws {
        let error = try Fixture.loadError(.yaml("name: Tiny district", with: "name:"))
        expectError(error, .invalid, at: "scenario.yaml:5:6", keyPath: "name",
                    expected: "the scenario's name", found: "nothing (null)")
    }

    @Test("missing force.units")
    func missingUnits() throws {
        let error = try Fixture.loadError(.yaml("  units:\n    - {id: samapta, personnel: 12}\n    - {id: binmas, personnel: 6}\n", with: ""))
        expectError(error, .invalid, at: "scenario.yaml:26:3", keyPath: "force.units",
                    expected: "required key 'units'", found: "no such key")
    }

    @Test("missing timeline.election_day")
    func missingElectionDay() throws {
        let error = try Fixture.loadError(.yaml("  election_day: 2024-02-14\n", with: ""))
        expectError(error, .invalid, at: "scenario.yaml:46:3", keyPath: "timeline.election_day",
                    expected: "required key 'election_day' (election day as YYYY-MM-DD)", found: "no such key")
    }

    @Test("a misspelt optional key suggests the right one")
    func misspeltOptionalKey() throws {
        let error = try Fixture.loadError(.yaml("reserve_personnel: 4", with: "reserv_personnel: 4"))
        expectError(error, .invalid, at: "scenario.yaml:30:3", keyPath: "force.reserv_personnel",
                    expected: "one of the keys", found: "unknown key 'reserv_personnel'",
                    hint: "did you mean 'reserve_personnel'?")
        #expect(error.description.hasSuffix(
            "scenario.yaml:30:3: error: force.reserv_personnel: expected one of the keys 'bko', 'deployable_fraction', "
                + "'linmas_per_tps', 'reserve_personnel', 'shift', 'tni_personnel', 'units', found unknown key "
                + "'reserv_personnel' (did you mean 'reserve_personnel'?)"))
    }

    @Test("a misspelt required top-level section is reported as the misspelling, not as a missing section")
    func misspeltRequiredSection() throws {
        let error = try Fixture.loadError(.yaml("vehicles:\n", with: "vehicle:\n"))
        expectError(error, .invalid, at: "scenario.yaml:35:1", keyPath: "vehicle",
                    found: "unknown key 'vehicle'", hint: "did you mean 'vehicles'?")
    }

    @Test("a key that is nothing like a known key gets no suggestion")
    func unknownKeyNoSuggestion() throws {
        let error = try Fixture.loadError(.yaml("  province: Kalimantan Barat", with: "  governor: Kalimantan Barat"))
        expectError(error, .invalid, at: "scenario.yaml:11:3", keyPath: "district.governor",
                    expected: "one of the keys 'area_km2', 'name', 'province'", found: "unknown key 'governor'")
    }

    @Test("an unknown enumeration value suggests the nearest")
    func unknownEnumValue() throws {
        let error = try Fixture.loadError(.yaml("kind: polsek, kecamatan: Hilir", with: "kind: polsk, kecamatan: Hilir"))
        expectError(error, .invalid, at: "scenario.yaml:20:50", keyPath: "posts[2].kind",
                    expected: "one of 'polres', 'polsek', 'kpu', 'ppk', 'staging'", found: "'polsk'",
                    hint: "did you mean 'polsek'?")
    }

    @Test("a format version the loader does not know")
    func unknownVersion() throws {
        let error = try Fixture.loadError(.yaml("siaga: 1", with: "siaga: 2"))
        expectError(error, .invalid, at: "scenario.yaml:4:8", keyPath: "siaga", expected: "from 1 to 1", found: "'2'")
    }

    @Test("yes is not a Boolean")
    func yesIsNotBoolean() throws {
        let error = try Fixture.loadError(.yaml("\ncontingencies:", with: "\ndispatch: {preemption: yes}\ncontingencies:"))
        expectError(error, .invalid, at: "scenario.yaml:70:24", keyPath: "dispatch.preemption",
                    expected: "true or false", found: "'yes'")
    }

    @Test("an id that is not an identifier")
    func badIdentifier() throws {
        let error = try Fixture.loadError(.yaml("{id: samapta,", with: "{id: \"sama pta\","))
        expectError(error, .invalid, at: "scenario.yaml:27:12", keyPath: "force.units[0].id",
                    expected: "an identifier", found: "quoted text 'sama pta'")
    }

    @Test("a unit id used twice")
    func duplicateUnit() throws {
        let error = try Fixture.loadError(.yaml("{id: binmas,", with: "{id: samapta,"))
        expectError(error, .invalid, at: "scenario.yaml:28:12", keyPath: "force.units[1].id",
                    expected: "a unit id used once", found: "'samapta' again")
    }

    @Test("a post id used twice names the first post")
    func duplicatePost() throws {
        let error = try Fixture.loadError(.yaml("{id: ppk-hulu,", with: "{id: ppk-hilir,"))
        expectError(error, .invalid, at: "scenario.yaml:23:5", keyPath: "posts[5].id",
                    expected: "a post id used once (first used by post 5)", found: "'ppk-hilir' again")
    }

    @Test("posts both inline and as a table")
    func postsTwice() throws {
        let error = try Fixture.loadError(.yaml("  tps: tps.csv\n", with: "  tps: tps.csv\n  posts: posts.csv\n"))
        expectError(error, .invalid, at: "scenario.yaml:19:3", keyPath: "posts",
                    expected: "posts either inline here or in tables.posts, not both", found: "both")
    }
}

@Suite("Bad input: numbers out of range")
struct NumberRangeTests {
    @Test("a negative head count")
    func negative() throws {
        let error = try Fixture.loadError(.yaml("reserve_personnel: 4", with: "reserve_personnel: -4"))
        expectError(error, .invalid, at: "scenario.yaml:30:22", keyPath: "force.reserve_personnel",
                    expected: "a whole number of personnel from 0 to 1000000", found: "'-4'")
    }

    @Test("a non-finite number", arguments: [".nan", ".inf", "-.inf", "nan", "inf"])
    func nonFinite(text: String) throws {
        let error = try Fixture.loadError(.yaml("rate_per_site_day: 0.05", with: "rate_per_site_day: \(text)"))
        expectError(error, .invalid, at: "scenario.yaml:61:26", keyPath: "incidents.types[0].rate_per_site_day",
                    expected: "finite number of incidents per site per day from 0 to 100", found: "'\(text)'")
    }

    @Test("a deployable fraction outside (0, 1]", arguments: ["0", "1.5", "3/2", "2/0", "66%"])
    func deployableFraction(text: String) throws {
        let error = try Fixture.loadError(.yaml("deployable_fraction: 2/3", with: "deployable_fraction: \(text)"))
        expectError(error, .invalid, at: "scenario.yaml:29:24", keyPath: "force.deployable_fraction",
                    expected: "a fraction in (0, 1]", found: "'\(text)'")
    }

    @Test("a billion vehicles")
    func billionVehicles() throws {
        let error = try Fixture.loadError(.yaml("count: 4,", with: "count: 1_000_000_000,"))
        expectError(error, .invalid, at: "scenario.yaml:37:39", keyPath: "vehicles[1].count",
                    expected: "a whole number of vehicles from 0 to 1000000", found: "'1_000_000_000'")
    }

    @Test("budget lines that add up to more than the total")
    func budgetLinesExceedTotal() throws {
        let error = try Fixture.loadError(.yaml("allowance: 30_000_000", with: "allowance: 40_000_000"))
        expectError(error, .invalid, at: "scenario.yaml:42:10", keyPath: "budget.lines",
                    expected: "lines that add up to at most total_rupiah (50000000)", found: "lines adding up to 55000000")
    }

    @Test("a reserve larger than the deployable force")
    func reserveAboveDeployable() throws {
        let error = try Fixture.loadError(.yaml("reserve_personnel: 4", with: "reserve_personnel: 13"))
        expectError(error, .invalid, at: "scenario.yaml:30:22", keyPath: "force.reserve_personnel",
                    expected: "a reserve within the deployable force of 12", found: "13")
    }

    @Test("TNI above two-thirds of Polri")
    func tniAboveCap() throws {
        let error = try Fixture.loadError(.yaml("tni_personnel: 2", with: "tni_personnel: 13"))
        expectError(error, .invalid, at: "scenario.yaml:31:18", keyPath: "force.tni_personnel",
                    expected: "at most 12 TNI (2/3 of Polri's 18", found: "13")
    }

    @Test("a force of nobody")
    func zeroForce() throws {
        let error = try Fixture.loadError(.yaml("personnel: 12}\n    - {id: binmas, personnel: 6}",
                                                with: "personnel: 0}\n    - {id: binmas, personnel: 0}"))
        expectError(error, .invalid, at: "scenario.yaml:27:7", keyPath: "force.units[0]",
                    expected: "a force of at least one person", found: "0 personnel in all units")
    }

    @Test("an hourly profile of 23 values")
    func hourlyProfile23() throws {
        let values = [String](repeating: "1", count: 23).joined(separator: ", ")
        let error = try Fixture.loadError(.yaml("incidents:\n", with: "incidents:\n  hourly_profile: [\(values)]\n"))
        expectError(error, .invalid, at: "scenario.yaml:56:19", keyPath: "incidents.hourly_profile",
                    expected: "24 multipliers, one per hour", found: "23 values")
    }

    @Test("a triangular distribution with min above max")
    func triangularOrder() throws {
        let error = try Fixture.loadError(.yaml("min: 30,", with: "min: 130,"))
        expectError(error, .invalid, at: "scenario.yaml:66:30", keyPath: "incidents.types[1].time_on_scene_minutes",
                    expected: "min <= mode <= max", found: "min 130")
    }

    @Test("a contagion branching ratio that would explode")
    func branchingRatio() throws {
        let error = try Fixture.loadError(.yaml("incidents:\n", with: "incidents:\n  contagion: {branching_ratio: 1}\n"))
        expectError(error, .invalid, at: "scenario.yaml:56:32", keyPath: "incidents.contagion.branching_ratio",
                    expected: "from 0 to 0.95", found: "'1'")
    }
}

@Suite("Bad input: timeline")
struct TimelineInputTests {
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
struct ContingencyInputTests {
    @Test("a flood without its travel-time multiplier")
    func floodWithoutMultiplier() throws {
        let error = try Fixture.loadError(.yaml(", travel_time_multiplier: 2}", with: "}"))
        expectError(error, .invalid, at: "scenario.yaml:71:5", keyPath: "contingencies[0].travel_time_multiplier",
                    expected: "'travel_time_multiplier' for a flood contingency", found: "no such key")
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

@Suite("Bad input: TPS table")
struct TPSTableInputTests {
    @Test("a missing tps.csv")
    func missingTable() throws {
        let error = try Fixture.loadError(.remove(file: "tps.csv"))
        expectError(error, .unreadable, at: "tps.csv", keyPath: nil, expected: "an existing file", found: "no such file")
    }

    @Test("a TPS id used twice names the line of the first")
    func duplicateId() throws {
        let error = try Fixture.loadError(.tps("tps-3,", with: "tps-2,"))
        expectError(error, .invalid, at: "tps.csv:4:1", keyPath: "column 'id'",
                    expected: "a TPS id used once (already on line 3)", found: "'tps-2'")
    }

    @Test("a TPS naming an unknown Polsek")
    func unknownPolsek() throws {
        let error = try Fixture.loadError(.tps("tps-5,-1.7010,110.1030,300,Nanga,Hulu,polsek-hulu,", with: "tps-5,-1.7010,110.1030,300,Nanga,Hulu,polsek-ulu,"))
        expectError(error, .invalid, at: "tps.csv:6:39", keyPath: "column 'polsek'",
                    expected: "the id of a post of kind 'polsek'", found: "unknown Polsek 'polsek-ulu'",
                    hint: "did you mean 'polsek-hulu'?")
    }

    @Test("a TPS naming a post that is not a Polsek")
    func postNotPolsek() throws {
        let error = try Fixture.loadError(.tps("tps-5,-1.7010,110.1030,300,Nanga,Hulu,polsek-hulu,", with: "tps-5,-1.7010,110.1030,300,Nanga,Hulu,ppk-hulu,"))
        expectError(error, .invalid, at: "tps.csv:6:39", keyPath: "column 'polsek'",
                    expected: "the id of a post of kind 'polsek'", found: "'ppk-hulu', a post of kind 'ppk', not a Polsek")
    }

    @Test("a latitude beyond the pole")
    func latitude() throws {
        let error = try Fixture.loadError(.tps("-1.8110", with: "123.4"))
        expectError(error, .invalid, at: "tps.csv:2:7", keyPath: "column 'latitude'",
                    expected: "a number of degrees from -90 to 90", found: "'123.4'")
    }

    @Test("a longitude beyond the date line")
    func longitude() throws {
        let error = try Fixture.loadError(.tps("110.0180", with: "-200"))
        expectError(error, .invalid, at: "tps.csv:3:15", keyPath: "column 'longitude'",
                    expected: "a number of degrees from -180 to 180", found: "'-200'")
    }

    @Test("more than 1,000 voters at one TPS")
    func voters() throws {
        let error = try Fixture.loadError(.tps(",280,", with: ",1001,"))
        expectError(error, .invalid, at: "tps.csv:2:24", keyPath: "column 'voters'",
                    expected: "a whole number of registered voters", found: "'1001'")
    }

    @Test("a fractional voter count")
    func fractionalVoters() throws {
        let error = try Fixture.loadError(.tps(",265,", with: ",265.5,"))
        expectError(error, .invalid, at: "tps.csv:3:24", keyPath: "column 'voters'",
                    expected: "a whole number of registered voters", found: "'265.5'")
    }

    @Test("an unknown category suggests the nearest")
    func unknownCategory() throws {
        let error = try Fixture.loadError(.tps("road,khusus,", with: "road,kusus,"))
        expectError(error, .invalid, at: "tps.csv:9:55", keyPath: "column 'category'",
                    expected: "one of 'kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'", found: "'kusus'",
                    hint: "did you mean 'khusus'?")
    }

    @Test("a risk score above 1")
    func risk() throws {
        let error = try Fixture.loadError(.tps(",0.90", with: ",1.5"))
        expectError(error, .invalid, at: "tps.csv:7:71", keyPath: "column 'risk'",
                    expected: "a number of risk score from 0 to 1", found: "'1.5'")
    }

    @Test("an empty desa")
    func emptyDesa() throws {
        let error = try Fixture.loadError(.tps(",Tanjung,", with: ",,"))
        expectError(error, .invalid, at: "tps.csv:5:28", keyPath: "column 'desa'",
                    expected: "non-empty text", found: "an empty field")
    }

    @Test("a row with a field missing")
    func wrongFieldCount() throws {
        let error = try Fixture.loadError(.tps("kurang_rawan,0.30", with: "kurang_rawan"))
        expectError(error, .invalid, at: "tps.csv:5:1", keyPath: nil,
                    expected: "10 fields, as in the header", found: "9 fields")
    }

    @Test("a byte that is not UTF-8, at its line and column")
    func notUTF8() throws {
        let error = try Fixture.loadError(.bytes(file: "tps.csv", "225,Riam", with: Array("225,Ri".utf8) + [0xE4] + Array("m".utf8)))
        expectError(error, .syntax, at: "tps.csv:8:30", keyPath: nil, expected: "UTF-8 text",
                    found: "the byte 0xE4", hint: "save the file as UTF-8")
    }

    @Test("an empty table")
    func emptyTable() throws {
        let error = try Fixture.loadError(.contents(file: "tps.csv", []))
        expectError(error, .invalid, at: "tps.csv:1:1", keyPath: nil,
                    expected: "a header line (id,latitude,longitude,voters,desa,kecamatan,polsek,access,category)",
                    found: "an empty file")
    }

    @Test("a table with only its header")
    func onlyHeader() throws {
        let header = "id,latitude,longitude,voters,desa,kecamatan,polsek,access,category,risk\n"
        let error = try Fixture.loadError(.contents(file: "tps.csv", Array(header.utf8)))
        expectError(error, .invalid, at: "tps.csv:2:1", keyPath: nil,
                    expected: "at least one TPS after the header", found: "none")
    }

    @Test("a quote that is never closed")
    func unclosedQuote() throws {
        let error = try Fixture.loadError(.tps("tps-8,", with: "\"tps-8,"))
        expectError(error, .syntax, at: "tps.csv:9:1", keyPath: nil,
                    expected: "a closing quote for the field opened here", found: "the end of the file")
    }

    @Test("text after a closing quote")
    func textAfterQuote() throws {
        let error = try Fixture.loadError(.tps("tps-8,", with: "\"tps\"-8,"))
        expectError(error, .syntax, at: "tps.csv:9:6", keyPath: nil,
                    expected: "a comma or a line end after a closing quote", found: "'-'")
    }

    @Test("an unknown column suggests the nearest")
    func unknownColumn() throws {
        let error = try Fixture.loadError(.tps("access,category,", with: "access,categry,"))
        expectError(error, .invalid, at: "tps.csv:1:59", keyPath: "header",
                    expected: "a column among id, latitude", found: "unknown column 'categry'",
                    hint: "did you mean 'category'?")
    }

    @Test("a required column missing")
    func missingColumn() throws {
        let error = try Fixture.loadError(.dropTPSColumn("access"))
        expectError(error, .invalid, at: "tps.csv:1:1", keyPath: "header",
                    expected: "a column named 'access'", found: "no such column")
    }

    @Test("a column named twice")
    func repeatedColumn() throws {
        let error = try Fixture.loadError(.tps("category,risk", with: "category,category"))
        expectError(error, .invalid, at: "tps.csv:1:68", keyPath: "header",
                    expected: "each column once", found: "column 'category' again")
    }
}
