/// The result of ``solve(_:settings:)``, in the original problem's rows,
/// columns and sense.
///
/// Sign conventions (those of HiGHS): the row dual `yᵢ = ∂ objective / ∂ bᵢ`
/// is the shadow price of row `i`'s active bound, and the reduced cost is
/// `dⱼ = cⱼ - aⱼᵀy`. For a minimization an active lower bound has `y ≥ 0`,
/// `d ≥ 0` and an active upper bound `y ≤ 0`, `d ≤ 0`; for a maximization
/// the signs flip. Both are exact functions of `y`: `d` is recomputed from
/// the original data, so `c - Aᵀy - d = 0` to rounding.
public struct Solution: Sendable {
    public var status: Status
    /// `cᵀx + c₀` at ``columnValues``; NaN when there is no point
    /// (infeasible, unbounded).
    public var objective: Double
    /// `x`, one per column. For ``Status/optimal`` the optimum; for limits
    /// and numerical trouble the last iterate; empty for infeasible statuses.
    public var columnValues: [Double]
    /// `d = c - Aᵀy`, one per column (empty when ``columnValues`` is).
    public var reducedCosts: [Double]
    /// `A x`, one per row.
    public var rowActivities: [Double]
    /// `y`, one per row: the shadow prices.
    public var rowDuals: [Double]
    /// The verified infeasibility certificate for ``Status/primalInfeasible``
    /// and ``Status/dualInfeasible``, `nil` otherwise.
    public var certificate: Certificate?
    public var info: Info
}

/// A proof, checkable on the original data, that a problem has no optimum.
public enum Certificate: Sendable, Equatable {
    /// Row multipliers `y` with, for `z = -Aᵀy`,
    ///
    /// ```
    /// Σᵢ (yᵢ⁺ rₗᵢ - yᵢ⁻ rᵤᵢ) + Σⱼ (zⱼ⁺ lⱼ - zⱼ⁻ uⱼ) > 0,
    /// ```
    ///
    /// every term finite (`yᵢ⁺ > 0` only where `rₗᵢ` is finite, and so on).
    /// For any `x` within the bounds this sum is at most `(Aᵀy + z)ᵀx = 0`,
    /// so no feasible `x` exists (Farkas' lemma).
    case farkas(rowMultipliers: [Double])
    /// A direction `d` with `cᵀd < 0` (minimize) or `> 0` (maximize) along
    /// which the constraints stay satisfied: `(A d)ᵢ ≥ 0` where `rₗᵢ` is
    /// finite, `≤ 0` where `rᵤᵢ` is finite, `dⱼ ≥ 0` where `lⱼ` is finite and
    /// `≤ 0` where `uⱼ` is finite. Then the dual is infeasible, and if the
    /// primal is feasible its objective is unbounded along `d`.
    case unboundedRay(direction: [Double])
}
