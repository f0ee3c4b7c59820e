/// Bad input to the solver: a problem that cannot be posed, as opposed to a
/// problem that has no solution (that is a ``Status``).
///
/// Thrown once, when a ``LinearProgram`` or ``SparseMatrix`` is built, and
/// naming the row or column by its name where it has one. A `LinearProgram`
/// that exists is well posed, so ``solve(_:settings:)`` does not throw.
public enum LinearProgramError: Error, Equatable, Sendable {
    /// Two sizes that must agree do not, e.g. the objective has 3 entries but
    /// the matrix 4 columns.
    case dimensionMismatch(what: String, expected: Int, found: Int)
    /// A row or column index outside the matrix.
    case indexOutOfRange(what: String, index: Int, count: Int)
    /// NaN anywhere, or an infinite coefficient in `A` or `c`.
    case notFinite(location: String, value: Double)
    /// A lower bound above its upper bound, `+∞` as a lower bound or `-∞` as
    /// an upper bound, on the named row or column.
    case inconsistentBounds(location: String, lower: Double, upper: Double)
    /// The same matrix position given twice.
    case duplicateEntry(row: String, column: String)
    /// Two rows or two columns with the same name.
    case duplicateName(what: String, name: String)
}

extension LinearProgramError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .dimensionMismatch(what, expected, found):
            "expected \(expected) \(what), found \(found)"
        case let .indexOutOfRange(what, index, count):
            "expected a \(what) index in 0..<\(count), found \(index)"
        case let .notFinite(location, value):
            "\(location): expected a finite number, found \(value)"
        case let .inconsistentBounds(location, lower, upper):
            "\(location): expected lower bound <= upper bound (lower < +inf, upper > -inf), found [\(lower), \(upper)]"
        case let .duplicateEntry(row, column):
            "coefficient (row \(row), column \(column)): expected one entry, found it twice"
        case let .duplicateName(what, name):
            "expected unique \(what) names, found '\(name)' twice"
        }
    }
}
