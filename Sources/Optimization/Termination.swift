/// When to stop, checked once per iteration before the factorization.
///
/// In order:
/// 1. **optimal**: the ``Measures`` of `(x, y, z, s, w) / τ` meet
///    ``Settings/primalTolerance``, ``Settings/dualTolerance`` and
///    ``Settings/gapTolerance``;
/// 2. **primal infeasible**: the dual part is a Farkas ray of the scaled
///    standard form (Andersen and Andersen 2000, §4),
///    ```
///    bᵀy - uᵀw > 0   and   ‖Aᵀy + z - w‖∞ ≤ ε_inf (bᵀy - uᵀw)
///    ```
///    and the ray, mapped back, verifies on the original problem;
/// 3. **dual infeasible**: the primal part is an improving ray,
///    ```
///    cᵀx < 0   and   max(‖A x‖∞, ‖x_B + s_B‖∞) ≤ ε_inf (-cᵀx)
///    ```
///    and it verifies on the original problem;
/// 4. the iteration and time limits;
/// 5. numerical trouble: a non-finite iterate, or steps below
///    ``Tuning/minimumStep`` for ``Tuning/stallLimit`` iterations.
///
/// A ray that does not verify is not a verdict: the iterations go on (and end
/// at a limit or in numerical trouble if the ray never firms up).
struct Termination {
    let settings: Settings
    let form: StandardForm
    /// Maps a ray to the original problem and verifies it there.
    let certify: (Status, Iterate) -> Certificate?
    private var shortSteps = 0

    init(settings: Settings, form: StandardForm, certify: @escaping (Status, Iterate) -> Certificate?) {
        self.settings = settings
        self.form = form
        self.certify = certify
    }

    /// The verdict at `v`, or `nil` to go on.
    func verdict(
        _ v: Iterate, _ r: Residuals, _ measures: Measures, iteration: Int, elapsedSeconds: Double
    ) -> (Status, Certificate?)? {
        guard v.isFinite, measures.primalResidual.isFinite, measures.dualResidual.isFinite else {
            return (.numericalTrouble, nil)
        }
        if measures.primalResidual <= settings.primalTolerance && measures.dualResidual <= settings.dualTolerance
            && measures.gap <= settings.gapTolerance {
            return (.optimal, nil)
        }
        if isFarkasRay(v, r), let certificate = certify(.primalInfeasible, v) { return (.primalInfeasible, certificate) }
        if isImprovingRay(v, r), let certificate = certify(.dualInfeasible, v) { return (.dualInfeasible, certificate) }
        if iteration >= settings.iterationLimit { return (.iterationLimit, nil) }
        if elapsedSeconds >= settings.timeLimitSeconds { return (.timeLimit, nil) }
        if shortSteps >= Tuning.stallLimit { return (.numericalTrouble, nil) }
        return nil
    }

    /// Counts consecutive steps shorter than ``Tuning/minimumStep``.
    mutating func record(step alpha: Double) {
        shortSteps = alpha < Tuning.minimumStep ? shortSteps + 1 : 0
    }

    /// `bᵀy - uᵀw > 0` and `‖Aᵀy + z - w‖∞ ≤ ε (bᵀy - uᵀw)`, with `Aᵀy + z - w = cτ - r_d`.
    private func isFarkasRay(_ v: Iterate, _ r: Residuals) -> Bool {
        let value = r.by - r.uw
        guard value > 0 else { return false }
        var norm = 0.0
        for j in 0..<form.columns { norm = max(norm, abs(form.c[j] * v.tau - r.rd[j])) }
        return norm <= settings.infeasibilityTolerance * value
    }

    /// `cᵀx < 0` and `max(‖A x‖∞, ‖x_B + s_B‖∞) ≤ ε (-cᵀx)`.
    private func isImprovingRay(_ v: Iterate, _ r: Residuals) -> Bool {
        let value = -r.cx
        guard value > 0 else { return false }
        var norm = KKTSystem.norm(r.ax)
        for j in 0..<form.columns where form.kind[j] == .boxed { norm = max(norm, abs(v.x[j] + v.s[j])) }
        return norm <= settings.infeasibilityTolerance * value
    }
}
