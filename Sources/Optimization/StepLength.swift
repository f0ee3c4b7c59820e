/// The step to the boundary of the nonnegative orthant along a direction
/// (Wright 1997, ch. 5):
///
/// ```
/// α_max = sup { α : (x, z, s, w, τ, κ) + α Δ ≥ 0 }   over the entries that apply
/// α     = min(1, β α_max),   β = 0.995 (Tuning.stepFraction)
/// ```
///
/// The homogeneous model takes one step length for primal and dual alike:
/// the embedding couples them through `τ`.
enum StepLength {
    /// The largest `α` that keeps every constrained entry nonnegative (`+∞`
    /// when no entry decreases).
    static func toBoundary(from v: Iterate, along d: Iterate, form: StandardForm) -> Double {
        let reach = toBoundary(separately: v, along: d, form: form)
        return min(reach.primal, reach.dual)
    }

    /// The largest primal `α` (over `x, s, τ`) and dual `α` (over `z, w, κ, τ`)
    /// that keep their entries nonnegative, each `+∞` when nothing of its side decreases.
    static func toBoundary(separately v: Iterate, along d: Iterate, form: StandardForm) -> (primal: Double, dual: Double) {
        @inline(__always) func limit(_ alpha: inout Double, _ value: Double, _ change: Double) {
            if change < 0 { alpha = min(alpha, -value / change) }
        }
        var (primal, dual) = v.withColumns { v in
            d.withColumns { d in
                form.kind.withUnsafeBufferPointer { kind in
                    Halves.reduce(form.columns, { range in
                        var (primal, dual) = (Double.infinity, Double.infinity)
                        for j in range {
                            switch kind[j] {
                            case .free: continue
                            case .lower:
                                limit(&primal, v.x[j], d.x[j])
                                limit(&dual, v.z[j], d.z[j])
                            case .boxed:
                                limit(&primal, v.x[j], d.x[j])
                                limit(&dual, v.z[j], d.z[j])
                                limit(&primal, v.s[j], d.s[j])
                                limit(&dual, v.w[j], d.w[j])
                            }
                        }
                        return (primal, dual)
                    }, { (min($0.0, $1.0), min($0.1, $1.1)) })
                }
            }
        }
        limit(&primal, v.tau, d.tau)
        limit(&dual, v.tau, d.tau)
        limit(&dual, v.kappa, d.kappa)
        return (primal, dual)
    }

    /// `min(1, β α_max)`, the step actually taken.
    static func damped(from v: Iterate, along d: Iterate, form: StandardForm) -> Double {
        min(1, Tuning.stepFraction * toBoundary(from: v, along: d, form: form))
    }

    /// `μ` after a primal step `α_p` (`x, s, τ`) and a dual step `α_d`
    /// (`z, w, κ`): the complementarity Mehrotra's predictor reaches when
    /// each side goes as far as it can (Mehrotra 1992, §3; Wright 1997, ch. 10),
    /// entry by entry without forming the point, over ``Halves``.
    static func mu(primal ap: Double, dual ad: Double, from v: Iterate, along d: Iterate, form: StandardForm) -> Double {
        let sum = v.withColumns { v in
            d.withColumns { d in
                Halves.reduce(v.x.count, { range in
                    var sum = 0.0
                    for j in range {
                        sum += (v.x[j] + ap * d.x[j]) * (v.z[j] + ad * d.z[j])
                            + (v.s[j] + ap * d.s[j]) * (v.w[j] + ad * d.w[j])
                    }
                    return sum
                }, +)
            }
        } + (v.tau + ap * d.tau) * (v.kappa + ad * d.kappa)
        return sum / Double(form.pairCount)
    }
}
