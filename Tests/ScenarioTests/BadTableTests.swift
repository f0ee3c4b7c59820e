import Testing
@testable import Scenario

// One wrong thing at a time in a copy of scenarios/tiny/tps.csv (see BadInputTests.swift).

@Suite("Bad input: TPS table")
struct BadTableTests {
    @Test("a missing tps.csv")
    func missingTable() throws {
        let error = try Fixture.loadError(.remove(file: "tps.csv"))
        expectError(error, .unreadable, at: "tps.csv", keyPath: nil, expected: "an existing file", found: "no such file")
    }

    @Test("a TPS table path that is a folder")
    func tableIsFolder() throws {
        let error = try Fixture.loadError(.yaml("tps: tps.csv", with: "tps: ."))
        #expect(error.kind == .unreadable)
        #expect(error.location.file.hasSuffix("/.") && error.location.line == nil)
        #expect(error.expected == "a file" && error.found == "a directory")
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
