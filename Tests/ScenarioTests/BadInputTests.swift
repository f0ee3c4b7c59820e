import Testing
@testable import Scenario

/// One wrong thing at a time: each test changes one thing in a copy of `scenarios/tiny` and checks
/// that the loader names the kind of problem, the file, line and column, the key path or CSV
/// column, and says what it expected, what it found and (where it can) what was meant.
@Suite("Bad input: YAML syntax and encoding")
struct BadYAMLSyntaxTests {
    @Test("a key indented deeper than its siblings")
    func badIndentation() throws {
        let error = try Fixture.loadError(.yaml("  reserve_personnel: 4", with: "   reserve_personnel: 4"))
        expectError(error, .syntax, at: "scenario.yaml:30:21", keyPath: nil, expected: "well-formed YAML",
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
                    found: "character that cannot start any token", hint: "check indentation")
        #expect(!error.description.contains("found found"), "\(error)")
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
struct BadYAMLValueTests {
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
        expectError(error, .invalid, at: "scenario.yaml:4:8", keyPath: "siaga", expected: "format version 1, the only one this Siaga reads", found: "'2'")
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
