/// The residuals of the homogeneous model at an ``Iterate``:
///
/// ```
/// r_p = b τ - A x                  (rows)
/// r_u = u τ - x - s                (boxed columns, else 0; none without one)
/// r_d = c τ - Aᵀy - z + w          (columns)
/// r_g = κ + cᵀx - bᵀy + uᵀw
/// ```
///
/// and the measures the termination tests read, in the original problem's
/// units (``StandardForm/primalUnit`` and friends undo the scaling).
struct Residuals: Sendable {
    var rp: [Double]
    /// Empty when the form has no boxed column (it would be all zero).
    var ru: [Double]
    var rd: [Double]
    var rg: Double
    /// `A x` and `Aᵀy`, kept for the relative measures and the ray tests.
    var ax: [Double]
    var aty: [Double]
    /// `cᵀx`, `bᵀy`, `uᵀw` (internal units, not divided by τ).
    var cx: Double
    var by: Double
    var uw: Double

    /// One pass over `A`'s columns (``SparseMatrix/sweepByHalves(x:y:initial:_:combine:)``):
    /// the column residuals with `Aᵀy`, and `A x` from the halves' shares added
    /// in order, so the result does not depend on the thread count.
    init(_ form: StandardForm, _ v: Iterate) {
        let (m, n) = (form.rows, form.columns)
        let (kind, upper, c, tau) = (form.kind, form.upper, form.c, v.tau)
        // r_u is zero for unboxed columns: without a boxed one it is left empty.
        let boxed = form.hasBoxed
        var (aty, ru, rd) = ([Double](unwritten: n), boxed ? [Double](unwritten: n) : [], [Double](unwritten: n))
        let (sums, first, second) = aty.withUnsafeMutableBufferPointer { aty in
            ru.withUnsafeMutableBufferPointer { ru in
                rd.withUnsafeMutableBufferPointer { rd in
                    v.withColumns { p in
                        form.a.sweepByHalves(x: v.x, y: v.y, initial: (cx: 0.0, uw: 0.0), { sums, j, sum in
                            aty[j] = sum
                            let dual = c[j] * tau - sum - p.z[j]
                            if kind[j] == .boxed {
                                ru[j] = upper[j] * tau - p.x[j] - p.s[j]
                                sums.uw += upper[j] * p.w[j]
                                rd[j] = dual + p.w[j]
                            } else {
                                if boxed { ru[j] = 0 }
                                rd[j] = dual
                            }
                            sums.cx += c[j] * p.x[j]
                        }, combine: { ($0.cx + $1.cx, $0.uw + $1.uw) })
                    }
                }
            }
        }
        let ax = zip(first, second).map { $0 + $1 }
        self.ax = ax
        self.aty = aty
        self.ru = ru
        self.rd = rd
        rp = (0..<m).map { form.b[$0] * tau - ax[$0] }
        (cx, uw) = sums
        by = zip(form.b, v.y).reduce(0) { $0 + $1.0 * $1.1 }
        rg = v.kappa + cx - by + uw
    }
}

/// Norms of the problem data in original units, the denominators of the
/// relative measures.
struct DataNorms: Sendable {
    /// `max(‖rₗ, rᵤ‖∞, ‖l, u‖∞)` over finite bounds of the presolved problem.
    let bound: Double
    /// `‖c‖∞` of the presolved problem (minimization form).
    let cost: Double

    init(_ problem: BoundedForm) {
        var bound = 0.0
        for v in problem.rowLower + problem.rowUpper + problem.columnLower + problem.columnUpper where v.isFinite {
            bound = max(bound, abs(v))
        }
        self.bound = bound
        cost = problem.c.reduce(0) { max($0, abs($1)) }
    }
}

/// The relative measures of ``Settings``, for an iterate divided by `τ`.
struct Measures: Sendable, Equatable {
    var primalResidual: Double
    var dualResidual: Double
    var gap: Double
    /// Objectives of the scaled, presolved problem in original units
    /// (minimization form, presolve offset included).
    var primalObjective: Double
    var dualObjective: Double

    /// ```
    /// primal = ‖(r_p, r_u)‖∞ / τ / (1 + max(‖b, u‖∞, ‖A x‖∞ / τ))
    /// dual   = ‖r_d‖∞ / τ / (1 + max(‖c‖∞, ‖Aᵀy‖∞ / τ))
    /// gap    = |pobj - dobj| / (1 + min(|pobj|, |dobj|))
    /// ```
    init(_ form: StandardForm, _ r: Residuals, _ v: Iterate, norms: DataNorms, offset: Double) {
        var primal = 0.0, activity = 0.0, dual = 0.0, dualActivity = 0.0
        for i in 0..<form.rows {
            primal = max(primal, abs(r.rp[i] * form.rowUnit[i]))
            activity = max(activity, abs(r.ax[i] * form.rowUnit[i]))
        }
        let (ru, rd, aty, primalUnit, dualUnit) = (r.ru, r.rd, r.aty, form.primalUnit, form.dualUnit)
        let boxed = form.hasBoxed
        let columns = Halves.reduce(form.columns, { range in
            var (primal, dual, activity) = (0.0, 0.0, 0.0)
            for j in range {
                if boxed { primal = max(primal, abs(ru[j] * primalUnit[j])) }
                dual = max(dual, abs(rd[j] * dualUnit[j]))
                activity = max(activity, abs(aty[j] * dualUnit[j]))
            }
            return (primal, dual, activity)
        }, { (max($0.0, $1.0), max($0.1, $1.1), max($0.2, $1.2)) })
        primal = max(primal, columns.0)
        dual = columns.1
        dualActivity = columns.2
        let tau = v.tau
        primalResidual = primal / tau / (1 + max(norms.bound, activity / tau))
        dualResidual = dual / tau / (1 + max(norms.cost, dualActivity / tau))
        primalObjective = (r.cx / tau + form.constant) * form.objectiveUnit + offset
        dualObjective = ((r.by - r.uw) / tau + form.constant) * form.objectiveUnit + offset
        gap = abs(primalObjective - dualObjective) / (1 + min(abs(primalObjective), abs(dualObjective)))
    }
}
