import Dispatch
import LinearAlgebra

/// A ``KKTSolver`` for dual block-angular problems (see ``BlockStructure``)
/// by per-scenario elimination and a dense first-stage Schur complement
/// (Birge and Qi, "Computing block-angular Karmarkar projections with
/// applications to stochastic programming", Management Science 34, 1988;
/// Gondzio and Grothey, "Exploiting structure in parallel implementation of
/// interior point methods for optimization", Computational Management
/// Science 6, 2009).
///
/// With `Θ = (D + ρI)⁻¹`, first-stage columns `x₀`, first-stage rows `A₀₀`,
/// and per block `k` rows `[T_k W_k]`, the regularized system
/// `[-Θ⁻¹ Aᵀ; A δI] [Δx; Δy] = [r_x; r_y]` reduces as
///
/// ```
/// Δx_k = Θ_k (W_kᵀ Δy_k - r_xk)
/// M_k  = W_k Θ_k W_kᵀ + δI,             h_k = r_yk + W_k Θ_k r_xk
/// Δy_k = M_k⁻¹ (h_k - T_k Δx₀)
/// S₀   = Θ₀⁻¹ + Σ_k T_kᵀ M_k⁻¹ T_k,      g₀ = r_x0 - Σ_k T_kᵀ M_k⁻¹ h_k
/// (A₀₀ S₀⁻¹ A₀₀ᵀ + δI) Δy₀ = r_y0 + A₀₀ S₀⁻¹ g₀,   Δx₀ = S₀⁻¹ (A₀₀ᵀ Δy₀ - g₀)
/// ```
///
/// Each `M_k` is split (``ScenarioBlock``) into diagonal rows `D_k` and a
/// small dense core, `M_k = [D_k Eᵀ; E F]`, `E = W_C Θ W_Dᵀ`, so that with
/// `C_k = F - E D_k⁻¹ Eᵀ = L_k L_kᵀ` and `G_k = T_C - E D_k⁻¹ T_D`
///
/// ```
/// T_kᵀ M_k⁻¹ T_k = T_Dᵀ D_k⁻¹ T_D + H_kᵀ H_k,   H_k = L_k⁻¹ G_k   (dtrsm)
/// ```
///
/// and `Σ_k H_kᵀ H_k` is one `dsyrk` per stack of blocks. The blocks are
/// split into two fixed halves, one per thread with OpenBLAS pinned to one
/// thread, and the two partial sums added in a fixed order, so results are
/// bit-identical run to run; `S₀` is factored by `dpotrf` on OpenBLAS's own
/// threads. A non-positive pivot anywhere raises `δ ← 100 δ` and retries.
///
/// - Complexity: per factorization `Σ_k (c_k³/3 + c_k² n_c + c_k n_c²) + n₀³/3`
///   flops for core orders `c_k` and `n_c` coupled first-stage columns:
///   linear in the number of blocks `K`.
public final class BlockAngularKKT: KKTSolver, @unchecked Sendable {
    public let name: String
    let matrix: SparseMatrix
    private let blocks: [ScenarioBlock]
    /// First-stage columns, those coupled to some block first; `firstIndex[j]` is `j`'s place among them.
    private let firstStage: [Int]
    private let coupledCount: Int
    private let firstRows: [Int]
    private let rowIsFirst: [Bool]
    /// `A₀₀` over (first-stage rows, first-stage columns), dense.
    private let linking: Matrix
    private var theta: [Double] = []
    private var schur: Cholesky?
    private var rowSystem: Cholesky?
    /// `L₀⁻¹ A₀₀ᵀ`.
    private var linkingSolved = Matrix(rows: 0, columns: 0)
    /// Blocks whose stacked `H_k` rows reach this count go to one `dsyrk`.
    private static let stackRows = 1024

    /// Builds the solver for the standard-form matrix `a` (slacks appended)
    /// given the block of every row and column (`-1` first stage).
    ///
    /// - Throws: ``KKTSolverError/libraryFailure(_:)`` when an entry breaks
    ///   the structure (a block column in a first-stage or another block's row).
    public init(_ a: SparseMatrix, rowBlocks: [Int], columnBlocks: [Int]) throws(KKTSolverError) {
        precondition(rowBlocks.count == a.rows && columnBlocks.count == a.columns, "BlockAngularKKT: partition sizes")
        matrix = a
        let blockCount = (rowBlocks + columnBlocks).max().map { $0 + 1 } ?? 0
        var rowEntries = [[(column: Int, value: Double)]](repeating: [], count: a.rows)
        var isCoupled = [Bool](repeating: false, count: a.columns)
        for j in 0..<a.columns {
            for e in a.entries(ofColumn: j) {
                let i = a.rowIndices[e]
                if columnBlocks[j] >= 0 && rowBlocks[i] != columnBlocks[j] {
                    throw .libraryFailure("block structure: column \(j) of block \(columnBlocks[j]) has an entry in row \(i) of block \(rowBlocks[i])")
                }
                if columnBlocks[j] < 0 && rowBlocks[i] >= 0 { isCoupled[j] = true }
                rowEntries[i].append((j, a.values[e]))
            }
        }
        let first = (0..<a.columns).filter { columnBlocks[$0] < 0 }
        firstStage = first.filter { isCoupled[$0] } + first.filter { !isCoupled[$0] }
        coupledCount = first.filter { isCoupled[$0] }.count
        var firstIndex = [Int](repeating: -1, count: a.columns)
        for (q, j) in firstStage.enumerated() { firstIndex[j] = q }
        var blockRows = [[Int]](repeating: [], count: blockCount), blockColumns = blockRows
        for i in 0..<a.rows where rowBlocks[i] >= 0 { blockRows[rowBlocks[i]].append(i) }
        for j in 0..<a.columns where columnBlocks[j] >= 0 { blockColumns[columnBlocks[j]].append(j) }
        blocks = (0..<blockCount).map { k in
            ScenarioBlock(a: a, rows: blockRows[k], blockColumns: blockColumns[k], coupledIndex: firstIndex,
                          rowEntries: rowEntries) { columnBlocks[$0] >= 0 }
        }
        firstRows = (0..<a.rows).filter { rowBlocks[$0] < 0 }
        rowIsFirst = rowBlocks.map { $0 < 0 }
        var linking = Matrix(rows: firstRows.count, columns: firstStage.count)
        for (r, i) in firstRows.enumerated() { for entry in rowEntries[i] { linking[r, firstIndex[entry.column]] = entry.value } }
        self.linking = linking
        let largestCore = blocks.map(\.coreRows.count).max() ?? 0
        name = "block-angular Schur complement (\(blockCount) blocks, core ≤ \(largestCore), first stage \(firstStage.count), coupled \(coupledCount))"
    }

    /// The solver for `problem`'s standard form with presolve off: structural
    /// columns keep their block, each slack column takes its row's block.
    public convenience init(_ a: SparseMatrix, structure: BlockStructure) throws(KKTSolverError) {
        let rowBlocks = structure.rowBlocks
        guard a.rows == structure.rowCount, a.columns >= structure.columnCount else {
            throw .libraryFailure("block structure is \(structure.rowCount)x\(structure.columnCount), the matrix \(a.rows)x\(a.columns): was presolve on?")
        }
        var columnBlocks = structure.columnBlocks
        for j in structure.columnCount..<a.columns {
            let entries = a.entries(ofColumn: j)
            columnBlocks.append(entries.count == 1 ? rowBlocks[a.rowIndices[entries.lowerBound]] : -1)
        }
        try self.init(a, rowBlocks: rowBlocks, columnBlocks: columnBlocks)
    }

    public func factor(
        diagonal: [Double], primalRegularization rho: Double, dualRegularization delta: Double
    ) throws(KKTSolverError) -> Double {
        theta = diagonal.map { 1 / ($0 + rho) }
        var delta = delta
        for attempt in 1...Tuning.factorizationAttempts {
            do {
                try factor(delta: delta)
                return delta
            } catch .notPositiveDefinite where attempt < Tuning.factorizationAttempts {
                delta *= Tuning.regularizationGrowth
            } catch .notPositiveDefinite {
                break
            } catch {
                throw .libraryFailure(error.description)
            }
        }
        throw .notPositiveDefinite(regularization: delta)
    }

    /// One attempt at `δ`: blocks on two threads, then `S₀` and the first-stage rows.
    private func factor(delta: Double) throws(LinearAlgebraError) {
        let nc = coupledCount, n0 = firstStage.count
        let halves = [0..<(blocks.count + 1) / 2, (blocks.count + 1) / 2..<blocks.count]
        let partial = PartialSums(count: halves.count, dimension: nc)
        let theta = self.theta
        BLASThreads.withCount(1) {
            DispatchQueue.concurrentPerform(iterations: halves.count) { t in
                partial.run(t) { (s: inout Matrix) throws(LinearAlgebraError) in
                    var stack: [Matrix] = [], stacked = 0
                    for k in halves[t] {
                        if let h = try blocks[k].factor(theta: theta, delta: delta, coupledCount: nc, schur: &s) {
                            stack.append(h)
                            stacked += h.rows
                        }
                        if stacked >= Self.stackRows || k == halves[t].upperBound - 1 {
                            try Self.accumulate(stack, rows: stacked, into: &s)
                            (stack, stacked) = ([], 0)
                        }
                    }
                }
            }
        }
        var s = Matrix(rows: n0, columns: n0)
        s.withUnsafeMutableBufferPointer { sp in
            for part in partial.sums {
                part.withUnsafeBufferPointer { pp in
                    for q in 0..<nc { for p in q..<nc { sp[p + q * n0] += pp[p + q * nc] } }
                }
            }
            for (q, j) in firstStage.enumerated() { sp[q + q * n0] += 1 / theta[j] }
        }
        if let error = partial.error { throw error }
        let cholesky = try Cholesky(s)
        schur = cholesky
        var y = linking.transposed()
        try BLAS.trsm(cholesky.factor, &y, side: .left, triangle: .lower)
        var rows = Matrix(rows: firstRows.count, columns: firstRows.count)
        try BLAS.syrk(y, into: &rows, triangle: .lower, transpose: .transposed)
        for i in 0..<firstRows.count { rows[i, i] += delta }
        rowSystem = try Cholesky(rows)
        linkingSolved = y
    }

    /// `s ← s + Σ HᵀH` over the stacked blocks by one `dsyrk` (lower).
    private static func accumulate(_ stack: [Matrix], rows: Int, into s: inout Matrix) throws(LinearAlgebraError) {
        guard rows > 0 else { return }
        let nc = s.rows
        var stacked = Matrix(rows: rows, columns: nc)
        stacked.withUnsafeMutableBufferPointer { out in
            var offset = 0
            for h in stack {
                h.withUnsafeBufferPointer { hp in
                    for q in 0..<nc { for p in 0..<h.rows { out[offset + p + q * rows] = hp[p + q * h.rows] } }
                }
                offset += h.rows
            }
        }
        try BLAS.syrk(stacked, into: &s, triangle: .lower, transpose: .transposed, beta: 1)
    }

    public func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
        let a = matrix
        // h_k = r_yk + W_k Θ_k r_xk, and v_k = M_k⁻¹ h_k.
        var h = ry
        for block in blocks { for j in block.columns { addColumn(j, scale: theta[j] * rx[j], to: &h) } }
        var v = h
        applyBlockInverses(&v)
        // g₀ = r_x0 - Σ T_kᵀ v_k, over first-stage columns.
        var g0 = firstStage.map { rx[$0] }
        for (q, j) in firstStage.enumerated().prefix(coupledCount) {
            for e in a.entries(ofColumn: j) where !isFirstRow(a.rowIndices[e]) { g0[q] -= a.values[e] * v[a.rowIndices[e]] }
        }
        // Δy₀ and Δx₀.
        guard let schur, let rowSystem else { return }
        let sg0 = (try? schur.solve(g0)) ?? g0
        var y0 = firstRows.map { ry[$0] }
        for r in 0..<firstRows.count { for q in 0..<firstStage.count { y0[r] += linking[r, q] * sg0[q] } }
        if !y0.isEmpty { y0 = (try? rowSystem.solve(y0)) ?? y0 }
        var rhs = [Double](repeating: 0, count: firstStage.count)
        for q in 0..<firstStage.count { for r in 0..<firstRows.count { rhs[q] += linking[r, q] * y0[r] } }
        let x0 = zip((try? schur.solve(rhs)) ?? rhs, sg0).map { $0 - $1 }
        // Δy_k = M_k⁻¹ (h_k - T_k Δx₀), Δx_k = Θ_k (W_kᵀ Δy_k - r_xk).
        for (q, j) in firstStage.enumerated() {
            dx[j] = x0[q]
            if q < coupledCount {
                for e in a.entries(ofColumn: j) where !isFirstRow(a.rowIndices[e]) { h[a.rowIndices[e]] -= a.values[e] * x0[q] }
            }
        }
        applyBlockInverses(&h)
        for (r, i) in firstRows.enumerated() { h[i] = y0[r] }
        dy = h
        for block in blocks {
            for j in block.columns {
                var sum = 0.0
                for e in a.entries(ofColumn: j) { sum += a.values[e] * dy[a.rowIndices[e]] }
                dx[j] = theta[j] * (sum - rx[j])
            }
        }
    }

    private func isFirstRow(_ i: Int) -> Bool { rowIsFirst[i] }

    private func addColumn(_ j: Int, scale: Double, to y: inout [Double]) {
        for e in matrix.entries(ofColumn: j) { y[matrix.rowIndices[e]] += scale * matrix.values[e] }
    }

    /// `f_k ← M_k⁻¹ f_k` on every block's rows of `f`.
    private func applyBlockInverses(_ f: inout [Double]) {
        for block in blocks {
            var fD = block.diagonalRows.map { f[$0] }, fC = block.coreRows.map { f[$0] }
            block.solve(theta: theta, diagonal: &fD, core: &fC)
            for (p, i) in block.diagonalRows.enumerated() { f[i] = fD[p] }
            for (p, i) in block.coreRows.enumerated() { f[i] = fC[p] }
        }
    }
}

/// Per-thread lower-triangular partial sums of `Σ_k T_kᵀ M_k⁻¹ T_k`, and the
/// first error a thread met; each thread touches only its own slot.
private final class PartialSums: @unchecked Sendable {
    final class Slot: @unchecked Sendable {
        var sum: Matrix
        var error: LinearAlgebraError?
        init(_ n: Int) { sum = Matrix(rows: n, columns: n) }
    }

    let slots: [Slot]
    var sums: [Matrix] { slots.map(\.sum) }
    var error: LinearAlgebraError? { slots.compactMap(\.error).first }

    init(count: Int, dimension: Int) {
        slots = (0..<count).map { _ in Slot(dimension) }
    }

    func run(_ t: Int, _ body: (inout Matrix) throws(LinearAlgebraError) -> Void) {
        let slot = slots[t]
        do { try body(&slot.sum) } catch { slot.error = error }
    }
}
