/// A tidy CSV table built row by row: columns declared once, one observation per row, fixed
/// number formats, so the same values always give the same bytes.
///
/// Numbers: integers as digits; other doubles in Swift's shortest round-trip form (`0.1`, `1e-07`);
/// NaN and infinities as an empty field (missing), which pandas, R and Excel read as NA.
public struct TidyCSV: Sendable {
    public let columns: [String]
    public private(set) var bytes: [UInt8]
    private var fieldsInRow = 0

    public init(columns: [String]) {
        self.columns = columns
        bytes = Array(columns.map(Self.escape).joined(separator: ",").utf8)
        bytes.append(10)
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends a text field.
    public mutating func text(_ value: String) {
        separator()
        bytes.append(contentsOf: Self.escape(value).utf8)
    }

    /// Appends an integer field.
    public mutating func int(_ value: Int) {
        separator()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a number field (empty when not finite).
    public mutating func number(_ value: Double) {
        separator()
        bytes.append(contentsOf: Self.format(value).utf8)
    }

    /// Ends the row; the number of fields must match the header.
    public mutating func endRow() {
        precondition(fieldsInRow == columns.count, "row has \(fieldsInRow) fields, header has \(columns.count)")
        bytes.append(10)
        fieldsInRow = 0
    }

    /// Hands out the bytes written so far and keeps the table empty (for streaming large tables).
    public mutating func takeBytes() -> [UInt8] {
        precondition(fieldsInRow == 0, "a row is half written")
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    private mutating func separator() {
        if fieldsInRow > 0 { bytes.append(44) }
        fieldsInRow += 1
    }

    /// The number format of every Siaga CSV.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Quotes a field holding a comma, a quote or a line break (RFC 4180).
    public static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var out = "\""
        for character in text { out += character == "\"" ? "\"\"" : String(character) }
        return out + "\""
    }
}
