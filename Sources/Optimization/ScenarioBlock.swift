import LinearAlgebra

/// One scenario block of a ``BlockAngularKKT``: its rows split into
/// *diagonal* rows (no two share a block column, so `W Θ Wᵀ` is diagonal on
/// them) and *core* rows, its columns' entries in that split, its coupling
/// `T` to the first-stage columns, and the factors of the last
/// factorization.
///
/// For the deployment LP the zone-demand rows are diagonal (each `s_pzk`
/// meets one zone) and the post and seat rows are the core, so the dense
/// work per block is on a matrix of order `P (1 + access classes)`.
final class ScenarioBlock: @unchecked Sendable {
    /// Global row indices of the diagonal and the core rows.
    let diagonalRows: [Int]
    let coreRows: [Int]
    /// Global block columns; per column its diagonal row position (or -1)
    /// with the coefficient there, and its core entries `coreStart[t]..<coreStart[t+1]`.
    let columns: [Int]
    let diagonalOf: [Int]
    let diagonalValue: [Double]
    let coreStart: [Int]
    let corePosition: [Int]
    let coreValue: [Double]
    /// Block columns meeting each diagonal row, CSR.
    let diagonalColumnStart: [Int]
    let diagonalColumns: [Int]
    /// `T` on diagonal rows (CSR by diagonal position: coupled index, value) and on core rows.
    let couplingStart: [Int]
    let couplingColumn: [Int]
    let couplingValue: [Double]
    let coreCoupling: [(position: Int, column: Int, value: Double)]

    /// `d_i = δ + Σ_j θ_j W_ij²` on the diagonal rows, and `C = L Lᵀ`.
    var d: [Double] = []
    var core: Cholesky?

    /// Splits `rows` of `a` (columns `blockColumns`) greedily: rows by
    /// ascending count of block entries (then index) become diagonal while
    /// they share no block column with an earlier diagonal row.
    init(a: SparseMatrix, rows: [Int], blockColumns: [Int], coupledIndex: [Int], rowEntries: [[(column: Int, value: Double)]], isBlockColumn: (Int) -> Bool) {
        let counts = rows.map { i in rowEntries[i].reduce(0) { $0 + (isBlockColumn($1.column) ? 1 : 0) } }
        let order = rows.indices.sorted { (counts[$0], rows[$0]) < (counts[$1], rows[$1]) }
        var claimed = Set<Int>(), isDiagonal = [Bool](repeating: false, count: rows.count)
        for r in order {
            let mine = rowEntries[rows[r]].filter { isBlockColumn($0.column) }.map(\.column)
            if mine.allSatisfy({ !claimed.contains($0) }) {
                isDiagonal[r] = true
                claimed.formUnion(mine)
            }
        }
        diagonalRows = rows.indices.filter { isDiagonal[$0] }.map { rows[$0] }
        coreRows = rows.indices.filter { !isDiagonal[$0] }.map { rows[$0] }
        var position = [Int: (isDiagonal: Bool, index: Int)]()
        for (p, i) in diagonalRows.enumerated() { position[i] = (true, p) }
        for (p, i) in coreRows.enumerated() { position[i] = (false, p) }

        columns = blockColumns
        var diagonalOf = [Int](repeating: -1, count: blockColumns.count), diagonalValue = diagonalOf.map(Double.init)
        var coreStart = [0], corePosition: [Int] = [], coreValue: [Double] = []
        for (t, j) in blockColumns.enumerated() {
            for e in a.entries(ofColumn: j) {
                guard let at = position[a.rowIndices[e]] else { continue }
                if at.isDiagonal { (diagonalOf[t], diagonalValue[t]) = (at.index, a.values[e]) } else {
                    corePosition.append(at.index)
                    coreValue.append(a.values[e])
                }
            }
            coreStart.append(corePosition.count)
        }
        (self.diagonalOf, self.diagonalValue) = (diagonalOf, diagonalValue)
        (self.coreStart, self.corePosition, self.coreValue) = (coreStart, corePosition, coreValue)
        var byRow = [[Int]](repeating: [], count: diagonalRows.count)
        for t in blockColumns.indices where diagonalOf[t] >= 0 { byRow[diagonalOf[t]].append(t) }
        diagonalColumnStart = byRow.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        diagonalColumns = byRow.flatMap { $0 }

        var couplingStart = [0], couplingColumn: [Int] = [], couplingValue: [Double] = []
        for i in diagonalRows {
            for entry in rowEntries[i] where !isBlockColumn(entry.column) {
                couplingColumn.append(coupledIndex[entry.column])
                couplingValue.append(entry.value)
            }
            couplingStart.append(couplingColumn.count)
        }
        (self.couplingStart, self.couplingColumn, self.couplingValue) = (couplingStart, couplingColumn, couplingValue)
        coreCoupling = coreRows.enumerated().flatMap { p, i in
            rowEntries[i].filter { !isBlockColumn($0.column) }.map { (p, coupledIndex[$0.column], $0.value) }
        }
    }

    /// Factors `M_k` by its diagonal rows and the core Schur complement and
    /// returns `H_k = L⁻¹ G_k` (core x coupled), adding `T_Dᵀ D⁻¹ T_D` to the
    /// lower triangle of `schur` (coupled x coupled).
    func factor(theta: [Double], delta: Double, coupledCount nc: Int, schur: inout Matrix) throws(LinearAlgebraError) -> Matrix? {
        let c = coreRows.count
        d = [Double](repeating: delta, count: diagonalRows.count)
        for (t, j) in columns.enumerated() where diagonalOf[t] >= 0 {
            d[diagonalOf[t]] += theta[j] * diagonalValue[t] * diagonalValue[t]
        }
        schur.withUnsafeMutableBufferPointer { s in
            for i in diagonalRows.indices {
                let range = couplingStart[i]..<couplingStart[i + 1]
                for u in range {
                    for v in range where couplingColumn[v] >= couplingColumn[u] {
                        s[couplingColumn[v] + couplingColumn[u] * nc] += couplingValue[u] * couplingValue[v] / d[i]
                    }
                }
            }
        }
        guard c > 0 else { core = nil; return nil }
        var matrix = Matrix(rows: c, columns: c), g = Matrix(rows: c, columns: nc)
        matrix.withUnsafeMutableBufferPointer { m in
            g.withUnsafeMutableBufferPointer { gp in
                for p in 0..<c { m[p + p * c] = delta }
                for (t, j) in columns.enumerated() {
                    let range = coreStart[t]..<coreStart[t + 1]
                    for u in range {
                        for v in range where corePosition[v] >= corePosition[u] {
                            m[corePosition[v] + corePosition[u] * c] += theta[j] * coreValue[u] * coreValue[v]
                        }
                    }
                }
                for entry in coreCoupling { gp[entry.position + entry.column * c] += entry.value }
                var e: [(Int, Double)] = []
                for i in diagonalRows.indices {
                    e.removeAll(keepingCapacity: true)
                    for t in diagonalColumns[diagonalColumnStart[i]..<diagonalColumnStart[i + 1]] {
                        let scale = theta[columns[t]] * diagonalValue[t]
                        for u in coreStart[t]..<coreStart[t + 1] { e.append((corePosition[u], scale * coreValue[u])) }
                    }
                    let inverse = 1 / d[i]
                    for (p, ep) in e {
                        for (q, eq) in e where q >= p { m[q + p * c] -= ep * eq * inverse }
                    }
                    for (p, ep) in e {
                        for u in couplingStart[i]..<couplingStart[i + 1] {
                            gp[p + couplingColumn[u] * c] -= ep * couplingValue[u] * inverse
                        }
                    }
                }
            }
        }
        let cholesky = try Cholesky(matrix)
        core = cholesky
        try BLAS.trsm(cholesky.factor, &g, side: .left, triangle: .lower)
        return g
    }

    /// `f ← M_k⁻¹ f` for `f` over (diagonal rows, core rows):
    /// `b = C⁻¹ (f_C - E D⁻¹ f_D)`, `a = D⁻¹ (f_D - Eᵀ b)`, `E = W_C Θ W_Dᵀ`.
    func solve(theta: [Double], diagonal fD: inout [Double], core fC: inout [Double]) {
        let eTimes = { (i: Int, body: (Int, Double) -> Void) in
            for t in self.diagonalColumns[self.diagonalColumnStart[i]..<self.diagonalColumnStart[i + 1]] {
                let scale = theta[self.columns[t]] * self.diagonalValue[t]
                for u in self.coreStart[t]..<self.coreStart[t + 1] { body(self.corePosition[u], scale * self.coreValue[u]) }
            }
        }
        if let core {
            for i in fD.indices { let a = fD[i] / d[i]; eTimes(i) { p, e in fC[p] -= e * a } }
            // The factor is finite and the shapes agree, so dpotrs cannot fail.
            fC = (try? core.solve(fC)) ?? fC
        }
        for i in fD.indices {
            var sum = fD[i]
            if core != nil { eTimes(i) { p, e in sum -= e * fC[p] } }
            fD[i] = sum / d[i]
        }
    }
}
