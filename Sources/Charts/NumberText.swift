/// Numbers as text with a fixed number of decimals, independent of the machine's locale.
///
/// Charts are read in English (`1,234.5`) and in Indonesian (`1.234,5`), so the separators are
/// parameters, never taken from the environment: the same value always gives the same bytes.
public struct NumberText: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupingSeparator: String

    public init(decimalSeparator: String, groupingSeparator: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    /// `1,234.5`
    public static let english = NumberText(decimalSeparator: ".", groupingSeparator: ",")
    /// `1.234,5`
    public static let indonesian = NumberText(decimalSeparator: ",", groupingSeparator: ".")

    /// `value` rounded half away from zero to `decimals` places, with grouped thousands.
    public func string(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let plain = Self.fixed(value, decimals: decimals, trimZeros: false)
        let negative = plain.hasPrefix("-")
        let body = negative ? plain.dropFirst() : Substring(plain)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = ""
        for (i, digit) in parts[0].enumerated() {
            if i > 0, (parts[0].count - i) % 3 == 0 { integer += groupingSeparator }
            integer.append(digit)
        }
        let fraction = parts.count > 1 ? decimalSeparator + parts[1] : ""
        return (negative ? "-" : "") + integer + fraction
    }

    /// `value` with `decimals` places, `.` as the decimal point and no grouping; `-0` is `0`.
    /// With `trimZeros`, trailing zeros of the fraction (and a bare point) are dropped.
    public static func fixed(_ value: Double, decimals: Int, trimZeros: Bool) -> String {
        precondition((0...9).contains(decimals), "0 to 9 decimals")
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let whole = units / Int(scale), part = units % Int(scale)
        var fraction = decimals > 0 ? String(part) : ""
        if decimals > 0 { fraction = String(repeating: "0", count: decimals - fraction.count) + fraction }
        if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = units == 0 || value > 0 ? "" : "-"
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
