/// Mehrotra's starting point (Mehrotra, "On the implementation of a
/// primal-dual interior point method", SIAM J. Optim. 2, 1992, §7), with
/// `τ = 1` for the homogeneous model and upper bounds handled pair by pair.
///
/// One factorization of `A Aᵀ` (the KKT matrix with `D = I`) gives the
/// least-norm primal point and the least-squares dual point,
///
/// ```
/// x̃ = Aᵀ(AAᵀ)⁻¹b,   ỹ = (AAᵀ)⁻¹A c,   z̃ = c - Aᵀỹ,   s̃ = u - x̃ (boxed),
/// ```
///
/// with `z̃` split into `z = z̃⁺, w = z̃⁻` for boxed columns. Over the
/// complementary pairs `(x, z)` and `(s, w)`:
///
/// ```
/// δx = max(-1.5 min x̃, 0),   δz = max(-1.5 min z̃, 0),   x̂ = x̃ + δx,  ẑ = z̃ + δz
/// x⁰ = x̂ + ½ x̂ᵀẑ / Σẑ,      z⁰ = ẑ + ½ x̂ᵀẑ / Σx̂
/// ```
///
/// `x + s = u` need not hold at the start: the homogeneous model takes
/// infeasible points. `κ⁰` is the mean complementarity, so that `τκ` starts
/// centred with the other pairs.
enum StartingPoint {
    static func mehrotra(_ form: StandardForm, kkt: inout KKTSystem) throws(KKTSolverError) -> Iterate {
        let (m, n) = (form.rows, form.columns)
        try kkt.factor(diagonal: Array(repeating: 1, count: n))
        let x = kkt.solve(Array(repeating: 0, count: n), form.b).dx
        let (negativeZ, y) = kkt.solve(form.c, Array(repeating: 0, count: m))
        var v = Iterate(
            x: x, y: y, z: negativeZ.map { -$0 }, s: Array(repeating: 0, count: form.hasBoxed ? n : 0),
            w: Array(repeating: 0, count: form.hasBoxed ? n : 0), tau: 1, kappa: 1)
        for j in 0..<n {
            switch form.kind[j] {
            case .free: v.z[j] = 0
            case .lower: break
            case .boxed:
                v.s[j] = form.upper[j] - x[j]
                (v.z[j], v.w[j]) = (max(v.z[j], 0), max(-v.z[j], 0))
            }
        }
        shiftIntoInterior(&v, form)
        return v
    }

    /// Mehrotra's two shifts over the pairs `(x, z)` of lower and boxed
    /// columns and `(s, w)` of boxed ones, in three passes over the columns
    /// (the minima, the sums after the first shift, the shifted point)
    /// instead of gathering the pairs into arrays.
    private static func shiftIntoInterior(_ v: inout Iterate, _ form: StandardForm) {
        let kind = form.kind
        var (minPrimal, minDual, count) = (Double.infinity, Double.infinity, 0)
        for j in kind.indices where kind[j] != .free {
            minPrimal = min(minPrimal, v.x[j])
            minDual = min(minDual, v.z[j])
            count += 1
            if kind[j] == .boxed {
                minPrimal = min(minPrimal, v.s[j])
                minDual = min(minDual, v.w[j])
                count += 1
            }
        }
        guard count > 0 else { return }
        let dx = max(-1.5 * minPrimal, 0), dz = max(-1.5 * minDual, 0)
        var (product, sumX, sumZ) = (0.0, 0.0, 0.0)
        for j in kind.indices where kind[j] != .free {
            let (x, z) = (v.x[j] + dx, v.z[j] + dz)
            product += x * z
            sumX += x
            sumZ += z
            if kind[j] == .boxed {
                let (s, w) = (v.s[j] + dx, v.w[j] + dz)
                product += s * w
                sumX += s
                sumZ += w
            }
        }
        var (dxHat, dzHat) = (1.0, 1.0)
        if product > 0 && product.isFinite {
            dxHat = 0.5 * product / sumZ
            dzHat = 0.5 * product / sumX
        }
        let (shiftX, shiftZ) = (dx + dxHat, dz + dzHat)
        var complementarity = 0.0
        for j in kind.indices where kind[j] != .free {
            v.x[j] += shiftX
            v.z[j] += shiftZ
            complementarity += v.x[j] * v.z[j]
            if kind[j] == .boxed {
                v.s[j] += shiftX
                v.w[j] += shiftZ
                complementarity += v.s[j] * v.w[j]
            }
        }
        v.kappa = complementarity / Double(count)
    }
}
