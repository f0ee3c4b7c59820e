/// User options of the interior-point solver.
///
/// Internal tuning constants (step fraction, regularization sizes, Ruiz
/// iterations, refinement steps) live apart in ``Tuning``: they are the
/// solver's business, not the caller's.
public struct Settings: Sendable {
    /// Relative primal residual at which a point counts as feasible:
    /// `‖(A x - b, x + s - u)‖∞ ≤ ε (1 + max(‖b, u‖∞, ‖A x‖∞))`, in the
    /// problem's own units (after unscaling).
    public var primalTolerance = 1e-8
    /// Relative dual residual: `‖c - Aᵀy - z‖∞ ≤ ε (1 + max(‖c‖∞, ‖Aᵀy‖∞))`.
    public var dualTolerance = 1e-8
    /// Relative duality gap: `|pobj - dobj| ≤ ε (1 + min(|pobj|, |dobj|))`.
    public var gapTolerance = 1e-8
    /// Ray accuracy for detecting infeasibility in the homogeneous model:
    /// `‖Aᵀy + z - w‖ ≤ ε (bᵀy - uᵀw)` (primal) or `‖A x‖ ≤ ε (-cᵀx)` (dual).
    public var infeasibilityTolerance = 1e-8
    /// Accuracy a certificate must reach on the original problem before an
    /// infeasible status is returned (see ``LinearProgram/verifiesFarkas(_:tolerance:)``).
    public var certificateTolerance = 1e-6
    /// Interior-point iterations before ``Status/iterationLimit``.
    public var iterationLimit = 200
    /// Wall-clock seconds before ``Status/timeLimit``, counted from the call.
    public var timeLimitSeconds = Double.infinity
    /// Remove empty, free, singleton and redundant rows and fixed and empty columns first.
    public var presolve = true
    /// Equilibrate `A` (Ruiz) and normalize `c` and the bounds, by powers of two.
    public var scaling = true
    /// How the Newton systems are solved.
    public var linearSolver = LinearSolverChoice.automatic

    public init() {}
}

/// Which ``KKTSolver`` solves the Newton systems.
public enum LinearSolverChoice: Sendable {
    /// Dense normal equations for small or dense problems, sparse otherwise.
    case automatic
    /// ``DenseNormalEquations``: BLAS `dsyrk` and LAPACK `dpotrf`/`dpotrs`.
    case dense
    /// ``SparseNormalEquations``: SuiteSparse CHOLMOD, supernodal, on OpenBLAS.
    case sparse
    /// A caller's solver built from the (presolved, scaled) constraint matrix
    /// with slack columns, e.g. a block-angular Schur-complement solver.
    case custom(@Sendable (SparseMatrix) throws(KKTSolverError) -> any KKTSolver)
}

/// Internal tuning constants; not user options (the HiGHS HiPO convention).
enum Tuning {
    /// Fraction of the step to the boundary that is taken, `α = min(1, β α_max)`.
    static let stepFraction = 0.995
    /// Gondzio's centrality correctors: at most this many per iteration, the
    /// step gain aimed for, the band `[low, high] σμ` for the products, and the
    /// share of the aimed gain a corrector must deliver to be kept.
    /// The gain is 0.3 rather than Gondzio's 0.1 (the more ambitious
    /// aspiration of Colombo and Gondzio, "Further development of multiple
    /// centrality correctors for interior point methods", COAP 41, 2008):
    /// measured on the deployment LP, (500, 30, 100) took 36 iterations
    /// instead of 40 and (2000, 60, 50) 47 instead of 51.
    static let centralityCorrectors = 2
    static let correctorStepGain = 0.3
    static let correctorLow = 0.1
    static let correctorHigh = 10.0
    static let correctorAcceptance = 0.1
    /// The largest centering parameter `σ` Mehrotra's rule may give. Left
    /// uncapped, short affine steps on the deployment LP gave `σ ≈ 0.5–0.7`
    /// for most of the run and steps of 0.4–0.7; aiming lower and letting
    /// Gondzio's correctors restore centrality took (500, 30, 100) from 36 to
    /// 32 iterations, (2000, 60, 50) from 47 to 40 and (2000, 60, 200) from
    /// 71 to 54 (with ``StepLength/mu(primal:dual:from:along:form:)`` for `μ_a`;
    /// 41 and 56 once the block solver stopped refining). Caps of 0.2–0.6 gave
    /// 39–44 iterations at (2000, 60, 50).
    static let largestSigma = 0.1
    /// Static primal regularization `ρ` added to `D` (Altman and Gondzio 1999).
    static let primalRegularization = 1e-8
    /// Static dual regularization `δ` added to `A Θ Aᵀ`.
    static let dualRegularization = 1e-8
    /// Growth of `δ` after a failed factorization, and the number of attempts.
    static let regularizationGrowth = 100.0
    static let factorizationAttempts = 8
    /// Iterative refinement steps on the unregularized system, and their target.
    static let refinementSteps = 4
    static let refinementTolerance = 1e-13
    /// The refinement target of ``BlockAngularKKT``: none. Its solves are
    /// exact but for the regularization `ρ = δ = 1e-8`, and the residual
    /// check alone is a pass over `A` per solve. Measured without refinement
    /// (and with ``largestSigma``): (500, 30, 100) 32 iterations either way,
    /// the solve phase 2.72 s → 1.62 s, the objective within 1e-10 of
    /// HiGHS's; (2000, 60, 50) 41 iterations instead of 40, the solve phase
    /// 6.2 s → 4.2 s. The general solvers keep 1e-13, which the catalogue's
    /// free and infeasible problems need.
    static let blockRefinementTolerance = Double.infinity
    /// Ruiz equilibration sweeps and the stopping deviation of row and column norms from 1.
    static let ruizIterations = 12
    static let ruizTolerance = 0.1
    /// Steps shorter than this for `stallLimit` iterations in a row are numerical trouble.
    static let minimumStep = 1e-8
    static let stallLimit = 5
    /// Above this density (nonzeros / (m n)) and below `denseRowLimit` rows the automatic choice is dense.
    static let denseDensity = 0.2
    static let denseRowLimit = 2000
    /// Presolve: a row or bound infeasible by more than this (relative) is reported infeasible.
    static let presolveFeasibilityTolerance = 1e-9
    /// MPS and model input: magnitudes at or above this are infinite (the HiGHS convention).
    static let infiniteBound = 1e20
}
