/// The Newton system of the homogeneous model and its reduction to two solves
/// with one KKT factorization (Andersen and Andersen 2000, §3; Wright 1997,
/// ch. 11).
///
/// For a step that cuts the residuals by `η` and aims the complementarity at
/// targets `r_xz, r_sw, r_τκ`:
///
/// ```
/// A Δx - b Δτ = η r_p                     Z Δx + X Δz = r_xz
/// Δx + Δs - u Δτ = η r_u                  W Δs + S Δw = r_sw
/// AᵀΔy + Δz - Δw - c Δτ = η r_d           κ Δτ + τ Δκ = r_τκ
/// -cᵀΔx + bᵀΔy - uᵀΔw - Δκ = η r_g
/// ```
///
/// Eliminating `Δz, Δs, Δw, Δκ` leaves, with `D = X⁻¹Z + S⁻¹W`, `v = S⁻¹W u`,
///
/// ```
/// [ -D  Aᵀ ] [Δx]   [f_d]        [c - v]
/// [  A   0 ] [Δy] = [f_p]  + Δτ  [  b  ]
///
/// f_d = η r_d - X⁻¹ r_xz + S⁻¹ (r_sw - W η r_u),   f_p = η r_p
/// ```
///
/// so `(Δx, Δy) = (p, q) + Δτ (p₂, q₂)`, where `(p₂, q₂)` solves for
/// `[c - v; b]` once per iteration, and the gap equation gives
///
/// ```
/// Δτ = (η r_g + r_τκ/τ + uᵀS⁻¹(r_sw - W η r_u) + (c + v)ᵀp - bᵀq)
///    / (uᵀv + κ/τ - (c + v)ᵀp₂ + bᵀq₂)
/// ```
///
/// whose denominator equals `p₂ᵀX⁻¹Z p₂ + (p₂ - u)ᵀS⁻¹W(p₂ - u) + κ/τ > 0`.
struct NewtonSystem {
    let form: StandardForm
    private(set) var kkt: KKTSystem
    private var point: Iterate
    private var residuals: Residuals
    private var v: [Double]
    private var homogeneous: (p: [Double], q: [Double]) = ([], [])

    /// The complementarity targets `r_xz, r_sw, r_τκ`.
    struct Target {
        var xz: [Double]
        var sw: [Double]
        var tk: Double

        /// `xz` and `sw` as raw buffers for loops over ``Halves``, whose threads write disjoint ranges.
        mutating func withBuffers(_ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
            xz.withUnsafeMutableBufferPointer { xz in sw.withUnsafeMutableBufferPointer { sw in body(xz, sw) } }
        }
    }

    init(form: StandardForm, kkt: KKTSystem, start: Iterate) {
        self.form = form
        self.kkt = kkt
        point = start
        residuals = Residuals(form, start)
        v = Array(repeating: 0, count: form.columns)
    }

    /// Factors the KKT matrix at `point` (`D = X⁻¹Z + S⁻¹W`).
    mutating func factor(at point: Iterate, residuals: Residuals) throws(KKTSolverError) {
        self.point = point
        self.residuals = residuals
        let (kind, upper, n, at, boxed) = (form.kind, form.upper, form.columns, point, form.hasBoxed)
        // Without a boxed column v = 0 and is left empty: the homogeneous
        // right-hand side is c itself and the gap equation's sums skip it.
        var (diagonal, v) = ([Double](unwritten: n), boxed ? [Double](unwritten: n) : [])
        diagonal.withUnsafeMutableBufferPointer { diagonal in
            v.withUnsafeMutableBufferPointer { v in
                at.withColumns { p in
                    Halves.run(n) { _, range in
                        for j in range {
                            diagonal[j] = kind[j] != .free ? p.z[j] / p.x[j] : 0
                            guard boxed else { continue }
                            v[j] = 0
                            if kind[j] == .boxed {
                                diagonal[j] += p.w[j] / p.s[j]
                                v[j] = p.w[j] * upper[j] / p.s[j]
                            }
                        }
                    }
                }
            }
        }
        self.v = v
        try kkt.factor(diagonal: diagonal)
    }

    /// Solves for the homogeneous direction `(p₂, q₂) = K⁻¹ [c - v; b]`,
    /// shared by every direction of this iteration.
    mutating func solveHomogeneous() {
        var rhs = form.c
        if form.hasBoxed {
            let (c, v, n) = (form.c, self.v, form.columns)
            rhs = [Double](unwritten: n)
            rhs.withUnsafeMutableBufferPointer { rhs in
                Halves.run(n) { _, range in for j in range { rhs[j] = c[j] - v[j] } }
            }
        }
        let (p2, q2) = kkt.solve(rhs, form.b)
        homogeneous = (p2, q2)
    }

    /// The predictor target: `r_xz = -XZe`, `r_sw = -SWe`, `r_τκ = -τκ`, over ``Halves``.
    func affineTarget() -> Target {
        let p = point, kind = form.kind, n = form.columns, boxed = form.hasBoxed
        var target = Target(xz: [Double](unwritten: n), sw: boxed ? [Double](unwritten: n) : [], tk: -p.tau * p.kappa)
        target.withBuffers { xz, sw in
            p.withColumns { v in
                Halves.run(n) { _, range in
                    for j in range {
                        xz[j] = kind[j] != .free ? -v.x[j] * v.z[j] : 0
                        if boxed { sw[j] = kind[j] == .boxed ? -v.s[j] * v.w[j] : 0 }
                    }
                }
            }
        }
        return target
    }

    /// Mehrotra's corrector target (Mehrotra 1992, §3): `σμ e - XZe - ΔX_a ΔZ_a e`, likewise for `s, w` and `τ, κ`.
    func correctorTarget(affine a: Iterate, sigmaMu: Double) -> Target {
        let p = point, kind = form.kind, n = form.columns, boxed = form.hasBoxed
        var target = Target(xz: [Double](unwritten: n), sw: boxed ? [Double](unwritten: n) : [],
                            tk: -p.tau * p.kappa + sigmaMu - a.tau * a.kappa)
        target.withBuffers { xz, sw in
            p.withColumns { v in
                a.withColumns { d in
                    Halves.run(n) { _, range in
                        for j in range {
                            xz[j] = kind[j] != .free ? -v.x[j] * v.z[j] + (sigmaMu - d.x[j] * d.z[j]) : 0
                            if boxed { sw[j] = kind[j] == .boxed ? -v.s[j] * v.w[j] + (sigmaMu - d.s[j] * d.w[j]) : 0 }
                        }
                    }
                }
            }
        }
        return target
    }

    /// Gondzio's centrality target at the trial point `p + α̃Δ` (`p` the
    /// point this system was factored at): each complementarity product `q`
    /// outside `[low, high]` is pulled back to the nearer end, `t = low - q`
    /// or `t = max(high - q, -high)`; the rest get 0. The trial point is not
    /// formed: each product is taken from its two entries as
    /// ``Iterate/step(_:length:)`` would form them.
    func centralityTarget(along d: Iterate, length alpha: Double, low: Double, high: Double) -> Target {
        func pull(_ q: Double) -> Double { q < low ? low - q : q > high ? max(high - q, -high) : 0 }
        let p = point, kind = form.kind, n = form.columns, boxed = form.hasBoxed
        var target = Target(xz: [Double](unwritten: n), sw: boxed ? [Double](unwritten: n) : [], tk: 0)
        target.withBuffers { xz, sw in
            p.withColumns { v in
                d.withColumns { d in
                    Halves.run(n) { _, range in
                        for j in range {
                            switch kind[j] {
                            case .free:
                                xz[j] = 0
                                if boxed { sw[j] = 0 }
                            case .lower:
                                xz[j] = pull((v.x[j] + alpha * d.x[j]) * (v.z[j] + alpha * d.z[j]))
                                if boxed { sw[j] = 0 }
                            case .boxed:
                                xz[j] = pull((v.x[j] + alpha * d.x[j]) * (v.z[j] + alpha * d.z[j]))
                                sw[j] = pull((v.s[j] + alpha * d.s[j]) * (v.w[j] + alpha * d.w[j]))
                            }
                        }
                    }
                }
            }
        }
        target.tk = pull((p.tau + alpha * d.tau) * (p.kappa + alpha * d.kappa))
        return target
    }

    /// Solves the Newton system for residual reduction `η` and `target`, and
    /// returns the direction plus `base` when one is given (Gondzio's
    /// corrector added to the direction it corrects), with the direction's
    /// ``StepLength/toBoundary(separately:along:form:)`` from the same pass.
    func direction(eta: Double, target t: Target, adding base: Iterate? = nil) -> (direction: Iterate, reach: StepLength.Reach) {
        let (p, r, kind, upper) = (point, residuals, form.kind, form.upper)
        let n = form.columns
        var fd = [Double](unwritten: n)
        let boundTerm = fd.withUnsafeMutableBufferPointer { fd in
            Halves.reduce(n, { range in
                var sum = 0.0
                for j in range {
                    var f = eta * r.rd[j]
                    if kind[j] != .free { f -= t.xz[j] / p.x[j] }
                    if kind[j] == .boxed {
                        let term = (t.sw[j] - p.w[j] * eta * r.ru[j]) / p.s[j]
                        f += term
                        sum += upper[j] * term
                    }
                    fd[j] = f
                }
                return sum
            }, +)
        }
        let (dx0, dy0) = kkt.solve(fd, r.rp.map { eta * $0 })
        let (p2, q2, c, v) = (homogeneous.p, homogeneous.q, form.c, self.v)
        let boxed = form.hasBoxed
        let columnSums = Halves.reduce(n, { range in
            var (numerator, denominator) = (0.0, 0.0)
            if boxed {
                for j in range {
                    let cv = c[j] + v[j]
                    numerator += cv * dx0[j]
                    denominator += upper[j].isFinite ? upper[j] * v[j] - cv * p2[j] : -cv * p2[j]
                }
            } else {
                // u = +∞ and v = 0 for every column.
                for j in range {
                    numerator += c[j] * dx0[j]
                    denominator += -c[j] * p2[j]
                }
            }
            return (numerator, denominator)
        }, { ($0.0 + $1.0, $0.1 + $1.1) })
        var numerator = eta * r.rg + t.tk / p.tau + boundTerm + columnSums.0
        var denominator = p.kappa / p.tau + columnSums.1
        for i in 0..<form.rows {
            numerator -= form.b[i] * dy0[i]
            denominator += form.b[i] * q2[i]
        }
        if !(denominator > 0) { denominator = stableDenominator(p2) }
        let dtau = numerator / denominator
        return recover(dx0: dx0, dy0: dy0, dtau: dtau, eta: eta, target: t, adding: base)
    }

    /// `p₂ᵀX⁻¹Z p₂ + (p₂ - u)ᵀS⁻¹W(p₂ - u) + κ/τ`, the denominator's
    /// nonnegative form, used when rounding made the direct one nonpositive.
    private func stableDenominator(_ p2: [Double]) -> Double {
        var sum = point.kappa / point.tau
        for j in 0..<form.columns {
            if form.kind[j] != .free { sum += p2[j] * p2[j] * point.z[j] / point.x[j] }
            if form.kind[j] == .boxed {
                let e = p2[j] - form.upper[j]
                sum += e * e * point.w[j] / point.s[j]
            }
        }
        return sum
    }

    /// `Δx = Δx₀ + Δτ p₂`, `Δy = Δy₀ + Δτ q₂`, then `Δz, Δs, Δw, Δκ` by the
    /// eliminated equations, plus `base` entry by entry when given, over
    /// ``Halves``; in the same pass, the step to the boundary along the result
    /// (as ``StepLength/toBoundary(separately:along:form:)`` would take it in
    /// a pass of its own: the same entries, the same bits).
    private func recover(dx0: [Double], dy0: [Double], dtau: Double, eta: Double, target t: Target,
                         adding base: Iterate?) -> (direction: Iterate, reach: StepLength.Reach) {
        let (p, r, kind, upper, p2) = (point, residuals, form.kind, form.upper, homogeneous.p)
        let n = form.columns, boxed = form.hasBoxed
        var d = Iterate(
            x: [Double](unwritten: n), y: zip(dy0, homogeneous.q).map { $0 + dtau * $1 },
            z: [Double](unwritten: n), s: boxed ? [Double](unwritten: n) : [],
            w: boxed ? [Double](unwritten: n) : [], tau: dtau, kappa: (t.tk - p.kappa * dtau) / p.tau)
        let zero = [Double](), empty = Iterate(x: zero, y: zero, z: zero, s: zero, w: zero, tau: 0, kappa: 0)
        let adding = base != nil
        let columnReach = d.withMutableColumns { d in
            p.withColumns { v in
                (base ?? empty).withColumns { b in
                    Halves.reduce(n, { range in
                        var reach = StepLength.Reach()
                        for j in range {
                            var x = dx0[j] + dtau * p2[j]
                            var z = kind[j] != .free ? (t.xz[j] - v.z[j] * x) / v.x[j] : 0
                            var (s, w) = (0.0, 0.0)
                            if kind[j] == .boxed {
                                s = eta * r.ru[j] - x + upper[j] * dtau
                                w = (t.sw[j] - v.w[j] * s) / v.s[j]
                            }
                            if adding {
                                x += b.x[j]
                                z += b.z[j]
                                if boxed {
                                    s += b.s[j]
                                    w += b.w[j]
                                }
                            }
                            (d.x[j], d.z[j]) = (x, z)
                            if boxed { (d.s[j], d.w[j]) = (s, w) }
                            reach.limit(kind[j], at: v, j, along: x, z, s, w)
                        }
                        return reach
                    }, StepLength.Reach.min)
                }
            }
        }
        if let base {
            for i in d.y.indices { d.y[i] += base.y[i] }
            d.tau += base.tau
            d.kappa += base.kappa
        }
        return (d, columnReach.including(tau: p.tau, kappa: p.kappa, along: d))
    }
}
