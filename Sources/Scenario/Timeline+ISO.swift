extension Timeline {
    /// The local date and time of `minutes` from H0 as ISO 8601 with the UTC offset:
    /// `2024-02-14T07:30:00+07:00`. Seconds are rounded down.
    public func isoTime(minutes: Double) -> String {
        let totalSeconds = Int((minutes * 60).rounded(.down))
        let seconds = ((totalSeconds % 86_400) + 86_400) % 86_400
        let dayOffset = (totalSeconds - seconds) / 86_400
        let (year, month, day) = CivilDate.civil(fromDays: day.daysSinceEpoch + dayOffset)
        let offset = abs(utcOffsetHours)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
            + "\(utcOffsetHours < 0 ? "-" : "+")\(pad(offset, 2)):00"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension CivilDate {
    /// Year, month, day of a count of days since 1970-01-01 (H. Hinnant, civil_from_days).
    static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
