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
            x: x, y: y, z: negativeZ.map { -$0 }, s: Array(repeating: 0, count: n),
            w: Array(repeating: 0, count: n), tau: 1, kappa: 1)
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
    /// columns and `(s, w)` of boxed ones.
    private static func shiftIntoInterior(_ v: inout Iterate, _ form: StandardForm) {
        let lower = form.kind.indices.filter { form.kind[$0] != .free }
        let boxed = form.kind.indices.filter { form.kind[$0] == .boxed }
        guard !lower.isEmpty else { return }
        let primal = lower.map { v.x[$0] } + boxed.map { v.s[$0] }
        let dual = lower.map { v.z[$0] } + boxed.map { v.w[$0] }
        let dx = max(-1.5 * primal.min()!, 0), dz = max(-1.5 * dual.min()!, 0)
        let xHat = primal.map { $0 + dx }, zHat = dual.map { $0 + dz }
        let product = zip(xHat, zHat).reduce(0) { $0 + $1.0 * $1.1 }
        var (dxHat, dzHat) = (1.0, 1.0)
        if product > 0 && product.isFinite {
            dxHat = 0.5 * product / zHat.reduce(0, +)
            dzHat = 0.5 * product / xHat.reduce(0, +)
        }
        let x0 = xHat.map { $0 + dxHat }, z0 = zHat.map { $0 + dzHat }
        for (k, j) in lower.enumerated() { (v.x[j], v.z[j]) = (x0[k], z0[k]) }
        for (k, j) in boxed.enumerated() { (v.s[j], v.w[j]) = (x0[lower.count + k], z0[lower.count + k]) }
        v.kappa = zip(x0, z0).reduce(0) { $0 + $1.0 * $1.1 } / Double(x0.count)
    }
}
