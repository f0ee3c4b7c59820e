/// The problem data the solver's stages pass along: a minimization in
/// general form,
///
/// ```
/// minimize  cᵀx + c₀   subject to  rₗ ≤ A x ≤ rᵤ,  l ≤ x ≤ u.
/// ```
///
/// ``LinearProgram`` becomes one (a maximization negates `c` and `c₀`),
/// presolve maps one to a smaller one and scaling to an equilibrated one;
/// ``StandardForm`` then adds slacks and shifts bounds for the interior-point
/// method.
struct BoundedForm: Sendable {
    var a: SparseMatrix
    var c: [Double]
    var offset: Double
    var rowLower: [Double]
    var rowUpper: [Double]
    var columnLower: [Double]
    var columnUpper: [Double]

    var rows: Int { a.rows }
    var columns: Int { a.columns }

    init(
        a: SparseMatrix, c: [Double], offset: Double,
        rowLower: [Double], rowUpper: [Double], columnLower: [Double], columnUpper: [Double]
    ) {
        self.a = a
        self.c = c
        self.offset = offset
        self.rowLower = rowLower
        self.rowUpper = rowUpper
        self.columnLower = columnLower
        self.columnUpper = columnUpper
    }

    /// The minimization form of `problem`: `max cᵀx` becomes `min -cᵀx`.
    init(_ problem: LinearProgram) {
        let sign = problem.sense == .minimize ? 1.0 : -1.0
        self.init(
            a: problem.constraints, c: problem.objective.map { sign * $0 }, offset: sign * problem.objectiveOffset,
            rowLower: problem.rowLower, rowUpper: problem.rowUpper,
            columnLower: problem.columnLower, columnUpper: problem.columnUpper)
    }

    /// `cᵀx + c₀`.
    func objective(at x: [Double]) -> Double {
        zip(c, x).reduce(offset) { $0 + $1.0 * $1.1 }
    }
}
