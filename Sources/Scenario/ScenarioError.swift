/// Where in an input a problem was found: a file and, when known, a line and a column (both 1-based).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// A problem with a user-facing input (scenario YAML, CSV tables, plan files).
///
/// Thrown once, at the boundary where the input is read, with everything a user needs to fix it:
/// the location, the key path or CSV column, what was expected and what was found. The command
/// line maps it to a message on stderr and an exit code; nothing below the command line prints.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of problem; the command line maps it to an exit code.
    public enum Kind: String, Sendable {
        /// The file does not exist or cannot be read.
        case unreadable
        /// The bytes are not a well-formed document (not UTF-8, malformed YAML, broken CSV quoting).
        case syntax
        /// The document is well formed but a value is missing, of the wrong type, or out of range.
        case invalid
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Dotted key path into the YAML (`force.units[2].personnel`) or `column 'latitude'` for CSV.
    public var keyPath: String?
    /// What the field must hold.
    public var expected: String
    /// What the input held instead (quoted where it is text from the input), if anything.
    public var found: String?
    /// A hint such as a did-you-mean suggestion.
    public var hint: String?

    public init(
        _ kind: Kind, at location: SourceLocation, keyPath: String? = nil,
        expected: String, found: String? = nil, hint: String? = nil
    ) {
        self.kind = kind
        self.location = location
        self.keyPath = keyPath
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    /// One line in the compiler style: `file:line:column: error: key.path: expected X, found Y (hint)`.
    public var description: String {
        var text = "\(location): error: "
        if let keyPath, !keyPath.isEmpty { text += "\(keyPath): " }
        text += "expected \(expected)"
        if let found { text += ", found \(found)" }
        if let hint { text += " (\(hint))" }
        return text
    }
}

extension ScenarioError {
    /// Quotes input text for an error message, shortening long values and making control bytes visible.
    static func quote(_ text: some StringProtocol) -> String {
        var shown = String(text.prefix(60))
        if text.count > 60 { shown += "..." }
        shown = shown.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }
            .joined()
        return "'\(shown)'"
    }
}
