/// A solver for the regularized reduced KKT system of one interior-point
/// iteration (Wright, Primal-Dual Interior-Point Methods, 1997, ch. 11):
///
/// ```
/// [ -(D + ρI)   Aᵀ ] [Δx]   [r_x]
/// [     A       δI ] [Δy] = [r_y]
/// ```
///
/// `A` is the `m x n` constraint matrix of the standard form (slack columns
/// included), `D ≥ 0` the diagonal barrier term `X⁻¹Z + S⁻¹W` (zero for free
/// columns), and `ρ, δ > 0` the primal and dual regularization of Altman and
/// Gondzio ("Regularized symmetric indefinite systems in interior point
/// methods for linear and quadratic optimization", OMS 11, 1999), which make
/// the matrix quasi-definite and so factorable with any pivot order even when
/// `A` is rank deficient or a column is free.
///
/// One factorization serves several solves (predictor, corrector, the
/// homogeneous direction); ``KKTSystem`` adds iterative refinement against
/// the unregularized matrix. Implementations:
/// ``DenseNormalEquations`` and ``SparseNormalEquations`` eliminate `Δx` and
/// factor `A Θ Aᵀ + δI` with `Θ = (D + ρI)⁻¹`; a block-angular solver can
/// instead eliminate each scenario block and factor a Schur complement
/// (Gondzio and Grothey, "Exploiting structure in parallel implementation of
/// interior point methods for optimization", CMS 6, 2009), and plugs in
/// through ``LinearSolverChoice/custom(_:)``.
public protocol KKTSolver {
    /// A short name for ``Info/linearSolver``, e.g. `"sparse normal equations (CHOLMOD)"`.
    var name: String { get }

    /// Factors the system for `D = diagonal` (length `n`).
    ///
    /// An implementation may raise `δ` when the factorization breaks down
    /// (a non-positive pivot) and returns the `δ` it used.
    ///
    /// - Throws: ``KKTSolverError`` when no `δ` it is willing to use works.
    mutating func factor(
        diagonal: [Double], primalRegularization: Double, dualRegularization: Double
    ) throws(KKTSolverError) -> Double

    /// Solves with the last factorization, writing every entry of `Δx`
    /// (length `n`) and `Δy` (length `m`): the caller may pass them unwritten
    /// (an unfactored solver writes zeros).
    func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double])

    /// The residual, relative to `1 + ‖r‖∞`, below which ``KKTSystem``'s
    /// iterative refinement stops (``Tuning/refinementTolerance`` unless the
    /// solver says otherwise); `+∞` turns refinement off.
    var refinementTolerance: Double { get }
}

extension KKTSolver {
    public var refinementTolerance: Double { Tuning.refinementTolerance }
}

/// Why a ``KKTSolver`` could not factor or be set up. The solver turns it
/// into ``Status/numericalTrouble``; it is never a user error.
public enum KKTSolverError: Error, Equatable, Sendable {
    /// The matrix stayed indefinite (or singular) at the largest regularization tried.
    case notPositiveDefinite(regularization: Double)
    /// The factorization library failed, with its message.
    case libraryFailure(String)
}

/// A ``KKTSolver`` by the normal equations (Wright 1997, §11.1):
///
/// ```
/// Θ = (D + ρI)⁻¹,   (A Θ Aᵀ + δI) Δy = r_y + A Θ r_x,   Δx = Θ (AᵀΔy - r_x)
/// ```
///
/// Conformers supply the factorization of `M = A Θ Aᵀ + δI` and solves with
/// it; this extension supplies the elimination and the retry policy: on a
/// non-positive pivot, `δ ← 100 δ`, up to ``Tuning/factorizationAttempts``
/// times. (The public ``KKTSolver`` methods of the conformers forward here.)
protocol NormalEquationsSolver: KKTSolver {
    var matrix: SparseMatrix { get }
    var theta: [Double] { get set }
    /// Factors `A Θ Aᵀ + δI` for the current ``theta``; throws
    /// ``KKTSolverError/notPositiveDefinite(regularization:)`` on a bad pivot.
    mutating func factorNormalMatrix(delta: Double) throws(KKTSolverError)
    /// `b ← (A Θ Aᵀ + δI)⁻¹ b`.
    func solveNormalMatrix(_ b: inout [Double])
}

/// The regularization retry policy of every KKT solver: runs `attempt(δ)`
/// and, on ``KKTSolverError/notPositiveDefinite(regularization:)``, raises
/// `δ ← 100 δ` and tries again, up to ``Tuning/factorizationAttempts`` times.
/// Returns the `δ` that worked; any other error ends the retries at once.
func retryingRegularization(
    from delta: Double, _ attempt: (Double) throws(KKTSolverError) -> Void
) throws(KKTSolverError) -> Double {
    var delta = delta
    for tried in 1...Tuning.factorizationAttempts {
        do {
            try attempt(delta)
            return delta
        } catch .notPositiveDefinite where tried < Tuning.factorizationAttempts {
            delta *= Tuning.regularizationGrowth
        }
    }
    throw .notPositiveDefinite(regularization: delta)
}

extension NormalEquationsSolver {
    mutating func factorRetrying(
        diagonal: [Double], primalRegularization rho: Double, dualRegularization delta: Double
    ) throws(KKTSolverError) -> Double {
        theta = diagonal.map { 1 / ($0 + rho) }
        return try retryingRegularization(from: delta) { (delta) throws(KKTSolverError) in try factorNormalMatrix(delta: delta) }
    }

    func solveEliminating(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
        let a = matrix
        var thetaRx = [Double](repeating: 0, count: a.columns)
        for j in 0..<a.columns { thetaRx[j] = theta[j] * rx[j] }
        dy = ry
        a.multiply(thetaRx, into: &dy, accumulate: true)
        solveNormalMatrix(&dy)
        let aty = a.transposeTimes(dy)
        for j in 0..<a.columns { dx[j] = theta[j] * (aty[j] - rx[j]) }
    }
}
