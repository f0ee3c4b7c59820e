import Yams

/// A YAML node together with where it came from: the file, its line and column, and its key path.
///
/// The scenario loader walks the node tree that Yams composes (rather than using `Codable`)
/// so that every error can name the line, the column and the key path, unknown keys can be
/// reported with a did-you-mean, and numbers can be range-checked as they are read.
struct YAMLNode {
    let node: Node
    let file: String
    let keyPath: String

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// An error at this node.
    func error(expected: String, found: String? = nil, hint: String? = nil) -> ScenarioError {
        ScenarioError(.invalid, at: location, keyPath: keyPath, expected: expected,
                      found: found ?? describe(), hint: hint)
    }

    /// A short description of what the node holds, for "found ..." in messages.
    func describe() -> String {
        switch node {
        case .scalar(let scalar):
            if isNull { return "nothing (null)" }
            return "\(scalar.style == .plain ? "" : "quoted text ")\(ScenarioError.quote(scalar.string))"
        case .mapping: return "a mapping (key: value pairs)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// True for `~`, `null`, `Null`, `NULL` or an empty plain scalar.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: - Structure

    /// This node as a mapping whose keys are read once each.
    func mapping() throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else { throw error(expected: "a mapping (key: value pairs)") }
        return try YAMLMapping(mapping, file: file, keyPath: keyPath)
    }

    /// This node as a list, each element with its index in the key path.
    func sequence() throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error(expected: "a list") }
        return sequence.enumerated().map { index, element in
            YAMLNode(node: element, file: file, keyPath: "\(keyPath)[\(index)]")
        }
    }

    // MARK: - Scalars

    /// The raw text of a scalar.
    func scalarText(expected: String) throws -> (text: String, isPlain: Bool) {
        guard case .scalar(let scalar) = node, !isNull else { throw error(expected: expected) }
        return (scalar.string, scalar.style == .plain)
    }

    /// A non-empty text value.
    func string() throws -> String {
        let (text, _) = try scalarText(expected: "text")
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw error(expected: "non-empty text") }
        return trimmed
    }

    /// An identifier: letters, digits, `-`, `_`, `.`; at most 64 characters.
    func identifier() throws -> String {
        let text = try string()
        let isValid = text.count <= 64 && text.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
        guard isValid else {
            throw error(expected: "an identifier (letters, digits, '-', '_' or '.'; at most 64 characters)")
        }
        return text
    }

    /// A whole number in `range`; underscores may group digits (`1_227_895_000`).
    func int(in range: ClosedRange<Int>, unit: String = "") -> Result<Int, ScenarioError> {
        let expected = "a whole number\(unit.isEmpty ? "" : " of \(unit)") from \(range.lowerBound) to \(range.upperBound)"
        guard let (text, isPlain) = try? scalarText(expected: expected), isPlain,
              let value = Int(text.replacingUnderscores()) else {
            return .failure(error(expected: expected))
        }
        guard range.contains(value) else { return .failure(error(expected: expected)) }
        return .success(value)
    }

    /// A finite number in `range`.
    func double(in range: ClosedRange<Double>, unit: String = "") -> Result<Double, ScenarioError> {
        let expected = "a number\(unit.isEmpty ? "" : " of \(unit)") from \(range.lowerBound.formattedBound) to \(range.upperBound.formattedBound)"
        guard let (text, isPlain) = try? scalarText(expected: expected), isPlain,
              let value = Double(text.replacingUnderscores()) ?? Self.yamlNonFinite[text] else {
            return .failure(error(expected: expected))
        }
        guard value.isFinite else { return .failure(error(expected: "a finite number" + expected.dropFirst(8))) }
        guard range.contains(value) else { return .failure(error(expected: expected)) }
        return .success(value)
    }

    /// YAML's spellings of infinity and not-a-number, which `Double(_:)` does not read; recognised
    /// only so that the error says a finite number is needed.
    private static let yamlNonFinite: [String: Double] = [
        ".inf": .infinity, ".Inf": .infinity, ".INF": .infinity, "+.inf": .infinity, "+.Inf": .infinity, "+.INF": .infinity,
        "-.inf": -.infinity, "-.Inf": -.infinity, "-.INF": -.infinity, ".nan": .nan, ".NaN": .nan, ".NAN": .nan,
    ]

    /// `true` or `false` (YAML 1.1 spellings `yes`/`no`/`on`/`off` are rejected as ambiguous).
    func bool() throws -> Bool {
        let (text, isPlain) = try scalarText(expected: "true or false")
        switch (text, isPlain) {
        case ("true", true), ("True", true), ("TRUE", true): return true
        case ("false", true), ("False", true), ("FALSE", true): return false
        default: throw error(expected: "true or false")
        }
    }

    /// One of the raw values of a string enumeration, with a did-you-mean on a near miss.
    func choice<E: RawRepresentable & CaseIterable>(_: E.Type) throws -> E where E.RawValue == String {
        let names = E.allCases.map(\.rawValue)
        let expected = "one of " + names.map { "'\($0)'" }.joined(separator: ", ")
        let (text, _) = try scalarText(expected: expected)
        if let value = E(rawValue: text) { return value }
        throw error(expected: expected, hint: Suggestion.hint(for: text, in: names))
    }
}

extension Result where Failure == ScenarioError {
    /// The value, or the error thrown.
    @inline(__always) func get() throws(ScenarioError) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Removes digit-group underscores in the integer part (`1_227_895_000`); any other use of `_`
    /// (`1_0`, `5_0000`, `_1`) is left in place, so the number fails to parse and is reported.
    func replacingUnderscores() -> String {
        guard contains("_") else { return self }
        let point = firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" }) ?? endIndex
        var integer = self[..<point]
        if integer.first == "-" || integer.first == "+" { integer = integer.dropFirst() }
        let groups = integer.split(separator: "_", omittingEmptySubsequences: false)
        let isGrouped = groups.count > 1 && (1...3).contains(groups[0].count)
            && groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            && !self[point...].contains("_")
        return isGrouped ? String(filter { $0 != "_" }) : self
    }
}

extension Double {
    /// A range bound written without a needless `.0` and with `inf` spelt out.
    var formattedBound: String {
        if self == .infinity { return "infinity" }
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
