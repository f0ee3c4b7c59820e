/// What a solve did: iterations, time per phase, the final measures and the
/// iteration log.
public struct Info: Sendable, Equatable {
    /// The named timers of a solve (the Clarabel convention).
    public enum Phase: String, Sendable, Hashable, CaseIterable {
        /// Presolve reductions.
        case presolve
        /// Ruiz equilibration and the scaled standard form.
        case scaling
        /// Linear-solver setup: dense copy or CHOLMOD symbolic analysis.
        case setup
        /// Mehrotra's starting point.
        case startingPoint
        /// Numerical factorizations of the KKT (normal-equations) matrix.
        case factorization
        /// Solves with the factorization (homogeneous direction, predictor,
        /// corrector, centrality correctors), with iterative refinement.
        case solve
        /// Mapping the solution or certificate back to the original problem.
        case postsolve
        /// The whole call.
        case total
    }

    /// Interior-point iterations (factorizations of the Newton system).
    public var iterations = 0
    /// Seconds spent in each phase; ``Phase/factorization`` and
    /// ``Phase/solve`` are parts of the iterations.
    public var seconds: [Phase: Double] = [:]
    /// Final relative primal residual, dual residual and gap (see ``Settings``).
    public var primalResidual = Double.nan
    public var dualResidual = Double.nan
    public var gap = Double.nan
    /// Final primal and dual objectives, in the problem's sense.
    public var primalObjective = Double.nan
    public var dualObjective = Double.nan
    /// The size of the problem the interior-point method saw, after presolve
    /// (slack columns not counted).
    public var presolvedRows = 0
    public var presolvedColumns = 0
    public var presolvedNonzeros = 0
    /// The ``KKTSolver/name`` of the linear solver used.
    public var linearSolver = ""
    /// The largest dual regularization `δ` any factorization needed.
    public var largestRegularization = 0.0
    /// One record per iteration, in order.
    public var log: [IterationRecord] = []

    public init() {}
}

/// One interior-point iteration, as the log shows it.
public struct IterationRecord: Sendable, Equatable {
    public var iteration: Int
    public var primalObjective: Double
    public var dualObjective: Double
    public var primalResidual: Double
    public var dualResidual: Double
    public var gap: Double
    /// Complementarity `μ = (xᵀz + sᵀw + τκ) / (n_c + 1)`.
    public var mu: Double
    public var tau: Double
    public var kappa: Double
    /// The centering `σ` and step `α` taken after this record's measures.
    public var sigma: Double
    public var step: Double
    /// A 64-bit FNV-1a hash, by words over four lanes, of the bit patterns of the iterate
    /// `(x, y, z, s, w, τ, κ)` this record measures: equal checksums across
    /// runs mean bit-identical iterates.
    public var checksum: UInt64
}

/// Accumulates wall-clock time per ``Info/Phase``.
struct Timers {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private(set) var seconds: [Info.Phase: Double] = [:]

    init() { start = clock.now }

    /// Runs `body` and adds its duration to `phase`.
    mutating func time<R, E: Error>(_ phase: Info.Phase, _ body: () throws(E) -> R) throws(E) -> R {
        let begin = clock.now
        defer { seconds[phase, default: 0] += Self.seconds(clock.now - begin) }
        return try body()
    }

    /// Seconds since the timers were created.
    var elapsed: Double { Self.seconds(clock.now - start) }

    /// All phases, with ``Info/Phase/total`` set to the elapsed time.
    var final: [Info.Phase: Double] {
        var all = seconds
        all[.total] = elapsed
        return all
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
