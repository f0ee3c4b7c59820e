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
    /// The largest primal and dual step lengths, each `+∞` when nothing of its side decreases.
    struct Reach: Sendable {
        var primal = Double.infinity
        var dual = Double.infinity

        /// The one step length of the homogeneous model.
        var both: Double { Swift.min(primal, dual) }

        /// The two halves' reaches combined.
        static func min(_ a: Reach, _ b: Reach) -> Reach {
            Reach(primal: Swift.min(a.primal, b.primal), dual: Swift.min(a.dual, b.dual))
        }

        /// Limited by column `j`'s entries of `v` moving by `(dx, dz, ds, dw)`,
        /// those its kind has: none for a free column, `x, z` for a lower-bounded
        /// one, and `s, w` too for a boxed one.
        @inline(__always)
        mutating func limit(_ kind: StandardForm.Kind, at v: Iterate.Columns, _ j: Int,
                            along dx: Double, _ dz: Double, _ ds: Double, _ dw: Double) {
            guard kind != .free else { return }
            StepLength.limit(&primal, v.x[j], dx)
            StepLength.limit(&dual, v.z[j], dz)
            if kind == .boxed {
                StepLength.limit(&primal, v.s[j], ds)
                StepLength.limit(&dual, v.w[j], dw)
            }
        }

        /// With `τ` (both sides) and `κ` (dual) limited as well, at `(τ, κ)` along `d`.
        func including(tau: Double, kappa: Double, along d: Iterate) -> Reach {
            var reach = self
            StepLength.limit(&reach.primal, tau, d.tau)
            StepLength.limit(&reach.dual, tau, d.tau)
            StepLength.limit(&reach.dual, kappa, d.kappa)
            return reach
        }
    }

    /// `α ← min(α, -value / change)` when the step `α` would take the entry
    /// (`value > 0`) below zero, `value + α change < 0`, which only a
    /// decreasing entry can. As `α` only falls, the division is rare: the
    /// test is one multiply-add with no loop-carried dependence on a
    /// division, where `min(α, -value / change)` for every decreasing entry
    /// left the loop waiting on its divisions.
    @inline(__always)
    static func limit(_ alpha: inout Double, _ value: Double, _ change: Double) {
        if value + alpha * change < 0 { alpha = Swift.min(alpha, -value / change) }
    }

    /// The largest primal `α` (over `x, s, τ`) and dual `α` (over `z, w, κ, τ`)
    /// that keep their entries nonnegative, each `+∞` when nothing of its side
    /// decreases. ``NewtonSystem`` takes the same reach in the pass that forms
    /// a direction; this pass of its own is the reference the tests hold it to.
    static func toBoundary(separately v: Iterate, along d: Iterate, form: StandardForm) -> Reach {
        let boxed = form.hasBoxed
        let columns = v.withColumns { v in
            d.withColumns { d in
                form.kind.withUnsafeBufferPointer { kind in
                    Halves.reduce(form.columns, { range in
                        var reach = Reach()
                        for j in range {
                            reach.limit(kind[j], at: v, j, along: d.x[j], d.z[j], boxed ? d.s[j] : 0, boxed ? d.w[j] : 0)
                        }
                        return reach
                    }, Reach.min)
                }
            }
        }
        return columns.including(tau: v.tau, kappa: v.kappa, along: d)
    }

    /// `min(1, β α_max)`, the step actually taken, for the direction's `α_max`.
    static func damped(_ alphaMax: Double) -> Double {
        min(1, Tuning.stepFraction * alphaMax)
    }

    /// `μ` after a primal step `α_p` (`x, s, τ`) and a dual step `α_d`
    /// (`z, w, κ`): the complementarity Mehrotra's predictor reaches when
    /// each side goes as far as it can (Mehrotra 1992, §3; Wright 1997, ch. 10),
    /// entry by entry without forming the point, over ``Halves``.
    static func mu(primal ap: Double, dual ad: Double, from v: Iterate, along d: Iterate, form: StandardForm) -> Double {
        // A direction without s, w (no boxed column) adds the iterate's zero products: skipped.
        let boxed = form.hasBoxed
        let sum = v.withColumns { v in
            d.withColumns { d in
                Halves.reduce(v.x.count, { range in
                    var sum = 0.0
                    if boxed {
                        for j in range {
                            sum += (v.x[j] + ap * d.x[j]) * (v.z[j] + ad * d.z[j])
                                + (v.s[j] + ap * d.s[j]) * (v.w[j] + ad * d.w[j])
                        }
                    } else {
                        for j in range { sum += (v.x[j] + ap * d.x[j]) * (v.z[j] + ad * d.z[j]) }
                    }
                    return sum
                }, +)
            }
        } + (v.tau + ap * d.tau) * (v.kappa + ad * d.kappa)
        return sum / Double(form.pairCount)
    }
}
