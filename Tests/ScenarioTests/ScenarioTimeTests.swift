import Testing
@testable import Scenario

@Suite("ScenarioTime")
struct ScenarioTimeTests {
    static let electionDay = CivilDate("2024-02-14")!

    /// Time expressions with their minutes from H0 00:00, worked out by hand (a day is 1,440 minutes).
    static let valid: [(String, Double)] = [
        ("H-4", -5760), ("H0 07:00", 420), ("H+1 24:00", 2880), ("2024-02-10T06:00", -5400),
        ("H0", 0), ("H+17", 24_480), ("H-4 06:00", -5400), ("H-1 18:00", -360), ("H+1 12:00", 2160),
        ("H-78", -112_320), ("H+400", 576_000), ("H-400", -576_000), ("H0 7:05", 425), (" H-1 ", -1440),
        ("2024-02-10", -5760), ("2024-02-10 06:00", -5400), ("2024-02-14T24:00", 1440),
        ("2024-03-01", 16 * 1440), ("2023-02-14", -365 * 1440),
    ]

    @Test("valid expressions give minutes from H0", arguments: valid)
    func minutes(text: String, expected: Double) {
        #expect(ScenarioTime.minutes(text, electionDay: Self.electionDay) == expected)
    }

    static let invalid = [
        "", "H-401", "H+401", "H+1 24:01", "H0 25:00", "H0 07:60", "H0 07:0", "H0 07", "H0 0700", "H0T07:00",
        "H0  07:00", "D-4", "H4.5", "H+x", "H+", "H-", "h-4", "2024-02-30", "2024-13-01", "2024-2-10",
        "2024-02-10T6", "2026-01-01", "H+-4", "H++4", "H0 +7:00", "H0 07:+5", "2024-02-+1",
    ]

    @Test("invalid expressions give nil", arguments: invalid)
    func rejects(text: String) {
        #expect(ScenarioTime.minutes(text, electionDay: Self.electionDay) == nil)
    }

    @Test("minutes format back as H-day and time of day")
    func format() {
        #expect(ScenarioTime.format(-5400) == "H-4 06:00")
        #expect(ScenarioTime.format(420) == "H0 07:00")
        #expect(ScenarioTime.format(2880) == "H+2 00:00")
        #expect(ScenarioTime.format(-1) == "H-1 23:59")
        #expect(ScenarioTime.format(-1440) == "H-1 00:00")
        #expect(ScenarioTime.format(0.5) == "H0 00:00")
    }

    @Test("formatting and reading back are inverse on whole minutes")
    func roundTrip() {
        for minute in stride(from: -3000.0, through: 3000, by: 7) {
            let text = ScenarioTime.format(minute)
            #expect(ScenarioTime.minutes(text, electionDay: Self.electionDay) == minute, "\(minute) -> \(text)")
        }
    }
}

@Suite("CivilDate")
struct CivilDateTests {
    @Test("leap years: every fourth year, except centuries, except every fourth century")
    func leapYears() {
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2023-02-29") == nil)
        #expect(CivilDate("2000-02-29") != nil)
        #expect(CivilDate("1900-02-29") == nil)
        #expect(CivilDate("2100-02-29") == nil)
        #expect(CivilDate("2024-02-30") == nil)
    }

    @Test("month lengths")
    func monthLengths() {
        #expect(CivilDate("2024-04-30") != nil && CivilDate("2024-04-31") == nil)
        #expect(CivilDate("2024-12-31") != nil && CivilDate("2024-01-32") == nil)
        #expect(CivilDate("2024-00-10") == nil && CivilDate("2024-13-10") == nil && CivilDate("2024-01-00") == nil)
    }

    @Test("malformed dates", arguments: ["", "2024-2-14", "24-02-14", "2024/02/14", "2024-02-14T00:00", "1899-12-31", "2201-01-01", "+024-02-14", "2024-02-+1", "2024-+2-14"])
    func malformed(text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test("days since 1970-01-01")
    func daysSinceEpoch() throws {
        #expect(try #require(CivilDate("1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(CivilDate("1969-12-31")).daysSinceEpoch == -1)
        // 30 years of 365 days and 7 leap days (1972 to 1996), then January and a leap February.
        #expect(try #require(CivilDate("2000-03-01")).daysSinceEpoch == 11_017)
        // 54 years with 13 leap days to 2024-01-01, then 31 + 13 days.
        #expect(try #require(CivilDate("2024-02-14")).daysSinceEpoch == 19_767)
        let feb28 = try #require(CivilDate("2024-02-28")).daysSinceEpoch
        #expect(try #require(CivilDate("2024-03-01")).daysSinceEpoch - feb28 == 2)
        #expect(try #require(CivilDate("2023-03-01")).daysSinceEpoch - (try #require(CivilDate("2023-02-28")).daysSinceEpoch) == 1)
    }
}
