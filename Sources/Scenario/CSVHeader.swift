/// Maps a CSV header onto the columns a table declares, once: required and optional columns in any
/// order, with unknown, duplicate and missing columns reported against the header line.
struct CSVHeader {
    /// Field index of each declared column, or nil for an absent optional column.
    private(set) var positions: [String: Int] = [:]
    let fieldCount: Int

    /// Reads the header row of `reader`.
    /// - Throws: `.invalid` for an empty file, a missing required column, an unknown or repeated column.
    init(_ reader: inout CSVReader, required: [String], optional: [String], what: String) throws {
        guard try reader.nextRow() else {
            throw ScenarioError(.invalid, at: SourceLocation(file: reader.file, line: 1, column: 1),
                                expected: "a header line (\(required.joined(separator: ","))) and \(what)", found: "an empty file")
        }
        fieldCount = reader.fields.count
        let known = required + optional
        for i in 0..<reader.fields.count {
            let name = reader.text(i)
            guard known.contains(name) else {
                throw ScenarioError(.invalid, at: reader.location(i), keyPath: "header",
                                    expected: "a column among \(known.joined(separator: ", "))",
                                    found: "unknown column \(ScenarioError.quote(name))",
                                    hint: Suggestion.hint(for: name, in: known))
            }
            guard positions[name] == nil else {
                throw ScenarioError(.invalid, at: reader.location(i), keyPath: "header",
                                    expected: "each column once", found: "column '\(name)' again")
            }
            positions[name] = i
        }
        for name in required where positions[name] == nil {
            throw ScenarioError(.invalid, at: SourceLocation(file: reader.file, line: reader.rowLine, column: 1),
                                keyPath: "header", expected: "a column named '\(name)'", found: "no such column")
        }
    }

    /// Checks that the current row has as many fields as the header.
    func checkWidth(_ reader: CSVReader) throws {
        guard reader.fields.count != fieldCount else { return }
        throw ScenarioError(.invalid, at: reader.rowLocation,
                            expected: "\(fieldCount) fields, as in the header", found: "\(reader.fields.count) fields")
    }
}

/// Typed reads of one field of the current CSV row, with errors naming the column.
struct CSVField {
    let reader: CSVReader
    let column: String
    let i: Int

    func error(expected: String) -> ScenarioError {
        ScenarioError(.invalid, at: reader.location(i), keyPath: "column '\(column)'", expected: expected,
                      found: reader.isEmpty(i) ? "an empty field" : ScenarioError.quote(reader.text(i)))
    }

    func number(in range: ClosedRange<Double>, unit: String) throws -> Double {
        guard let value = reader.number(i), range.contains(value) else {
            throw error(expected: "a number\(unit.isEmpty ? "" : " of \(unit)") from \(range.lowerBound.formattedBound) to \(range.upperBound.formattedBound)")
        }
        return value
    }

    func integer(in range: ClosedRange<Int>, unit: String) throws -> Int {
        guard let value = reader.number(i), value == value.rounded(), let int = Int(exactly: value), range.contains(int) else {
            throw error(expected: "a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound)")
        }
        return int
    }

    func text() throws -> String {
        let value = reader.text(i)
        guard !value.isEmpty else { throw error(expected: "non-empty text") }
        return value
    }

    func choice<E: RawRepresentable & CaseIterable>(_: E.Type) throws -> E where E.RawValue == String {
        let value = reader.text(i)
        if let result = E(rawValue: value) { return result }
        let names = E.allCases.map(\.rawValue)
        var failure = error(expected: "one of " + names.map { "'\($0)'" }.joined(separator: ", "))
        failure.hint = Suggestion.hint(for: value, in: names)
        throw failure
    }
}
