import Scenario

/// A JSON value whose objects keep their keys in the order given, so that written files are
/// byte-identical run after run (Foundation's encoder orders keys only by sorting, and its number
/// text is not specified).
indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A finite number, written as an integer when it is one, else in Swift's shortest
    /// round-trip form; a non-finite number is written as `null`.
    case number(Double)
    case bool(Bool)
    case null

    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// Compact text on one line: `{"a": 1, "b": [1, 2]}`.
    var compact: String {
        switch self {
        case let .object(members):
            return "{" + members.map { JSONText.string($0.0) + ": " + $0.1.compact }.joined(separator: ", ") + "}"
        case let .array(items): return "[" + items.map(\.compact).joined(separator: ", ") + "]"
        case let .string(text): return JSONText.string(text)
        case let .number(value): return Self.format(value)
        case let .bool(value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    /// Indented text, two spaces a level; arrays of scalars stay on one line.
    func pretty(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            let lines = members.map { pad + JSONText.string($0.0) + ": " + $0.1.pretty(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + end + "}"
        case let .array(items):
            if items.allSatisfy(\.isScalar) { return compact }
            return "[\n" + items.map { pad + $0.pretty(indent: indent + 1) }.joined(separator: ",\n") + "\n" + end + "]"
        default: return compact
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
