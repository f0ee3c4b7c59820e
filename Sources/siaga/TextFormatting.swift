/// Number and table formatting for terminal output (thousands grouped with commas, as planners read them).
func group(_ value: Int) -> String {
    let digits = Array(String(abs(value)))
    var out = value < 0 ? "-" : ""
    for (i, digit) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(digit)
    }
    return out
}

func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : percent1(Double(part) / Double(whole))
}

func percent1(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}

/// A number without a needless `.0`, to at most 4 decimals.
func trim(_ value: Double) -> String {
    let rounded = (value * 10_000).rounded() / 10_000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

func fraction(_ value: Double) -> String {
    abs(value - 2.0 / 3.0) < 1e-12 ? "2/3" : trim(value)
}

func formatHours(_ hours: Double) -> String { "\(trim(hours)) h" }

func formatDays(_ days: Double) -> String { trim(days) }

/// Left-aligned first column, right-aligned numbers, two spaces between columns, indented by two.
func table(_ rows: [[String]]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: width)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    var out = ""
    for row in rows {
        var line = " "
        for (i, cell) in row.enumerated() {
            let padding = String(repeating: " ", count: widths[i] - cell.count)
            line += "  " + (i == 0 ? cell + padding : padding + cell)
        }
        while line.hasSuffix(" ") { line.removeLast() }
        out += line + "\n"
    }
    return out
}
