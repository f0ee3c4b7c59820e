/// The Newton system's linear algebra: a ``KKTSolver`` for the regularized
/// matrix, and iterative refinement against the unregularized one,
///
/// ```
/// K = [ -D  Aᵀ ]     K_reg = [ -(D + ρI)  Aᵀ ]
///     [  A   0 ]             [     A     δI ]
///
/// v₀ = K_reg⁻¹ r,   vₖ₊₁ = vₖ + K_reg⁻¹ (r - K vₖ)
/// ```
///
/// so that the regularization steadies the factorization without biasing the
/// direction (Altman and Gondzio 1999, §4; Clarabel does the same). The
/// refinement stops when the residual is below the solver's ``KKTSolver/refinementTolerance``
/// relative to `r`, or stops shrinking (when `A` is rank deficient `K` is
/// singular and the regularized solution is the one kept). A solver whose
/// tolerance is infinite is not refined, and no residual is computed.
struct KKTSystem {
    private(set) var solver: any KKTSolver
    let a: SparseMatrix
    private var diagonal: [Double]
    /// The `δ` the last factorization used.
    private(set) var regularization = 0.0

    init(solver: any KKTSolver, a: SparseMatrix) {
        self.solver = solver
        self.a = a
        diagonal = Array(repeating: 0, count: a.columns)
    }

    /// Factors `K_reg` for `D = diagonal`.
    mutating func factor(diagonal: [Double]) throws(KKTSolverError) {
        self.diagonal = diagonal
        regularization = try solver.factor(
            diagonal: diagonal, primalRegularization: Tuning.primalRegularization,
            dualRegularization: Tuning.dualRegularization)
    }

    /// Solves `K [Δx; Δy] = [r_x; r_y]` with the last factorization and refinement.
    ///
    /// Four vectors besides the answer: the residual, overwritten by the next
    /// one, and the correction, into which the candidate `v + e` is formed
    /// (a refused candidate is dropped with the loop, so neither needs a copy).
    func solve(_ rx: [Double], _ ry: [Double]) -> (dx: [Double], dy: [Double]) {
        // Every solver writes all of Δx and Δy (``KKTSolver/solve(_:_:dx:dy:)``).
        var dx = [Double](unwritten: a.columns), dy = [Double](unwritten: a.rows)
        solver.solve(rx, ry, dx: &dx, dy: &dy)
        guard Tuning.refinementSteps > 0, solver.refinementTolerance.isFinite else { return (dx, dy) }
        let target = solver.refinementTolerance * (1 + max(Self.norm(rx), Self.norm(ry)))
        var resX = [Double](repeating: 0, count: a.columns), resY = [Double](repeating: 0, count: a.rows)
        var residualNorm = residual(rx, ry, dx, dy, into: &resX, &resY)
        guard residualNorm > target else { return (dx, dy) }
        var ex = [Double](repeating: 0, count: a.columns), ey = [Double](repeating: 0, count: a.rows)
        for _ in 0..<Tuning.refinementSteps where residualNorm > target {
            solver.solve(resX, resY, dx: &ex, dy: &ey)
            for j in ex.indices { ex[j] += dx[j] }
            for i in ey.indices { ey[i] += dy[i] }
            let nextNorm = residual(rx, ry, ex, ey, into: &resX, &resY)
            guard nextNorm < 0.5 * residualNorm else { break }
            swap(&dx, &ex)
            swap(&dy, &ey)
            residualNorm = nextNorm
        }
        return (dx, dy)
    }

    /// `r - K v` for the unregularized `K` into `(resX, resY)`, in one pass
    /// over `A`'s columns (``SparseMatrix/sweepByHalves(x:y:initial:_:combine:)``);
    /// returns its max norm. The halves' shares of `A dx` are subtracted from
    /// `r_y` in order.
    private func residual(_ rx: [Double], _ ry: [Double], _ dx: [Double], _ dy: [Double],
                          into resX: inout [Double], _ resY: inout [Double]) -> Double {
        let diagonal = self.diagonal
        let (columnNorm, first, second) = resX.withUnsafeMutableBufferPointer { resX in
            a.sweepByHalves(x: dx, y: dy, initial: 0.0, { norm, j, aty in
                let r = rx[j] - (aty - diagonal[j] * dx[j])
                resX[j] = r
                norm = max(norm, abs(r))
            }, combine: max)
        }
        var norm = columnNorm
        for i in 0..<resY.count {
            resY[i] = (ry[i] - first[i]) - second[i]
            norm = max(norm, abs(resY[i]))
        }
        return norm
    }

    static func norm(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }
}
