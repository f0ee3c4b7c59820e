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
/// singular and the regularized solution is the one kept).
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
    func solve(_ rx: [Double], _ ry: [Double]) -> (dx: [Double], dy: [Double]) {
        var dx = [Double](repeating: 0, count: a.columns), dy = [Double](repeating: 0, count: a.rows)
        solver.solve(rx, ry, dx: &dx, dy: &dy)
        let target = solver.refinementTolerance * (1 + max(Self.norm(rx), Self.norm(ry)))
        var (resX, resY) = residual(rx, ry, dx, dy)
        var residualNorm = max(Self.norm(resX), Self.norm(resY))
        var ex = dx, ey = dy
        for _ in 0..<Tuning.refinementSteps where residualNorm > target {
            solver.solve(resX, resY, dx: &ex, dy: &ey)
            let candidateX = zip(dx, ex).map { $0 + $1 }, candidateY = zip(dy, ey).map { $0 + $1 }
            let (nextX, nextY) = residual(rx, ry, candidateX, candidateY)
            let nextNorm = max(Self.norm(nextX), Self.norm(nextY))
            guard nextNorm < 0.5 * residualNorm else { break }
            (dx, dy, resX, resY, residualNorm) = (candidateX, candidateY, nextX, nextY, nextNorm)
        }
        return (dx, dy)
    }

    /// `r - K v` for the unregularized `K`.
    private func residual(_ rx: [Double], _ ry: [Double], _ dx: [Double], _ dy: [Double]) -> ([Double], [Double]) {
        var resX = a.transposeTimes(dy)
        for j in resX.indices { resX[j] = rx[j] - (resX[j] - diagonal[j] * dx[j]) }
        var resY = a.times(dx)
        for i in resY.indices { resY[i] = ry[i] - resY[i] }
        return (resX, resY)
    }

    static func norm(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }
}
