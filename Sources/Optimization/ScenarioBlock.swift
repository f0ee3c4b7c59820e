import LinearAlgebra

/// One scenario block of a ``BlockAngularKKT``: its rows split into
/// *diagonal* rows (no two share a block column, so `W Θ Wᵀ` is diagonal on
/// them) and *core* rows, its columns' entries in that split, its coupling
/// `T` to the first-stage columns, the factors of the last factorization,
/// and work space for solves.
///
/// For the deployment LP the zone-demand rows are diagonal (each `s_pzk`
/// meets one zone) and the post and seat rows are the core, so the dense
/// work per block is on a matrix of order `P (1 + access classes)`.
///
/// A block is used by one thread at a time: ``BlockAngularKKT`` hands each
/// thread a fixed set of blocks.
final class ScenarioBlock: @unchecked Sendable {
    /// Global row indices of the diagonal and the core rows.
    let diagonalRows: [Int]
    let coreRows: [Int]
    /// Global block columns; per column its diagonal row position (or -1)
    /// with the coefficient there, and its core entries (``BlockColumns``).
    let table: BlockColumns
    /// Block columns meeting each diagonal row, CSR.
    let diagonalColumnStart: [Int]
    let diagonalColumns: [Int]
    /// `T` on diagonal rows (CSR by diagonal position: coupled index, value) and on core rows.
    let couplingStart: [Int]
    let couplingColumn: [Int]
    let couplingValue: [Double]
    let coreCouplingPosition: [Int]
    let coreCouplingColumn: [Int]
    let coreCouplingValue: [Double]
    /// The atoms the core parts are written in (``CoreBasis``), and the
    /// pattern of `H_k = T_a - E_a D⁻¹ T_D` in them, `G_k = B H_k`.
    let basis: CoreBasis
    let hPattern: CoupledPattern

    /// `d_i = δ + Σ_j θ_j W_ij²` on the diagonal rows, and `C = L Lᵀ`.
    private(set) var d: [Double] = []
    private(set) var core: Cholesky?
    /// `E_a` of the last factorization (`E = W_C Θ W_Dᵀ = B E_a`), CSR by
    /// diagonal row (atom, value); an atom may repeat within a row.
    private var eStart: [Int] = []
    private var ePosition: [Int32] = []
    private var eValue: [Double] = []
    /// Work space over (diagonal, core) rows: the vector being solved for,
    /// and `h_k`, kept between the two halves of a solve.
    private var fD: [Double]
    private var fC: [Double]
    private var hD: [Double]
    private var hC: [Double]
    /// Work space over the atoms (compressed basis only).
    private var atomWork: [Double]

    /// Splits `rows` of `a` (columns `blockColumns`) greedily: rows by
    /// ascending count of block entries (then index) become diagonal while
    /// they share no block column with an earlier diagonal row.
    init(a: SparseMatrix, rows: [Int], blockColumns: [Int], coupledIndex: [Int], coupledCount: Int,
         rowEntries: [[(column: Int, value: Double)]], basis choice: CoreBasisChoice = .automatic,
         isBlockColumn: (Int) -> Bool) {
        let counts = rows.map { i in rowEntries[i].reduce(0) { $0 + (isBlockColumn($1.column) ? 1 : 0) } }
        let order = rows.indices.sorted { (counts[$0], rows[$0]) < (counts[$1], rows[$1]) }
        // `rows` and `blockColumns` ascend (BlockAngularKKT builds them so):
        // a global index is found among them by binary search, without hashing.
        precondition(zip(rows, rows.dropFirst()).allSatisfy { $0 < $1 }
                     && zip(blockColumns, blockColumns.dropFirst()).allSatisfy { $0 < $1 },
                     "ScenarioBlock: rows and block columns must ascend")
        var claimed = [Bool](repeating: false, count: blockColumns.count), isDiagonal = [Bool](repeating: false, count: rows.count)
        for r in order {
            let mine = rowEntries[rows[r]].compactMap { isBlockColumn($0.column) ? Self.place($0.column, in: blockColumns) : nil }
            if mine.allSatisfy({ !claimed[$0] }) {
                isDiagonal[r] = true
                for t in mine { claimed[t] = true }
            }
        }
        diagonalRows = rows.indices.filter { isDiagonal[$0] }.map { rows[$0] }
        coreRows = rows.indices.filter { !isDiagonal[$0] }.map { rows[$0] }
        // Row r of the block (its place in `rows`) is diagonal row or core row `place[r]`.
        var place = [Int](repeating: -1, count: rows.count)
        var (diagonalCount, coreCount) = (0, 0)
        for r in rows.indices {
            if isDiagonal[r] { place[r] = diagonalCount; diagonalCount += 1 } else { place[r] = coreCount; coreCount += 1 }
        }
        let position = { (i: Int) -> (isDiagonal: Bool, index: Int)? in
            Self.place(i, in: rows).map { (isDiagonal[$0], place[$0]) }
        }

        var diagonalOf = [Int](repeating: -1, count: blockColumns.count), diagonalValue = diagonalOf.map(Double.init)
        var coreStart = [0], corePosition: [Int] = [], coreValue: [Double] = []
        for (t, j) in blockColumns.enumerated() {
            for e in a.entries(ofColumn: j) {
                guard let at = position(a.rowIndices[e]) else { continue }
                if at.isDiagonal { (diagonalOf[t], diagonalValue[t]) = (at.index, a.values[e]) } else {
                    corePosition.append(at.index)
                    coreValue.append(a.values[e])
                }
            }
            coreStart.append(corePosition.count)
        }
        table = BlockColumns(column: blockColumns, diagonalOf: diagonalOf, diagonalValue: diagonalValue,
                             coreStart: coreStart, corePosition: corePosition, coreValue: coreValue)
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
        let coreCoupling = coreRows.enumerated().flatMap { p, i in
            rowEntries[i].filter { !isBlockColumn($0.column) }.map { (p, coupledIndex[$0.column], $0.value) }
        }
        coreCouplingPosition = coreCoupling.map(\.0)
        coreCouplingColumn = coreCoupling.map(\.1)
        coreCouplingValue = coreCoupling.map(\.2)
        let coupling = (coreCouplingPosition, coreCouplingColumn, coreCouplingValue)
        let c = coreRows.count, table = self.table
        let (diagonalColumnStart, diagonalColumns) = (self.diagonalColumnStart, self.diagonalColumns)
        let pattern = { (basis: CoreBasis) -> CoupledPattern in
            CoupledPattern(basis: basis, diagonalColumnStart: diagonalColumnStart, diagonalColumns: diagonalColumns,
                           couplingStart: couplingStart, couplingColumn: couplingColumn, coupledCount: coupledCount)
        }
        let identity = CoreBasis.identity(table: table, coreCount: c, coupling: coupling)
        let compressed = choice == .identity ? nil : CoreBasis.compressed(table: table, coreCount: c, coupling: coupling)
        (basis, hPattern) = Self.cheaper(identity, compressed, choice: choice, pattern: pattern)
        fD = Array(repeating: 0, count: diagonalRows.count)
        fC = Array(repeating: 0, count: coreRows.count)
        (hD, hC) = (fD, fC)
        atomWork = Array(repeating: 0, count: basis.isIdentity ? 0 : basis.atomCount)
    }

    /// The basis to work in: `choice`'s, or for ``CoreBasisChoice/automatic``
    /// the compressed one when its sparse update costs fewer flops.
    private static func cheaper(_ identity: CoreBasis, _ compressed: CoreBasis?, choice: CoreBasisChoice,
                                pattern: (CoreBasis) -> CoupledPattern) -> (CoreBasis, CoupledPattern) {
        guard let compressed, identity.coreCount > 0 else { return (identity, pattern(identity)) }
        if choice == .compressed { return (compressed, pattern(compressed)) }
        // Atoms of one row each compress nothing: no pattern to weigh.
        guard compressed.atomRow.count > compressed.atomCount else { return (identity, pattern(identity)) }
        let small = pattern(compressed), full = pattern(identity)
        let costCompressed = compressed.projectionFlops + small.productFlops(atomCount: compressed.atomCount)
        return costCompressed < full.productFlops(atomCount: identity.atomCount) ? (compressed, small) : (identity, full)
    }

    /// Flops of one factorization's Schur-complement update by `update`
    /// (``SchurUpdate/dense`` or ``SchurUpdate/sparse``).
    func flops(_ update: SchurUpdate, coupledCount nc: Int) -> Double {
        let (c, n) = (Double(coreRows.count), Double(nc))
        switch update {
        case .automatic: preconditionFailure("ScenarioBlock.flops: a resolved update")
        case .dense: return c * n * n + c * c * n
        case .sparse:
            // C⁻¹ (c³), Q = BᵀC⁻¹B, Y = QH (2 n_a nnz(H)), then 2 nnz(h_q)(q + 1) per column of the triangle.
            return c * c * c + basis.projectionFlops + hPattern.productFlops(atomCount: basis.atomCount)
        }
    }

    /// The place of `value` in the ascending `sorted`, or nil.
    private static func place(_ value: Int, in sorted: [Int]) -> Int? {
        var (low, high) = (0, sorted.count)
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }

    /// Factors `M_k` by its diagonal rows and the core Schur complement and
    /// adds `T_Dᵀ D⁻¹ T_D` to the upper triangle of `schur` (coupled x
    /// coupled). With ``SchurUpdate/dense`` it returns `H_k = L⁻¹ G_k` (core x
    /// coupled) for the caller's `dsyrk`; with ``SchurUpdate/sparse`` it adds
    /// `G_kᵀ C_k⁻¹ G_k` to `schur` itself and returns nil.
    ///
    /// `schur` holds the upper triangle in full `nc x nc` column-major storage
    /// for the dense update and packed by columns (column `q` from
    /// `q (q + 1) / 2`, one column of `nc (nc + 1) / 2` rows) for the sparse one,
    /// so that the sparse update streams it through memory in one pass.
    ///
    /// `work` is the sparse update's scratch (`Y` and `Yᵀ`), kept by the
    /// caller across blocks and factorizations so that no block maps fresh pages.
    func factor(theta: [Double], delta: Double, coupledCount nc: Int, update: SchurUpdate, schur: inout Matrix,
                work: inout SparseProductWork) throws(LinearAlgebraError) -> Matrix? {
        // Locals throughout: the class's stored arrays would pay an
        // exclusivity check on every access in these loops.
        let c = coreRows.count
        let table = self.table, basis = self.basis
        let (column, diagonalOf, diagonalValue) = (table.column, table.diagonalOf, table.diagonalValue)
        let (atomStart, atomOf, atomValue) = (basis.columnStart, basis.columnAtom, basis.columnValue)
        let (diagonalColumnStart, diagonalColumns) = (self.diagonalColumnStart, self.diagonalColumns)
        let (couplingStart, couplingColumn, couplingValue) = (self.couplingStart, self.couplingColumn, self.couplingValue)
        var d = [Double](repeating: delta, count: diagonalRows.count)
        for t in 0..<table.count where diagonalOf[t] >= 0 {
            d[Int(diagonalOf[t])] += theta[Int(column[t])] * diagonalValue[t] * diagonalValue[t]
        }
        // E_a, CSR by diagonal row, reusing the last factorization's storage.
        var (eStart, ePosition, eValue) = (self.eStart, self.ePosition, self.eValue)
        (self.eStart, self.ePosition, self.eValue) = ([], [], [])
        defer { (self.d, self.eStart, self.ePosition, self.eValue) = (d, eStart, ePosition, eValue) }
        eStart.removeAll(keepingCapacity: true)
        ePosition.removeAll(keepingCapacity: true)
        eValue.removeAll(keepingCapacity: true)
        eStart.append(0)
        for i in diagonalRows.indices {
            for t in diagonalColumns[diagonalColumnStart[i]..<diagonalColumnStart[i + 1]] {
                let scale = theta[Int(column[t])] * diagonalValue[t]
                for u in atomStart[t]..<atomStart[t + 1] {
                    ePosition.append(atomOf[u])
                    eValue.append(scale * atomValue[u])
                }
            }
            eStart.append(ePosition.count)
        }
        let packed = update == .sparse
        schur.withUnsafeMutableBufferPointer { s in
            for i in d.indices {
                let range = couplingStart[i]..<couplingStart[i + 1]
                for u in range {
                    for v in range where couplingColumn[v] >= couplingColumn[u] {
                        let (p, q) = (couplingColumn[u], couplingColumn[v])
                        s[packed ? p + q * (q + 1) / 2 : p + q * nc] += couplingValue[u] * couplingValue[v] / d[i]
                    }
                }
            }
        }
        guard c > 0 else { core = nil; return nil }
        // C_a = Σ_t θ_t a_t a_tᵀ - Σ_i e_i e_iᵀ / d_i (lower), then C = δI + B C_a Bᵀ.
        let na = basis.atomCount
        var atoms = Matrix(rows: na, columns: na)
        atoms.withUnsafeMutableBufferPointer { m in
            if basis.isIdentity { for p in 0..<c { m[p + p * c] = delta } }
            theta.withUnsafeBufferPointer { theta in
                atomStart.withUnsafeBufferPointer { atomStart in
                    atomOf.withUnsafeBufferPointer { atomOf in
                        atomValue.withUnsafeBufferPointer { atomValue in
                            for t in 0..<table.count {
                                let j = Int(column[t]), range = atomStart[t]..<atomStart[t + 1]
                                if range.count == 1 {
                                    // One atom: the usual case once columns share atoms.
                                    let (a, value) = (Int(atomOf[range.lowerBound]), atomValue[range.lowerBound])
                                    m[a + a * na] += theta[j] * value * value
                                    continue
                                }
                                for u in range {
                                    let pu = Int(atomOf[u]), scaled = theta[j] * atomValue[u]
                                    for v in range where atomOf[v] >= atomOf[u] {
                                        m[Int(atomOf[v]) + pu * na] += scaled * atomValue[v]
                                    }
                                }
                            }
                        }
                    }
                }
            }
            eStart.withUnsafeBufferPointer { eStart in
                ePosition.withUnsafeBufferPointer { ePosition in
                    eValue.withUnsafeBufferPointer { eValue in
                        d.withUnsafeBufferPointer { d in
                            for i in 0..<d.count {
                                let inverse = 1 / d[i], range = eStart[i]..<eStart[i + 1]
                                for u in range {
                                    let (p, ep) = (Int(ePosition[u]), eValue[u] * inverse)
                                    for v in range where Int(ePosition[v]) >= p { m[Int(ePosition[v]) + p * na] -= ep * eValue[v] }
                                }
                            }
                        }
                    }
                }
            }
        }
        let cholesky = try Cholesky(basis.isIdentity ? atoms : basis.expand(atoms, delta: delta))
        core = cholesky
        let hValue = sparseH(d: d, eStart: eStart, eValue: eValue)
        if update == .dense {
            // G = B H, dense.
            var g = Matrix(rows: c, columns: nc)
            let (start, row) = (hPattern.start, hPattern.row)
            g.withUnsafeMutableBufferPointer { gp in
                for q in 0..<nc {
                    for u in start[q]..<start[q + 1] {
                        if basis.isIdentity { gp[row[u] + q * c] = hValue[u]; continue }
                        for e in basis.atomStart[row[u]]..<basis.atomStart[row[u] + 1] {
                            gp[basis.atomRow[e] + q * c] += basis.atomValue[e] * hValue[u]
                        }
                    }
                }
            }
            try BLAS.trsm(cholesky.factor, &g, side: .left, triangle: .lower)
            return g
        }
        let inverse = cholesky.inverse()
        addSparseProduct(hValue, q: basis.isIdentity ? inverse : basis.project(inverse), into: &schur, work: &work)
        return nil
    }

    /// The values of `H_k = T_a - E_a D⁻¹ T_D` on its pattern (``CoupledPattern``'s slots).
    private func sparseH(d: [Double], eStart: [Int], eValue: [Double]) -> [Double] {
        var h = [Double](repeating: 0, count: hPattern.row.count)
        let (couplingStart, couplingValue, eSlot) = (self.couplingStart, self.couplingValue, hPattern.eSlot)
        for (u, slot) in hPattern.couplingSlot.enumerated() { h[slot] += basis.couplingValue[u] }
        var cursor = 0
        for i in d.indices {
            let inverse = 1 / d[i]
            for w in couplingStart[i]..<couplingStart[i + 1] {
                let scale = inverse * couplingValue[w]
                for e in eStart[i]..<eStart[i + 1] {
                    h[eSlot[cursor]] -= scale * eValue[e]
                    cursor += 1
                }
            }
        }
        return h
    }

    /// `schur ← schur + Hᵀ Q H` on the packed upper triangle (`= Gᵀ C⁻¹ G`,
    /// `Q = Bᵀ C⁻¹ B`), with `H` sparse: `Yᵀ = (Q H)ᵀ` (``DenseTimesSparse``
    /// storing transposed, `2 n_a nnz(H)` flops), then
    /// `S[0...q, q] += Yᵀ[0...q, :] h_q` over the few entries of each column
    /// `h_q` (``DenseTimesSparse`` on the triangle, `2 nnz(h_q) (q + 1)`
    /// flops): the dense `H_kᵀ H_k` would cost `c n_c²`, ten times as much
    /// for the deployment LP.
    private func addSparseProduct(_ hValue: [Double], q: Matrix, into schur: inout Matrix, work: inout SparseProductWork) {
        let (na, nc) = (q.rows, hPattern.kernel.columns)
        guard na > 0, nc > 0 else { return }
        let pattern = hPattern.kernel
        var yt = work.yt
        work.yt = []
        defer { work.yt = yt }
        if yt.count < na * nc { yt = [Double](repeating: 0, count: na * nc) }
        hValue.withUnsafeBufferPointer { h in
            yt.withUnsafeMutableBufferPointer { tp in
                q.withUnsafeBufferPointer { qp in
                    DenseTimesSparse.accumulate(m: na, pattern: pattern, values: h, x: qp.baseAddress!, ldx: na,
                                                into: tp.baseAddress!, ldo: nc, layout: .transposed)
                }
                schur.withUnsafeMutableBufferPointer { sp in
                    DenseTimesSparse.accumulate(m: nc, pattern: pattern, values: h, x: UnsafePointer(tp.baseAddress!), ldx: nc,
                                                into: sp.baseAddress!, ldo: nc, layout: .packedUpperTriangle)
                }
            }
        }
    }

    /// Scratch of the sparse Schur-complement update, one per thread:
    /// `Yᵀ = (QH)ᵀ`, at least `n_a n_c` long.
    struct SparseProductWork {
        var yt: [Double] = []
    }

    /// Runs `body` on the work space as raw buffers (fD, fC, hD, hC), so that
    /// the inner loops pay no exclusivity checks on the class's arrays.
    private func withWork<R>(_ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
                                      UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> R) -> R {
        fD.withUnsafeMutableBufferPointer { fD in
            fC.withUnsafeMutableBufferPointer { fC in
                hD.withUnsafeMutableBufferPointer { hD in
                    hC.withUnsafeMutableBufferPointer { hC in body(fD, fC, hD, hC) }
                }
            }
        }
    }

    /// `(f_D, f_C) ← M_k⁻¹ (f_D, f_C)` in place:
    /// `b = C⁻¹ (f_C - E D⁻¹ f_D)`, `a = D⁻¹ (f_D - Eᵀ b)`, `E = W_C Θ W_Dᵀ = B E_a`.
    private func applyInverse(_ fD: UnsafeMutableBufferPointer<Double>, _ fC: UnsafeMutableBufferPointer<Double>) {
        let count = fD.count
        let basis = self.basis
        d.withUnsafeBufferPointer { d in
            eStart.withUnsafeBufferPointer { start in
                ePosition.withUnsafeBufferPointer { position in
                    eValue.withUnsafeBufferPointer { value in
                        atomWork.withUnsafeMutableBufferPointer { atoms in
                            guard let core else {
                                for i in 0..<count { fD[i] /= d[i] }
                                return
                            }
                            // In the identity basis the atoms are the core rows.
                            let target = basis.isIdentity ? fC : atoms
                            if !basis.isIdentity { target.update(repeating: 0) }
                            let sign = basis.isIdentity ? -1.0 : 1.0
                            for i in 0..<count {
                                let a = sign * fD[i] / d[i]
                                for u in start[i]..<start[i + 1] { target[Int(position[u])] += value[u] * a }
                            }
                            if !basis.isIdentity { basis.subtractProduct(UnsafeBufferPointer(atoms), from: fC) }
                            core.solveInPlace(fC)
                            if !basis.isIdentity { basis.transposeProduct(UnsafeBufferPointer(fC), into: atoms) }
                            for i in 0..<count {
                                var sum = fD[i]
                                for u in start[i]..<start[i + 1] { sum -= value[u] * target[Int(position[u])] }
                                fD[i] = sum / d[i]
                            }
                        }
                    }
                }
            }
        }
    }

    /// First half of a solve: `f_k = h_k = r_yk + W_k Θ_k r_xk`, then
    /// `f_k ← M_k⁻¹ h_k` and `g ← g - T_kᵀ f_k` (`g` over the coupled
    /// columns). Keeps `h_k` for ``backward(x0:theta:rx:dx:dy:)``.
    func forward(
        theta: UnsafeBufferPointer<Double>, rx: UnsafeBufferPointer<Double>, ry: UnsafeBufferPointer<Double>,
        g: UnsafeMutableBufferPointer<Double>
    ) {
        withWork { fD, fC, hD, hC in
            for (p, i) in diagonalRows.enumerated() { hD[p] = ry[i] }
            for (p, i) in coreRows.enumerated() { hC[p] = ry[i] }
            let table = self.table
            let (column, diagonalOf, diagonalValue) = (table.column, table.diagonalOf, table.diagonalValue)
            let (coreStart, corePosition, coreValue) = (table.coreStart, table.corePosition, table.coreValue)
            for t in 0..<table.count {
                let j = Int(column[t])
                let s = theta[j] * rx[j]
                if diagonalOf[t] >= 0 { hD[Int(diagonalOf[t])] += diagonalValue[t] * s }
                for u in Int(coreStart[t])..<Int(coreStart[t + 1]) { hC[Int(corePosition[u])] += coreValue[u] * s }
            }
            for p in hD.indices { fD[p] = hD[p] }
            for p in hC.indices { fC[p] = hC[p] }
            applyInverse(fD, fC)
            for i in diagonalRows.indices {
                for u in couplingStart[i]..<couplingStart[i + 1] { g[couplingColumn[u]] -= couplingValue[u] * fD[i] }
            }
            for u in coreCouplingPosition.indices { g[coreCouplingColumn[u]] -= coreCouplingValue[u] * fC[coreCouplingPosition[u]] }
        }
    }

    /// Second half: `Δy_k = M_k⁻¹ (h_k - T_k Δx₀)` into `dy`, and
    /// `Δx_k = Θ_k (W_kᵀ Δy_k - r_xk)` into `dx`.
    func backward(
        x0: UnsafeBufferPointer<Double>, theta: UnsafeBufferPointer<Double>,
        rx: UnsafeBufferPointer<Double>, dx: UnsafeMutableBufferPointer<Double>, dy: UnsafeMutableBufferPointer<Double>
    ) {
        withWork { fD, fC, hD, hC in
            for p in hD.indices { fD[p] = hD[p] }
            for p in hC.indices { fC[p] = hC[p] }
            for i in diagonalRows.indices {
                for u in couplingStart[i]..<couplingStart[i + 1] { fD[i] -= couplingValue[u] * x0[couplingColumn[u]] }
            }
            for u in coreCouplingPosition.indices { fC[coreCouplingPosition[u]] -= coreCouplingValue[u] * x0[coreCouplingColumn[u]] }
            applyInverse(fD, fC)
            for (p, i) in diagonalRows.enumerated() { dy[i] = fD[p] }
            for (p, i) in coreRows.enumerated() { dy[i] = fC[p] }
            let table = self.table
            let (column, diagonalOf, diagonalValue) = (table.column, table.diagonalOf, table.diagonalValue)
            let (coreStart, corePosition, coreValue) = (table.coreStart, table.corePosition, table.coreValue)
            for t in 0..<table.count {
                let j = Int(column[t])
                var sum = diagonalOf[t] >= 0 ? diagonalValue[t] * fD[Int(diagonalOf[t])] : 0
                for u in Int(coreStart[t])..<Int(coreStart[t + 1]) { sum += coreValue[u] * fC[Int(corePosition[u])] }
                dx[j] = theta[j] * (sum - rx[j])
            }
        }
    }
}
