import Dispatch
import Foundation
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
/// and `Σ_k H_kᵀ H_k` is one `dsyrk` per stack of blocks (``SchurUpdate/dense``).
/// When `G_k` has few entries per column (a zone's guards meet only the posts
/// that reach the zone) ``SchurUpdate/sparse`` instead forms `Y_k = C_k⁻¹ G_k`
/// from the explicit inverse and adds `G_kᵀ Y_k` column by column over
/// `G_k`'s entries, ten times fewer flops for the deployment LP; when block
/// columns share core patterns up to scale it works in their atoms instead
/// (``CoreBasis``: `G_k = B H_k`, `H_kᵀ (Bᵀ C_k⁻¹ B) H_k`, half the entries
/// per column again). The blocks are
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
    /// See ``Tuning/blockRefinementTolerance``.
    public var refinementTolerance: Double { Tuning.blockRefinementTolerance }
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
    /// How the blocks update the Schur complement, for all blocks alike
    /// (``SchurUpdate/dense`` or ``SchurUpdate/sparse``, never automatic).
    let update: SchurUpdate
    /// The sparse update's flops are weighed this much more than the dense
    /// one's: its kernel streams the Schur complement through memory once per
    /// block instead of running `dsyrk` from cache (measured at
    /// (2000, 60, 200): 6.5 against 29 GFLOP per CPU second).
    static let sparseProductPenalty = 4.0
    /// The two fixed halves of the blocks, one per thread: results do not
    /// depend on how many cores run them.
    private let halves: [Range<Int>]
    /// The halves' partial sums and scratch, kept across factorizations.
    private let partial: PartialSums

    /// Builds the solver for the standard-form matrix `a` (slacks appended)
    /// given the block of every row and column (`-1` first stage). With
    /// `update` `.automatic` the cheaper update by ``sparseProductPenalty``-weighted
    /// flops is taken.
    ///
    /// - Throws: ``KKTSolverError/libraryFailure(_:)`` when an entry breaks
    ///   the structure (a block column in a first-stage or another block's row).
    public convenience init(_ a: SparseMatrix, rowBlocks: [Int], columnBlocks: [Int], update: SchurUpdate = .automatic) throws(KKTSolverError) {
        try self.init(a, rowBlocks: rowBlocks, columnBlocks: columnBlocks, update: update, basis: .automatic)
    }

    /// As the public initializer, with the blocks' ``CoreBasis`` chosen by `basis` (tests force each).
    init(_ a: SparseMatrix, rowBlocks: [Int], columnBlocks: [Int], update: SchurUpdate, basis: CoreBasisChoice) throws(KKTSolverError) {
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
        let coupledColumns = Self.localityOrder(first.filter { isCoupled[$0] }, a: a, rowBlocks: rowBlocks,
                                                columnBlocks: columnBlocks, rowEntries: rowEntries)
        firstStage = coupledColumns + first.filter { !isCoupled[$0] }
        coupledCount = first.filter { isCoupled[$0] }.count
        var firstIndex = [Int](repeating: -1, count: a.columns)
        for (q, j) in firstStage.enumerated() { firstIndex[j] = q }
        var blockRows = [[Int]](repeating: [], count: blockCount), blockColumns = blockRows
        for i in 0..<a.rows where rowBlocks[i] >= 0 { blockRows[rowBlocks[i]].append(i) }
        for j in 0..<a.columns where columnBlocks[j] >= 0 { blockColumns[columnBlocks[j]].append(j) }
        // The blocks are independent: built on two threads, each into its own slots.
        let coupled = coupledCount, built = BuiltBlocks(count: blockCount)
        let (blockRowsOf, blockColumnsOf, indexOf, entries) = (blockRows, blockColumns, firstIndex, rowEntries)
        let halves = [0..<(blockCount + 1) / 2, (blockCount + 1) / 2..<blockCount]
        self.halves = halves
        DispatchQueue.concurrentPerform(iterations: halves.count) { t in
            for k in halves[t] {
                built.slots[k] = ScenarioBlock(a: a, rows: blockRowsOf[k], blockColumns: blockColumnsOf[k], coupledIndex: indexOf,
                                               coupledCount: coupled, rowEntries: entries, basis: basis) { columnBlocks[$0] >= 0 }
            }
        }
        blocks = built.slots.map { $0! }
        firstRows = (0..<a.rows).filter { rowBlocks[$0] < 0 }
        rowIsFirst = rowBlocks.map { $0 < 0 }
        var linking = Matrix(rows: firstRows.count, columns: firstStage.count)
        for (r, i) in firstRows.enumerated() { for entry in rowEntries[i] { linking[r, firstIndex[entry.column]] = entry.value } }
        self.linking = linking
        let largestCore = blocks.map(\.coreRows.count).max() ?? 0
        let compressed = blocks.filter { !$0.basis.isIdentity }
        let atoms = compressed.isEmpty ? "" : ", \(compressed.count) in atoms ≤ \(compressed.map(\.basis.atomCount).max()!)"
        let nc = coupledCount, blocks = self.blocks
        let dense = blocks.reduce(0) { $0 + $1.flops(.dense, coupledCount: nc) }
        let sparse = blocks.reduce(0) { $0 + $1.flops(.sparse, coupledCount: nc) }
        self.update = update != .automatic ? update : Self.sparseProductPenalty * sparse < dense ? .sparse : .dense
        partial = PartialSums(count: halves.count, dimension: nc, packed: self.update == .sparse)
        name = "block-angular Schur complement (\(blockCount) blocks, core ≤ \(largestCore)\(atoms), first stage \(firstStage.count), coupled \(coupledCount), \(self.update.rawValue) update; flops per factorization: dense \(String(format: "%.2g", dense)), sparse \(String(format: "%.2g", sparse)))"
    }

    /// The coupled first-stage columns ordered so that neighbours meet the
    /// same block rows: by the ascending list of rows two steps away in their
    /// first block (row → block column → row, the column's own rows left
    /// out). For the deployment LP a zone's guards then sit next to zones
    /// reached from the same posts, so each panel of the sparse update meets
    /// few core rows (see ``SchurUpdate/sparse``). Ties keep index order.
    private static func localityOrder(
        _ coupled: [Int], a: SparseMatrix, rowBlocks: [Int], columnBlocks: [Int], rowEntries: [[(column: Int, value: Double)]]
    ) -> [Int] {
        let keys: [[Int]] = coupled.map { j in
            let rows = a.entries(ofColumn: j).map { a.rowIndices[$0] }.filter { rowBlocks[$0] >= 0 }
            guard let block = rows.map({ rowBlocks[$0] }).min() else { return [] }
            let own = Set(rows.filter { rowBlocks[$0] == block })
            var reached = Set<Int>()
            for i in own {
                for entry in rowEntries[i] where columnBlocks[entry.column] >= 0 {
                    for e in a.entries(ofColumn: entry.column) where !own.contains(a.rowIndices[e]) { reached.insert(a.rowIndices[e]) }
                }
            }
            return reached.sorted()
        }
        return coupled.indices.sorted { p, q in
            keys[p].lexicographicallyPrecedes(keys[q]) || (keys[p] == keys[q] && coupled[p] < coupled[q])
        }.map { coupled[$0] }
    }

    /// The solver for `problem`'s standard form with presolve off: structural
    /// columns keep their block, each slack column takes its row's block.
    public convenience init(_ a: SparseMatrix, structure: BlockStructure, update: SchurUpdate = .automatic) throws(KKTSolverError) {
        try self.init(a, structure: structure, update: update, basis: .automatic)
    }

    /// As above, with the blocks' ``CoreBasis`` chosen by `basis`.
    convenience init(_ a: SparseMatrix, structure: BlockStructure, update: SchurUpdate, basis: CoreBasisChoice) throws(KKTSolverError) {
        let rowBlocks = structure.rowBlocks
        guard a.rows == structure.rowCount, a.columns >= structure.columnCount else {
            throw .libraryFailure("block structure is \(structure.rowCount)x\(structure.columnCount), the matrix \(a.rows)x\(a.columns): was presolve on?")
        }
        var columnBlocks = structure.columnBlocks
        for j in structure.columnCount..<a.columns {
            let entries = a.entries(ofColumn: j)
            columnBlocks.append(entries.count == 1 ? rowBlocks[a.rowIndices[entries.lowerBound]] : -1)
        }
        try self.init(a, rowBlocks: rowBlocks, columnBlocks: columnBlocks, update: update, basis: basis)
    }

    public func factor(
        diagonal: [Double], primalRegularization rho: Double, dualRegularization delta: Double
    ) throws(KKTSolverError) -> Double {
        var theta = [Double](unwritten: diagonal.count)
        theta.withUnsafeMutableBufferPointer { theta in
            diagonal.withUnsafeBufferPointer { diagonal in
                Halves.run(diagonal.count) { _, range in for j in range { theta[j] = 1 / (diagonal[j] + rho) } }
            }
        }
        self.theta = theta
        return try retryingRegularization(from: delta) { (delta) throws(KKTSolverError) in
            do throws(LinearAlgebraError) { try factor(delta: delta) } catch .notPositiveDefinite {
                throw .notPositiveDefinite(regularization: delta)
            } catch { throw .libraryFailure(error.description) }
        }
    }

    /// One attempt at `δ`: blocks on two threads, then `S₀` and the first-stage rows.
    private func factor(delta: Double) throws(LinearAlgebraError) {
        let nc = coupledCount, n0 = firstStage.count
        let halves = self.halves, update = self.update
        let partial = self.partial
        partial.reset()
        let theta = self.theta
        DispatchQueue.concurrentPerform(iterations: halves.count) { t in
            partial.run(t) { (s: inout Matrix, work: inout ScenarioBlock.SparseProductWork) throws(LinearAlgebraError) in
                var stack: [Matrix] = [], stacked = 0
                for k in halves[t] {
                    if let h = try blocks[k].factor(theta: theta, delta: delta, coupledCount: nc, update: update,
                                                    schur: &s, work: &work) {
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
        // S₀'s lower triangle, in the last factor's storage when there is one
        // (its pages stay mapped), from the halves' upper triangles in tiles
        // of 64 x 64 so that both the reads and the transposed writes stay in cache.
        var s = schur.map(\.factor) ?? Matrix(rows: n0, columns: n0)
        schur = nil
        let tile = 64
        s.withUnsafeMutableBufferPointer { sp in
            sp.update(repeating: 0)
            for part in partial.sums {
                part.withUnsafeBufferPointer { pp in
                    for p0 in stride(from: 0, to: nc, by: tile) {
                        for q0 in stride(from: 0, through: p0, by: tile) {
                            for p in p0..<min(p0 + tile, nc) {
                                let column = update == .sparse ? p * (p + 1) / 2 : p * nc
                                for q in q0..<min(q0 + tile, p + 1) { sp[p + q * n0] += pp[q + column] }
                            }
                        }
                    }
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
        try BLAS.syrk(stacked, into: &s, triangle: .upper, transpose: .transposed, beta: 1)
    }

    /// Solves with the last factorization in two parallel sweeps over the
    /// blocks (each half of the blocks on its own thread, as in ``factor``),
    /// with the first-stage system in between:
    ///
    /// 1. per block, `h_k = r_yk + W_k Θ_k r_xk`, `v_k = M_k⁻¹ h_k`, and the
    ///    half's partial sum of `T_kᵀ v_k`;
    /// 2. `g₀ = r_x0 - Σ T_kᵀ v_k` (halves added in a fixed order), then `Δy₀`
    ///    and `Δx₀`;
    /// 3. per block, `Δy_k = M_k⁻¹ (h_k - T_k Δx₀)`, `Δx_k = Θ_k (W_kᵀ Δy_k - r_xk)`.
    public func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
        guard let schur, let rowSystem else {
            (dx, dy) = ([Double](repeating: 0, count: dx.count), [Double](repeating: 0, count: dy.count))
            return
        }
        let nc = coupledCount, halves = self.halves, blocks = self.blocks
        var partial = [Double](repeating: 0, count: halves.count * nc)
        var x0 = [Double](repeating: 0, count: firstStage.count), y0 = [Double](repeating: 0, count: firstRows.count)
        theta.withUnsafeBufferPointer { theta in
            rx.withUnsafeBufferPointer { rx in
                ry.withUnsafeBufferPointer { ry in
                    dx.withUnsafeMutableBufferPointer { dx in
                        dy.withUnsafeMutableBufferPointer { dy in
                            partial.withUnsafeMutableBufferPointer { partial in
                                let shared = SharedBuffers(theta: theta, rx: rx, ry: ry, dx: dx, dy: dy, partial: partial)
                                DispatchQueue.concurrentPerform(iterations: halves.count) { t in
                                    let g = UnsafeMutableBufferPointer(rebasing: shared.partial[(t * nc)..<((t + 1) * nc)])
                                    for k in halves[t] { blocks[k].forward(theta: shared.theta, rx: shared.rx, ry: shared.ry, g: g) }
                                }
                            }
                        }
                    }
                }
            }
        }
        // g₀ = r_x0 - Σ T_kᵀ v_k, then Δy₀ and Δx₀ with S₀ = L₀L₀ᵀ and Y = L₀⁻¹A₀₀ᵀ
        // (`linkingSolved`): w = L₀⁻¹g₀, (A₀₀S₀⁻¹A₀₀ᵀ + δI) Δy₀ = r_y0 + Yᵀw,
        // Δx₀ = L₀⁻ᵀ(Y Δy₀ - w): two triangular sweeps over S₀'s factor.
        var w = firstStage.map { rx[$0] }
        for t in halves.indices { for q in 0..<nc { w[q] += partial[t * nc + q] } }
        w.withUnsafeMutableBufferPointer { schur.forwardSubstitute($0) }
        let m0 = firstRows.count
        linkingSolved.withUnsafeBufferPointer { yp in
            for r in 0..<m0 {
                var sum = ry[firstRows[r]]
                for q in 0..<firstStage.count { sum += yp[q + r * firstStage.count] * w[q] }
                y0[r] = sum
            }
            if !y0.isEmpty { y0 = (try? rowSystem.solve(y0)) ?? y0 }
            for q in 0..<firstStage.count {
                var sum = -w[q]
                for r in 0..<m0 { sum += yp[q + r * firstStage.count] * y0[r] }
                x0[q] = sum
            }
        }
        x0.withUnsafeMutableBufferPointer { schur.backSubstitute($0) }
        theta.withUnsafeBufferPointer { theta in
            rx.withUnsafeBufferPointer { rx in
                x0.withUnsafeBufferPointer { x0 in
                    dx.withUnsafeMutableBufferPointer { dx in
                        dy.withUnsafeMutableBufferPointer { dy in
                            let shared = SharedBuffers(theta: theta, rx: rx, dx: dx, dy: dy, x0: x0)
                            DispatchQueue.concurrentPerform(iterations: halves.count) { t in
                                for k in halves[t] {
                                    blocks[k].backward(x0: shared.x0, theta: shared.theta, rx: shared.rx, dx: shared.dx, dy: shared.dy)
                                }
                            }
                        }
                    }
                }
            }
        }
        for (q, j) in firstStage.enumerated() { dx[j] = x0[q] }
        for (r, i) in firstRows.enumerated() { dy[i] = y0[r] }
    }
}

/// The blocks under construction, one slot per block; each thread fills only its own slots.
private final class BuiltBlocks: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<ScenarioBlock?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }
}

/// The buffers one solve hands to its worker threads. Each thread writes only
/// its own blocks' rows and columns of `dx` and `dy` and its own slice of
/// `partial`, so the writes never overlap.
private struct SharedBuffers: @unchecked Sendable {
    var theta: UnsafeBufferPointer<Double>
    var rx: UnsafeBufferPointer<Double>
    var ry = UnsafeBufferPointer<Double>(start: nil, count: 0)
    var dx: UnsafeMutableBufferPointer<Double>
    var dy: UnsafeMutableBufferPointer<Double>
    var partial = UnsafeMutableBufferPointer<Double>(start: nil, count: 0)
    var x0 = UnsafeBufferPointer<Double>(start: nil, count: 0)
}

/// How ``BlockAngularKKT`` adds each block's `T_kᵀ M_k⁻¹ T_k` to the
/// first-stage Schur complement.
public enum SchurUpdate: String, Sendable, CaseIterable {
    /// The cheaper of the two by weighted flop count, decided once per problem.
    case automatic
    /// `H_k = L_k⁻¹ G_k` stacked into one `dsyrk`: `c n_c² + c² n_c` flops per block.
    case dense
    /// `G_kᵀ Y_k`, `Y_k = C_k⁻¹ G_k` with `G_k` kept sparse (LinearAlgebra's
    /// ``DenseTimesSparse``, a vectorized kernel): `c³ + 2 c nnz(G_k) +
    /// Σ_q 2 nnz(g_q)(q + 1)` flops per block, against `c n_c²` for the dense one.
    case sparse
}

/// Per-thread upper-triangular partial sums of `Σ_k T_kᵀ M_k⁻¹ T_k`, each
/// thread's scratch for the sparse update, and the first error a thread met;
/// each thread touches only its own slot. Kept by the solver across
/// factorizations: the sums are zeroed in place, so no factorization maps
/// (and the kernel zeroes) fresh pages for them.
private final class PartialSums: @unchecked Sendable {
    final class Slot: @unchecked Sendable {
        var sum: Matrix
        var work = ScenarioBlock.SparseProductWork()
        var error: LinearAlgebraError?
        init(_ n: Int, packed: Bool) { sum = packed ? Matrix(rows: n * (n + 1) / 2, columns: 1) : Matrix(rows: n, columns: n) }
    }

    let slots: [Slot]
    var sums: [Matrix] { slots.map(\.sum) }
    var error: LinearAlgebraError? { slots.compactMap(\.error).first }

    /// `packed`: each sum is the upper triangle packed by columns (see ``ScenarioBlock/factor(theta:delta:coupledCount:update:schur:work:)``).
    init(count: Int, dimension: Int, packed: Bool) {
        slots = (0..<count).map { _ in Slot(dimension, packed: packed) }
    }

    /// Zeroes the sums and clears the errors before a factorization.
    func reset() {
        for slot in slots {
            slot.sum.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            slot.error = nil
        }
    }

    func run(_ t: Int, _ body: (inout Matrix, inout ScenarioBlock.SparseProductWork) throws(LinearAlgebraError) -> Void) {
        let slot = slots[t]
        do { try body(&slot.sum, &slot.work) } catch { slot.error = error }
    }
}
