/// Reads the scenario's time expressions into minutes from 00:00 local time on election day (H0).
///
/// Accepted forms:
/// - `H-4`, `H+17`, `H0` (a day relative to election day, at 00:00),
/// - the same followed by a time of day: `H-4 06:00`, `H0 07:00`, `H+1 12:00`,
/// - a local date, optionally with a time: `2024-02-10`, `2024-02-10T06:00`, `2024-02-10 06:00`.
/// `24:00` is allowed as the end of a day.
enum ScenarioTime {
    static let expected = "a time such as 'H-4', 'H0 07:00', 'H+1 24:00' or '2024-02-10T06:00'"

    /// Minutes from H0 00:00, or nil if `text` is not a time expression.
    static func minutes(_ text: String, electionDay: CivilDate) -> Double? {
        let text = text.trimmingWhitespace()
        var dayPart = Substring(text), clockPart: Substring?
        if let split = text.firstIndex(where: { $0 == " " || $0 == "T" }), !text.hasPrefix("H") || text[split] == " " {
            dayPart = text[..<split]
            clockPart = text[text.index(after: split)...]
        }
        let day: Int
        if dayPart.first == "H" {
            let offset = dayPart.dropFirst()
            // `H0`, or a sign then digits: `H5`, `H`, `H00`, `H+-4` and `H++4` are typos, not days.
            if offset == "0" { day = 0 } else {
                guard offset.first == "+" || offset.first == "-" else { return nil }
                let digits = offset.dropFirst()
                guard digits.isDigits, let value = Int(digits), value <= 400 else { return nil }
                day = offset.first == "-" ? -value : value
            }
        } else {
            guard let date = CivilDate(String(dayPart)) else { return nil }
            day = date.daysSinceEpoch - electionDay.daysSinceEpoch
            guard abs(day) <= 400 else { return nil }
        }
        var minuteOfDay = 0
        if let clockPart {
            let pieces = clockPart.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2, pieces[0].count <= 2, pieces[1].count == 2, pieces[0].isDigits, pieces[1].isDigits,
                  let hour = Int(pieces[0]), let minute = Int(pieces[1]),
                  (0...24).contains(hour), (0..<60).contains(minute), hour < 24 || minute == 0 else { return nil }
            minuteOfDay = hour * 60 + minute
        }
        return Double(day * 1440 + minuteOfDay)
    }

    /// Formats minutes from H0 as `H-4 06:00`.
    static func format(_ minutes: Double) -> String {
        let total = Int(minutes.rounded(.down))
        let day = total >= 0 ? total / 1440 : -((-total + 1439) / 1440)
        let minuteOfDay = total - day * 1440
        let sign = day > 0 ? "+" : (day < 0 ? "-" : "")
        let hh = minuteOfDay / 60, mm = minuteOfDay % 60
        return "H\(sign)\(day == 0 ? "0" : String(abs(day))) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
    }
}

/// A date in the proleptic Gregorian calendar, without Foundation.
struct CivilDate: Hashable {
    var year: Int, month: Int, day: Int

    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, parts.allSatisfy(\.isDigits),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...2200).contains(y), (1...12).contains(m) else { return nil }
        let isLeap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[m - 1]).contains(d) else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// Days since 1970-01-01 (H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension Substring {
    /// True if non-empty and only ASCII digits (no sign, unlike what `Int(_:)` accepts).
    fileprivate var isDigits: Bool { !isEmpty && allSatisfy { $0.isASCII && $0.isNumber } }
}
