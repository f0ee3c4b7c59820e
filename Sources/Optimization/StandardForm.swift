/// The problem as the interior-point method sees it:
///
/// ```
/// minimize cᵀx   subject to   A x = b,   xⱼ ≥ 0 (j lower),  0 ≤ xⱼ ≤ uⱼ (j boxed),  xⱼ free
/// ```
///
/// built from a (presolved, scaled) ``BoundedForm`` by
/// - a slack column `-eᵢ` with bounds `[rₗᵢ, rᵤᵢ]` for every row that is not an
///   equality, so that `aᵢᵀx - sᵢ = 0`;
/// - shifting and reflecting every column onto `[0, u]`, `[0, ∞)` or `ℝ`:
///   `x = l + x'` when `l` is finite, `x = u - x'` when only `u` is.
///
/// The constant these moves take out of the objective is ``constant``; the
/// scaled bounded form's objective is `cᵀx' + constant`.
struct StandardForm: Sendable {
    /// How a column is bounded after the shift.
    enum Kind: UInt8, Sendable { case lower, boxed, free }

    let a: SparseMatrix
    let b: [Double]
    let c: [Double]
    /// `uⱼ` for boxed columns, `+∞` otherwise.
    let upper: [Double]
    let kind: [Kind]
    /// The number of complementary pairs of an ``Iterate``, `|L| + 2|B| + 1` (τκ included).
    let pairCount: Int
    /// Whether any column is boxed. Without one, the `s, w` parts of
    /// directions and the `r_sw` of targets are left empty (and the iterate's
    /// stay zero), so that the passes over `n`-vectors skip half their memory.
    let hasBoxed: Bool
    let constant: Double
    /// Columns of the bounded form; the rest are slacks.
    let structuralCount: Int
    /// `x_bounded = shift + sign · x'` for every column, structural or slack.
    let shift: [Double]
    let sign: [Double]
    /// Multiply an internal quantity by these to express it in the original
    /// problem's units (for termination tests): primal values per column,
    /// dual residuals per column, primal residuals per row, and the objective.
    let primalUnit: [Double]
    let dualUnit: [Double]
    let rowUnit: [Double]
    let objectiveUnit: Double

    var rows: Int { a.rows }
    var columns: Int { a.columns }

    init(_ problem: BoundedForm, scaling: Scaling) {
        let m = problem.rows, n = problem.columns
        let slackRows = (0..<m).filter { problem.rowLower[$0] != problem.rowUpper[$0] }
        var lower = problem.columnLower, upperBound = problem.columnUpper
        var starts = problem.a.columnStarts, indices = problem.a.rowIndices, values = problem.a.values
        for i in slackRows {
            indices.append(i)
            values.append(-1)
            starts.append(indices.count)
            lower.append(problem.rowLower[i])
            upperBound.append(problem.rowUpper[i])
        }
        var rhs = (0..<m).map { problem.rowLower[$0] == problem.rowUpper[$0] ? problem.rowLower[$0] : 0 }
        var shift: [Double] = [], sign: [Double] = [], kind: [Kind] = [], upper: [Double] = []
        for j in lower.indices {
            let (l, u) = (lower[j], upperBound[j])
            let (k, s, g, w): (Kind, Double, Double, Double) = switch (l.isFinite, u.isFinite) {
            case (true, true): (.boxed, l, 1, u - l)
            case (true, false): (.lower, l, 1, .infinity)
            case (false, true): (.lower, u, -1, .infinity)
            case (false, false): (.free, 0, 1, .infinity)
            }
            kind.append(k)
            shift.append(s)
            sign.append(g)
            upper.append(w)
        }
        var constant = 0.0
        var cost = problem.c + Array(repeating: 0, count: slackRows.count)
        for j in lower.indices {
            for k in starts[j]..<starts[j + 1] {
                rhs[indices[k]] -= values[k] * shift[j]
                values[k] *= sign[j]
            }
            constant += cost[j] * shift[j]
            cost[j] *= sign[j]
        }
        a = SparseMatrix(unchecked: m, lower.count, starts, indices, values)
        b = rhs
        c = cost
        self.upper = upper
        self.kind = kind
        pairCount = kind.reduce(1) { $0 + ($1 == .free ? 0 : $1 == .boxed ? 2 : 1) }
        hasBoxed = kind.contains(.boxed)
        self.constant = constant
        structuralCount = n
        self.shift = shift
        self.sign = sign
        let (omega, beta) = (scaling.objective, scaling.bound)
        primalUnit = (0..<n).map { scaling.column[$0] / beta } + slackRows.map { 1 / (beta * scaling.row[$0]) }
        dualUnit = (0..<n).map { 1 / (omega * scaling.column[$0]) } + slackRows.map { scaling.row[$0] / omega }
        rowUnit = (0..<m).map { 1 / (beta * scaling.row[$0]) }
        objectiveUnit = 1 / (omega * beta)
    }

    /// The bounded-form (scaled) values of the structural columns, `l + x'` or `u - x'`.
    func boundedPrimal(_ x: [Double]) -> [Double] {
        (0..<structuralCount).map { shift[$0] + sign[$0] * x[$0] }
    }

    /// The bounded-form direction of a ray: reflection only.
    func boundedRay(_ x: [Double]) -> [Double] {
        (0..<structuralCount).map { sign[$0] * x[$0] }
    }
}
