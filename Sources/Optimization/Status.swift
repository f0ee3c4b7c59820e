/// How a solve ended: an algorithmic outcome, never an error.
///
/// Bad input is a thrown ``LinearProgramError`` (or ``MPSError``) before the
/// solver starts; every problem that can be posed ends with one of these.
public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Primal and dual feasible and the gap closed to the tolerances in ``Settings``.
    case optimal
    /// No `x` satisfies the constraints; ``Solution/certificate`` holds a
    /// verified Farkas ray ``Certificate/farkas(rowMultipliers:)``.
    case primalInfeasible
    /// The dual has no feasible point, so the primal is infeasible or
    /// unbounded; ``Solution/certificate`` holds a verified improving ray
    /// ``Certificate/unboundedRay(direction:)``.
    case dualInfeasible
    /// ``Settings/iterationLimit`` iterations ran out.
    case iterationLimit
    /// ``Settings/timeLimitSeconds`` ran out.
    case timeLimit
    /// The Newton systems could not be solved accurately enough to go on
    /// (factorization failed at the largest regularization, NaN, or the steps
    /// stalled), or an infeasibility ray did not verify.
    case numericalTrouble

    /// The words printed by `siaga solve`: `optimal`, `primal infeasible`, ….
    public var words: String {
        switch self {
        case .optimal: "optimal"
        case .primalInfeasible: "primal infeasible"
        case .dualInfeasible: "dual infeasible"
        case .iterationLimit: "iteration limit"
        case .timeLimit: "time limit"
        case .numericalTrouble: "numerical trouble"
        }
    }
}
