/// A problem with an MPS file, reported once, where it is read, with the
/// file, line and column and what was expected and found.
public struct MPSError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be read (`siaga` exit 66).
        case unreadable
        /// The contents are not a valid linear MPS model (`siaga` exit 65).
        case invalid
        /// A model cannot be written as MPS (a name with whitespace).
        case unwritable
    }

    public var kind: Kind
    public var path: String
    /// 1-based line, when the error is at one.
    public var line: Int?
    /// 1-based column of the offending field.
    public var column: Int?
    public var message: String

    public init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`, as compilers print it.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
