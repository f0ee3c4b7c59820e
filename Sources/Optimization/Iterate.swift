/// A point of the homogeneous self-dual model (Xu, Hung and Ye, "A simplified
/// homogeneous and self-dual linear programming algorithm and its
/// implementation", Annals of OR 62, 1996; with upper bounds as in Andersen
/// and Andersen, "The MOSEK interior point optimizer for linear programming:
/// an implementation of the homogeneous algorithm", 2000):
///
/// ```
/// A x - b τ = 0                          x_L, x_B ≥ 0, x_F free
/// x_B + s_B - u_B τ = 0                  s_B ≥ 0
/// Aᵀy + z - w - c τ = 0                  z_L, z_B ≥ 0, z_F = 0, w_B ≥ 0
/// -cᵀx + bᵀy - u_Bᵀw - κ = 0             τ, κ ≥ 0
/// ```
///
/// (`L` lower-bounded, `B` boxed, `F` free columns of the ``StandardForm``).
/// A solution with `τ > 0` gives the optimum `x/τ, y/τ`; one with `κ > 0`
/// gives a ray: `bᵀy - uᵀw > 0` proves primal infeasibility, `cᵀx < 0`
/// dual infeasibility. Entries that do not apply (z of a free column, s and w
/// of an unboxed one) are kept at zero.
struct Iterate: Sendable, Equatable {
    var x: [Double]
    var y: [Double]
    var z: [Double]
    var s: [Double]
    var w: [Double]
    var tau: Double
    var kappa: Double

    /// The number of complementary pairs, `|L| + 2|B| + 1` (τκ included).
    static func pairCount(_ form: StandardForm) -> Int {
        form.kind.reduce(1) { $0 + ($1 == .free ? 0 : $1 == .boxed ? 2 : 1) }
    }

    /// `μ = (xᵀz + sᵀw + τκ) / (|L| + 2|B| + 1)`, summed over ``Halves``.
    func mu(_ form: StandardForm) -> Double {
        let sum = x.withUnsafeBufferPointer { x in
            z.withUnsafeBufferPointer { z in
                s.withUnsafeBufferPointer { s in
                    w.withUnsafeBufferPointer { w in
                        Halves.reduce(x.count, { range in
                            var sum = 0.0
                            for j in range { sum += x[j] * z[j] + s[j] * w[j] }
                            return sum
                        }, +)
                    }
                }
            }
        }
        return (sum + tau * kappa) / Double(Self.pairCount(form))
    }

    /// `v ← v + α Δv` for every part, over ``Halves``.
    mutating func step(_ d: Iterate, length alpha: Double) {
        let n = x.count
        x.withUnsafeMutableBufferPointer { x in
            z.withUnsafeMutableBufferPointer { z in
                s.withUnsafeMutableBufferPointer { s in
                    w.withUnsafeMutableBufferPointer { w in
                        d.x.withUnsafeBufferPointer { dx in
                            d.z.withUnsafeBufferPointer { dz in
                                d.s.withUnsafeBufferPointer { ds in
                                    d.w.withUnsafeBufferPointer { dw in
                                        Halves.run(n) { _, range in
                                            for j in range {
                                                x[j] += alpha * dx[j]
                                                z[j] += alpha * dz[j]
                                                s[j] += alpha * ds[j]
                                                w[j] += alpha * dw[j]
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for i in y.indices { y[i] += alpha * d.y[i] }
        tau += alpha * d.tau
        kappa += alpha * d.kappa
    }

    /// `v + α d`, a new point.
    func stepped(_ d: Iterate, length alpha: Double = 1) -> Iterate {
        var v = self
        v.step(d, length: alpha)
        return v
    }

    /// Whether every entry is finite.
    var isFinite: Bool {
        tau.isFinite && kappa.isFinite && [x, y, z, s, w].allSatisfy { $0.allSatisfy(\.isFinite) }
    }

    /// A hash of the bit patterns of all entries, for determinism checks:
    /// FNV-1a taken a 64-bit word at a time over four interleaved lanes (entry
    /// `i` of the concatenation goes to lane `i mod 4`), then the lanes, τ
    /// and κ mixed in order. Any change of any bit changes it with high
    /// probability; the lanes keep the multiply chains independent so that
    /// the hash costs a pass over memory, not a multiply latency per byte.
    var checksum: UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x84222325cbf29ce4, 0x9ce4_8422_2325_cbf2, 0x2325_cbf2_9ce4_8422)
        var offset = 0
        for part in [x, y, z, s, w] {
            part.withUnsafeBufferPointer { p in
                var i = 0
                // Align the part's start to the running lane position.
                while i < p.count && (offset + i) % 4 != 0 {
                    let bits = p[i].bitPattern
                    switch (offset + i) % 4 {
                    case 1: lanes.1 = (lanes.1 ^ bits) &* prime
                    case 2: lanes.2 = (lanes.2 ^ bits) &* prime
                    default: lanes.3 = (lanes.3 ^ bits) &* prime
                    }
                    i += 1
                }
                while i + 4 <= p.count {
                    lanes.0 = (lanes.0 ^ p[i].bitPattern) &* prime
                    lanes.1 = (lanes.1 ^ p[i + 1].bitPattern) &* prime
                    lanes.2 = (lanes.2 ^ p[i + 2].bitPattern) &* prime
                    lanes.3 = (lanes.3 ^ p[i + 3].bitPattern) &* prime
                    i += 4
                }
                while i < p.count {
                    let bits = p[i].bitPattern
                    switch (offset + i) % 4 {
                    case 0: lanes.0 = (lanes.0 ^ bits) &* prime
                    case 1: lanes.1 = (lanes.1 ^ bits) &* prime
                    case 2: lanes.2 = (lanes.2 ^ bits) &* prime
                    default: lanes.3 = (lanes.3 ^ bits) &* prime
                    }
                    i += 1
                }
            }
            offset += part.count
        }
        var hash = lanes.0
        for v in [lanes.1, lanes.2, lanes.3, tau.bitPattern, kappa.bitPattern] { hash = (hash ^ v) &* prime }
        return hash
    }
}
