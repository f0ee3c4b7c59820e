import Testing
@testable import RunReport

@Suite struct ReportStringsTests {
    /// Every key in both languages, with the same placeholders, and no English left in Indonesian.
    @Test func bothLanguagesHaveEveryKeyAndPlaceholder() {
        for key in ReportStrings.Key.allCases {
            let en = ReportStrings.english[key], id = ReportStrings.indonesian[key]
            #expect(en != nil, "en: \(key)")
            #expect(id != nil, "id: \(key)")
            if let en, let id {
                #expect(ReportStrings.placeholders(en) == ReportStrings.placeholders(id), "\(key)")
                if en.count > 12 && !["{km} km"].contains(en) { #expect(en != id, "\(key) is not translated") }
            }
        }
        #expect(ReportStrings.english.count == ReportStrings.Key.allCases.count)
        #expect(ReportStrings.indonesian.count == ReportStrings.Key.allCases.count)
    }

    @Test func formatFillsPlaceholders() {
        let strings = ReportStrings(.id)
        #expect(strings.format(.contingencyCase, ["name": "banjir"]) == "Kontinjensi: banjir")
        #expect(strings[.cdfX] == "Waktu respons (menit)")
        #expect(strings.numbers.string(1234.5, decimals: 1) == "1.234,5")
    }
}

@Suite struct IncidentLogTests {
    /// Phases [0, 10) and [10, 20), a gap, then [30, 40).
    @Test func phaseLookupAtBoundaries() {
        let starts: [Double] = [0, 10, 30], ends: [Double] = [10, 20, 40]
        #expect(IncidentLog.phase(of: -1, starts: starts, ends: ends) == 3)
        #expect(IncidentLog.phase(of: 0, starts: starts, ends: ends) == 0)
        #expect(IncidentLog.phase(of: 9.99, starts: starts, ends: ends) == 0)
        #expect(IncidentLog.phase(of: 10, starts: starts, ends: ends) == 1)
        #expect(IncidentLog.phase(of: 25, starts: starts, ends: ends) == 3)
        #expect(IncidentLog.phase(of: 39, starts: starts, ends: ends) == 2)
        #expect(IncidentLog.phase(of: 40, starts: starts, ends: ends) == 3)
    }
}
