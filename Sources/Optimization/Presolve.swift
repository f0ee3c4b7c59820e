/// Presolve of trivial rows and columns (Andersen and Andersen, "Presolving in
/// linear programming", Math. Programming 71, 1995, §3), repeated until
/// nothing changes:
///
/// ```
/// empty row        0 ∈ [rₗ, rᵤ] or infeasible; removed, y = 0
/// free row         rₗ = -∞, rᵤ = +∞; removed, y = 0
/// singleton row    rₗ ≤ a xⱼ ≤ rᵤ becomes a bound on xⱼ; removed, y from xⱼ's reduced cost
/// redundant row    [min A x, max A x] over the bounds ⊆ [rₗ, rᵤ]; removed, y = 0
///                  (disjoint from [rₗ, rᵤ]: infeasible)
/// fixed column     lⱼ = uⱼ: substituted into the rows and c₀
/// empty column     set to the bound its cost prefers, or an unbounded ray
/// ```
///
/// Infeasibility found here comes with a certificate in the original
/// problem's terms; the caller verifies it and, if it does not verify
/// (a bound tightened through a chain of rows), solves without presolve.
struct Presolve {
    enum Outcome {
        case reduced(BoundedForm, Postsolve)
        case primalInfeasible(rowMultipliers: [Double])
        case dualInfeasible(direction: [Double])
    }

    private let original: BoundedForm
    private let byRow: SparseMatrix
    private var rowLower, rowUpper, columnLower, columnUpper: [Double]
    private var offset: Double
    private var rowActive, columnActive: [Bool]
    private var rowCount, columnCount: [Int]
    private var postsolve: Postsolve
    private let tolerance = Tuning.presolveFeasibilityTolerance

    init(_ problem: BoundedForm) {
        original = problem
        let byRow = problem.a.transposed()
        self.byRow = byRow
        rowLower = problem.rowLower
        rowUpper = problem.rowUpper
        columnLower = problem.columnLower
        columnUpper = problem.columnUpper
        offset = problem.offset
        rowActive = Array(repeating: true, count: problem.rows)
        columnActive = Array(repeating: true, count: problem.columns)
        rowCount = (0..<problem.rows).map { byRow.entries(ofColumn: $0).count }
        columnCount = (0..<problem.columns).map { problem.a.entries(ofColumn: $0).count }
        postsolve = Postsolve(rows: problem.rows, columns: problem.columns)
    }

    /// Applies the reductions until a pass changes nothing.
    mutating func run() -> Outcome {
        var changed = true
        while changed {
            changed = false
            for i in 0..<original.rows where rowActive[i] {
                if let infeasible = reduceRow(i, changed: &changed) { return infeasible }
            }
            for j in 0..<original.columns where columnActive[j] {
                if let unbounded = reduceColumn(j, changed: &changed) { return unbounded }
            }
        }
        return .reduced(reducedProblem(), postsolve)
    }

    /// Removes row `i` if it is empty, free, a singleton or redundant.
    private mutating func reduceRow(_ i: Int, changed: inout Bool) -> Outcome? {
        if rowCount[i] == 0 {
            if rowLower[i] > tolerance * (1 + abs(rowLower[i])) { return .primalInfeasible(rowMultipliers: unit(i, 1)) }
            if rowUpper[i] < -tolerance * (1 + abs(rowUpper[i])) { return .primalInfeasible(rowMultipliers: unit(i, -1)) }
        } else if rowLower[i] > -.infinity || rowUpper[i] < .infinity {
            if rowCount[i] == 1 {
                if let crossed = tightenFromSingleton(i) { return crossed }
            } else {
                let (low, high) = activityRange(i)
                if high < rowLower[i] - tolerance * (1 + abs(rowLower[i])) {
                    return .primalInfeasible(rowMultipliers: unit(i, 1))
                }
                if low > rowUpper[i] + tolerance * (1 + abs(rowUpper[i])) {
                    return .primalInfeasible(rowMultipliers: unit(i, -1))
                }
                guard low >= rowLower[i] && high <= rowUpper[i] else { return nil }
            }
        }
        removeRow(i)
        changed = true
        return nil
    }

    /// Removes column `j` if it is fixed or empty.
    private mutating func reduceColumn(_ j: Int, changed: inout Bool) -> Outcome? {
        let (l, u, c) = (columnLower[j], columnUpper[j], original.c[j])
        if l == u {
            fixColumn(j, at: l)
        } else if columnCount[j] == 0 {
            if c > 0 && l == -.infinity { return .dualInfeasible(direction: unitColumn(j, -1)) }
            if c < 0 && u == .infinity { return .dualInfeasible(direction: unitColumn(j, 1)) }
            fixColumn(j, at: c > 0 ? l : c < 0 ? u : (l.isFinite ? l : u.isFinite ? u : 0))
        } else {
            return nil
        }
        changed = true
        return nil
    }

    /// Turns the singleton row `i` (`rₗ ≤ a xⱼ ≤ rᵤ`) into bounds on `xⱼ`,
    /// recording the row as the source of each bound it tightens.
    private mutating func tightenFromSingleton(_ i: Int) -> Outcome? {
        guard let k = byRow.entries(ofColumn: i).first(where: { columnActive[byRow.rowIndices[$0]] }) else { return nil }
        let j = byRow.rowIndices[k], a = byRow.values[k]
        let implied = a > 0 ? (rowLower[i] / a, rowUpper[i] / a) : (rowUpper[i] / a, rowLower[i] / a)
        if implied.0 > columnLower[j] {
            columnLower[j] = implied.0
            postsolve.lowerSource[j] = (i, a)
        }
        if implied.1 < columnUpper[j] {
            columnUpper[j] = implied.1
            postsolve.upperSource[j] = (i, a)
        }
        let (l, u) = (columnLower[j], columnUpper[j])
        guard l > u else { return nil }
        if l - u > tolerance * (1 + max(abs(l), abs(u))) { return .primalInfeasible(rowMultipliers: crossingRay(j)) }
        if postsolve.lowerSource[j] == nil { columnUpper[j] = l } else { columnLower[j] = u }
        return nil
    }

    /// The Farkas ray for `lⱼ > uⱼ`: `xⱼ ≥ lⱼ` minus `xⱼ ≤ uⱼ`, each taken
    /// from the row that implied it (`y = 1/a` and `-1/a`) or from the
    /// original bound (through `z = -Aᵀy`).
    private func crossingRay(_ j: Int) -> [Double] {
        var y = [Double](repeating: 0, count: original.rows)
        if let source = postsolve.lowerSource[j] { y[source.row] += 1 / source.coefficient }
        if let source = postsolve.upperSource[j] { y[source.row] -= 1 / source.coefficient }
        return y
    }

    /// `[Σ min(a lⱼ, a uⱼ), Σ max(a lⱼ, a uⱼ)]` over the active columns of row `i`.
    private func activityRange(_ i: Int) -> (Double, Double) {
        var low = 0.0, high = 0.0
        for k in byRow.entries(ofColumn: i) where columnActive[byRow.rowIndices[k]] {
            let j = byRow.rowIndices[k], a = byRow.values[k]
            let (l, u) = (columnLower[j], columnUpper[j])
            low += a > 0 ? a * l : a * u
            high += a > 0 ? a * u : a * l
        }
        return (low, high)
    }

    private mutating func removeRow(_ i: Int) {
        rowActive[i] = false
        for k in byRow.entries(ofColumn: i) { columnCount[byRow.rowIndices[k]] -= 1 }
    }

    /// Substitutes `xⱼ = value` into the active rows and the offset.
    private mutating func fixColumn(_ j: Int, at value: Double) {
        columnActive[j] = false
        offset += original.c[j] * value
        for k in original.a.entries(ofColumn: j) {
            let i = original.a.rowIndices[k], shift = original.a.values[k] * value
            rowCount[i] -= 1
            guard rowActive[i] else { continue }
            rowLower[i] -= shift
            rowUpper[i] -= shift
        }
        postsolve.fixed.append((j, value))
    }

    private func unit(_ i: Int, _ sign: Double) -> [Double] {
        var y = [Double](repeating: 0, count: original.rows)
        y[i] = sign
        return y
    }

    private func unitColumn(_ j: Int, _ sign: Double) -> [Double] {
        var d = [Double](repeating: 0, count: original.columns)
        d[j] = sign
        return d
    }

    /// The active rows and columns as a new problem, and the index maps.
    private mutating func reducedProblem() -> BoundedForm {
        let rows = (0..<original.rows).filter { rowActive[$0] }
        let columns = (0..<original.columns).filter { columnActive[$0] }
        var newRow = [Int](repeating: -1, count: original.rows)
        for (k, i) in rows.enumerated() { newRow[i] = k }
        var starts = [0], indices: [Int] = [], values: [Double] = []
        for j in columns {
            for k in original.a.entries(ofColumn: j) where newRow[original.a.rowIndices[k]] >= 0 {
                indices.append(newRow[original.a.rowIndices[k]])
                values.append(original.a.values[k])
            }
            starts.append(indices.count)
        }
        postsolve.keptRows = rows
        postsolve.keptColumns = columns
        return BoundedForm(
            a: SparseMatrix(unchecked: rows.count, columns.count, starts, indices, values),
            c: columns.map { original.c[$0] }, offset: offset,
            rowLower: rows.map { rowLower[$0] }, rowUpper: rows.map { rowUpper[$0] },
            columnLower: columns.map { columnLower[$0] }, columnUpper: columns.map { columnUpper[$0] })
    }
}
