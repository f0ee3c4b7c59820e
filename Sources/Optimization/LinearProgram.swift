/// A linear program in general (bounded-row) form:
///
/// ```
/// minimize or maximize   cᵀx + c₀
/// subject to             rₗ ≤ A x ≤ rᵤ      (m rows)
///                        l  ≤   x ≤ u       (n columns)
/// ```
///
/// Bounds may be infinite (`±Double.infinity`). A row with `rₗ = rᵤ` is an
/// equality, `rₗ = -∞` a `≤` row, `rᵤ = +∞` a `≥` row, both finite a range,
/// both infinite a free row. This is the form of MPS files (`RANGES`,
/// `BOUNDS`) and of HiGHS; ``init(sense:objective:constraints:senses:rightHandSides:columnLower:columnUpper:)``
/// takes the textbook `A x (≤, =, ≥) b` instead.
///
/// A `LinearProgram` that exists is well posed: the initializer checks sizes,
/// finiteness and bound order and throws ``LinearProgramError`` naming the
/// row or column. Integer markers from an MPS file are kept in
/// ``integerColumns`` and otherwise ignored: the solver treats every column
/// as continuous.
public struct LinearProgram: Sendable, Equatable {
    /// Whether the objective is minimized or maximized.
    public enum Sense: String, Sendable, Hashable { case minimize, maximize }

    /// A row's relation in the textbook form `aᵢᵀx (≤, =, ≥) bᵢ`.
    public enum RowSense: Sendable, Hashable { case lessOrEqual, equal, greaterOrEqual }

    public let name: String
    public let sense: Sense
    /// The objective `c`, one entry per column.
    public let objective: [Double]
    /// The constant `c₀` added to the objective.
    public let objectiveOffset: Double
    /// The name of the objective row (MPS `N` row).
    public let objectiveName: String
    /// The constraint matrix `A`, `m x n`.
    public let constraints: SparseMatrix
    public let rowLower: [Double]
    public let rowUpper: [Double]
    public let columnLower: [Double]
    public let columnUpper: [Double]
    public let rowNames: [String]
    public let columnNames: [String]
    /// Columns marked integer in the source (MPS `MARKER INTORG`, `BV`, `LI`,
    /// `UI`); recorded, solved as continuous.
    public let integerColumns: [Int]

    /// The number of rows `m`.
    public var rowCount: Int { constraints.rows }
    /// The number of columns `n`.
    public var columnCount: Int { constraints.columns }

    /// Creates a linear program in general form.
    ///
    /// - Parameters:
    ///   - rowNames, columnNames: `nil` gives `R1, R2, …` and `C1, C2, …`.
    /// - Throws: ``LinearProgramError`` for a size mismatch, NaN, an infinite
    ///   coefficient, crossed bounds or a repeated name.
    public init(
        name: String = "", sense: Sense = .minimize, objective: [Double], objectiveOffset: Double = 0,
        constraints: SparseMatrix, rowLower: [Double], rowUpper: [Double],
        columnLower: [Double], columnUpper: [Double],
        rowNames: [String]? = nil, columnNames: [String]? = nil, objectiveName: String = "obj",
        integerColumns: [Int] = []
    ) throws(LinearProgramError) {
        let m = constraints.rows, n = constraints.columns
        let rowNames = rowNames ?? (0..<m).map { "R\($0 + 1)" }
        let columnNames = columnNames ?? (0..<n).map { "C\($0 + 1)" }
        try Self.requireCount(objective.count, n, "objective coefficients")
        try Self.requireCount(columnLower.count, n, "column lower bounds")
        try Self.requireCount(columnUpper.count, n, "column upper bounds")
        try Self.requireCount(columnNames.count, n, "column names")
        try Self.requireCount(rowLower.count, m, "row lower bounds")
        try Self.requireCount(rowUpper.count, m, "row upper bounds")
        try Self.requireCount(rowNames.count, m, "row names")
        guard objectiveOffset.isFinite else { throw .notFinite(location: "objective offset", value: objectiveOffset) }
        for j in 0..<n {
            guard objective[j].isFinite else {
                throw .notFinite(location: "objective coefficient of column \(columnNames[j])", value: objective[j])
            }
            try Self.checkBounds(columnLower[j], columnUpper[j], "column \(columnNames[j])")
        }
        for i in 0..<m { try Self.checkBounds(rowLower[i], rowUpper[i], "row \(rowNames[i])") }
        for j in integerColumns where j < 0 || j >= n {
            throw .indexOutOfRange(what: "integer column", index: j, count: n)
        }
        try Self.requireUnique(rowNames, "row")
        try Self.requireUnique(columnNames, "column")
        self.name = name
        self.sense = sense
        self.objective = objective
        self.objectiveOffset = objectiveOffset
        self.objectiveName = objectiveName
        self.constraints = constraints
        self.rowLower = rowLower
        self.rowUpper = rowUpper
        self.columnLower = columnLower
        self.columnUpper = columnUpper
        self.rowNames = rowNames
        self.columnNames = columnNames
        self.integerColumns = integerColumns.sorted()
    }

    /// Creates `min/max cᵀx s.t. A x (≤, =, ≥) b, l ≤ x ≤ u`.
    ///
    /// - Throws: as the general initializer.
    public init(
        sense: Sense = .minimize, objective: [Double], constraints: SparseMatrix,
        senses: [RowSense], rightHandSides b: [Double], columnLower: [Double], columnUpper: [Double],
        rowNames: [String]? = nil, columnNames: [String]? = nil
    ) throws(LinearProgramError) {
        try Self.requireCount(senses.count, constraints.rows, "row senses")
        try Self.requireCount(b.count, constraints.rows, "right-hand sides")
        let lower = zip(senses, b).map { $0 == .lessOrEqual ? -Double.infinity : $1 }
        let upper = zip(senses, b).map { $0 == .greaterOrEqual ? Double.infinity : $1 }
        try self.init(
            sense: sense, objective: objective, constraints: constraints, rowLower: lower, rowUpper: upper,
            columnLower: columnLower, columnUpper: columnUpper, rowNames: rowNames, columnNames: columnNames)
    }

    /// The objective `cᵀx + c₀` at `x`, in the problem's own sense.
    public func objectiveValue(at x: [Double]) -> Double {
        zip(objective, x).reduce(objectiveOffset) { $0 + $1.0 * $1.1 }
    }

    private static func requireCount(_ found: Int, _ expected: Int, _ what: String) throws(LinearProgramError) {
        if found != expected { throw .dimensionMismatch(what: what, expected: expected, found: found) }
    }

    private static func checkBounds(_ lower: Double, _ upper: Double, _ location: String) throws(LinearProgramError) {
        if lower.isNaN { throw .notFinite(location: "\(location) lower bound", value: lower) }
        if upper.isNaN { throw .notFinite(location: "\(location) upper bound", value: upper) }
        if lower > upper || lower == .infinity || upper == -.infinity {
            throw .inconsistentBounds(location: location, lower: lower, upper: upper)
        }
    }

    private static func requireUnique(_ names: [String], _ what: String) throws(LinearProgramError) {
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted { throw .duplicateName(what: what, name: name) }
    }
}
