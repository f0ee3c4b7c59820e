/// A CSV table read row by row by column name, for tables that other tools (and Siaga's own runs)
/// write: the columns a reader needs must be there, others are ignored, and every problem is a
/// `ScenarioError` naming the file, line and column.
///
/// It wraps the scenario loader's byte-level scanner (`CSVReader`: RFC 4180, BOM, CRLF, UTF-8
/// checked first), so a run folder's tables get the same precise errors as a scenario's.
public struct CSVTable {
    public let file: String
    /// The header's column names, in file order.
    public let columns: [String]
    private var reader: CSVReader
    private let positions: [String: Int]

    /// Opens `path` and reads its header.
    /// - Throws: `.unreadable` for a missing file; `.syntax` for bytes that are not UTF-8;
    ///   `.invalid` for an empty file or a missing required column (at the header line).
    public init(path: String, required: [String]) throws {
        try self.init(bytes: InputFile.readBytes(path), file: path, required: required)
    }

    public init(bytes: [UInt8], file: String, required: [String]) throws {
        self.file = file
        reader = try CSVReader(bytes: bytes, file: file)
        guard try reader.nextRow() else {
            throw ScenarioError(.invalid, at: SourceLocation(file: file, line: 1, column: 1),
                                expected: "a header line (\(required.joined(separator: ",")))", found: "an empty file")
        }
        let reader = self.reader
        columns = reader.fields.indices.map { reader.text($0) }
        var positions: [String: Int] = [:]
        for (i, name) in columns.enumerated() where positions[name] == nil { positions[name] = i }
        self.positions = positions
        for name in required where positions[name] == nil {
            throw ScenarioError(.invalid, at: SourceLocation(file: file, line: reader.rowLine, column: 1), keyPath: "header",
                                expected: "a column named '\(name)'", found: "no such column",
                                hint: Suggestion.hint(for: name, in: columns))
        }
    }

    /// Moves to the next row; false at the end of the file.
    /// - Throws: `.syntax` for broken quoting; `.invalid` for a row with a different number of fields.
    public mutating func next() throws -> Bool {
        guard try reader.nextRow() else { return false }
        guard reader.fields.count == columns.count else {
            throw ScenarioError(.invalid, at: reader.rowLocation,
                                expected: "\(columns.count) fields, as in the header", found: "\(reader.fields.count) fields")
        }
        return true
    }

    /// The line on which the current row starts.
    public var line: Int { reader.rowLine }

    /// True if the header has the column.
    public func has(_ column: String) -> Bool { positions[column] != nil }

    /// The text of a column in the current row; empty if the header has no such column.
    public func text(_ column: String) -> String {
        guard let i = positions[column] else { return "" }
        return reader.text(i)
    }

    /// A non-empty text field.
    public func requiredText(_ column: String) throws -> String {
        let value = text(column)
        guard !value.isEmpty else { throw error(column, expected: "non-empty text") }
        return value
    }

    /// A number, or nil for an empty field (a missing value) or an absent column.
    /// - Throws: `.invalid` for text that is not a finite number.
    public func number(_ column: String) throws -> Double? {
        guard let i = positions[column], !reader.isEmpty(i) else { return nil }
        guard let value = reader.number(i) else { throw error(column, expected: "a number or an empty field") }
        return value
    }

    /// A number that must be there.
    public func requiredNumber(_ column: String) throws -> Double {
        guard let value = try number(column) else { throw error(column, expected: "a number") }
        return value
    }

    /// An error at a field of the current row: `file:line:column: error: column 'x': expected ..., found ...`.
    public func error(_ column: String, expected: String) -> ScenarioError {
        guard let i = positions[column] else {
            return ScenarioError(.invalid, at: reader.rowLocation, keyPath: "column '\(column)'", expected: expected,
                                 found: "no such column")
        }
        return ScenarioError(.invalid, at: reader.location(i), keyPath: "column '\(column)'", expected: expected,
                             found: reader.isEmpty(i) ? "an empty field" : ScenarioError.quote(reader.text(i)))
    }
}
