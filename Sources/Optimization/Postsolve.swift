/// Undoes ``Presolve``: maps a point, duals or a ray of the reduced problem
/// back to the original rows and columns.
///
/// Primal: kept columns take the reduced solution, removed ones their fixed
/// value. Duals: removed rows have `y = 0`, except a singleton row that
/// supplied a bound of its column: if that bound is the one the column's
/// reduced cost `dⱼ = cⱼ - aⱼᵀy` says is active (`dⱼ > 0` lower, `< 0`
/// upper), the row takes it over, `yᵢ = dⱼ / aᵢⱼ`, and `dⱼ` becomes 0.
/// Columns are visited kept ones first, then removed ones in reverse order of
/// removal, so that every row a column's `dⱼ` depends on is final before it
/// is read.
struct Postsolve: Sendable {
    let rows: Int
    let columns: Int
    var keptRows: [Int]
    var keptColumns: [Int]
    /// Removed columns and their values, in order of removal.
    var fixed: [(column: Int, value: Double)] = []
    /// The singleton row and coefficient that set a column's current lower or upper bound.
    var lowerSource: [Int: (row: Int, coefficient: Double)] = [:]
    var upperSource: [Int: (row: Int, coefficient: Double)] = [:]

    /// The identity map (no presolve).
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        keptRows = Array(0..<rows)
        keptColumns = Array(0..<columns)
    }

    /// The original `x` from the reduced `x`.
    func primal(_ reduced: [Double]) -> [Double] {
        var x = [Double](repeating: 0, count: columns)
        for (k, j) in keptColumns.enumerated() { x[j] = reduced[k] }
        for entry in fixed { x[entry.column] = entry.value }
        return x
    }

    /// The original-space ray from a reduced ray: removed columns stay put.
    func ray(_ reduced: [Double]) -> [Double] {
        var d = [Double](repeating: 0, count: columns)
        for (k, j) in keptColumns.enumerated() { d[j] = reduced[k] }
        return d
    }

    /// The original row duals `y` from the reduced ones.
    ///
    /// - Parameters:
    ///   - costs: `c` for duals, `nil` for a Farkas ray (cost zero).
    func duals(_ reduced: [Double], original: BoundedForm, costs: [Double]?) -> [Double] {
        var y = [Double](repeating: 0, count: rows)
        for (k, i) in keptRows.enumerated() { y[i] = reduced[k] }
        guard !lowerSource.isEmpty || !upperSource.isEmpty else { return y }
        let order = keptColumns + fixed.reversed().map(\.column)
        for j in order where lowerSource[j] != nil || upperSource[j] != nil {
            var d = costs?[j] ?? 0
            for k in original.a.entries(ofColumn: j) { d -= original.a.values[k] * y[original.a.rowIndices[k]] }
            if d > 0, let source = lowerSource[j] {
                y[source.row] = d / source.coefficient
            } else if d < 0, let source = upperSource[j] {
                y[source.row] = d / source.coefficient
            }
        }
        return y
    }
}
