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
/// of an unboxed one) are kept at zero. A direction of a form with no boxed
/// column carries no `s, w` at all (empty arrays; ``StandardForm/hasBoxed``):
/// at national scale they would be two untouched 27 MB vectors per direction.
/// Nor does an iterate of such a form (``StartingPoint`` makes it so).
struct Iterate: Sendable, Equatable {
    var x: [Double]
    var y: [Double]
    var z: [Double]
    var s: [Double]
    var w: [Double]
    var tau: Double
    var kappa: Double

    /// The column parts `(x, z, s, w)` as raw buffers, for loops over
    /// ``Halves`` (no bounds checks, one nesting level for all four).
    typealias Columns = (x: UnsafeBufferPointer<Double>, z: UnsafeBufferPointer<Double>,
                         s: UnsafeBufferPointer<Double>, w: UnsafeBufferPointer<Double>)
    typealias MutableColumns = (x: UnsafeMutableBufferPointer<Double>, z: UnsafeMutableBufferPointer<Double>,
                                s: UnsafeMutableBufferPointer<Double>, w: UnsafeMutableBufferPointer<Double>)

    func withColumns<R>(_ body: (Columns) -> R) -> R {
        x.withUnsafeBufferPointer { x in
            z.withUnsafeBufferPointer { z in
                s.withUnsafeBufferPointer { s in w.withUnsafeBufferPointer { w in body((x, z, s, w)) } }
            }
        }
    }

    /// As ``withColumns(_:)``, writable; ``Halves``' threads write disjoint ranges.
    mutating func withMutableColumns<R>(_ body: (MutableColumns) -> R) -> R {
        x.withUnsafeMutableBufferPointer { x in
            z.withUnsafeMutableBufferPointer { z in
                s.withUnsafeMutableBufferPointer { s in w.withUnsafeMutableBufferPointer { w in body((x, z, s, w)) } }
            }
        }
    }

    /// `μ = (xᵀz + sᵀw + τκ) / (|L| + 2|B| + 1)`, summed over ``Halves``.
    func mu(_ form: StandardForm) -> Double {
        let boxed = form.hasBoxed
        let sum = withColumns { v in
            Halves.reduce(v.x.count, { range in
                var sum = 0.0
                if boxed {
                    for j in range { sum += v.x[j] * v.z[j] + v.s[j] * v.w[j] }
                } else {
                    for j in range { sum += v.x[j] * v.z[j] }
                }
                return sum
            }, +)
        }
        return (sum + tau * kappa) / Double(form.pairCount)
    }

    /// `v ← v + α Δv` for every part, over ``Halves``. A direction without
    /// `s, w` (a form with no boxed column) leaves the iterate's zeros alone.
    mutating func step(_ d: Iterate, length alpha: Double) {
        let boxed = !d.s.isEmpty
        withMutableColumns { v in
            d.withColumns { d in
                Halves.run(v.x.count) { _, range in
                    if boxed {
                        for j in range {
                            v.x[j] += alpha * d.x[j]
                            v.z[j] += alpha * d.z[j]
                            v.s[j] += alpha * d.s[j]
                            v.w[j] += alpha * d.w[j]
                        }
                    } else {
                        for j in range {
                            v.x[j] += alpha * d.x[j]
                            v.z[j] += alpha * d.z[j]
                        }
                    }
                }
            }
        }
        for i in y.indices { y[i] += alpha * d.y[i] }
        tau += alpha * d.tau
        kappa += alpha * d.kappa
    }

    /// Whether every entry is finite (the columns over ``Halves``).
    var isFinite: Bool {
        guard tau.isFinite, kappa.isFinite, y.allSatisfy(\.isFinite) else { return false }
        let boxed = !s.isEmpty
        return withColumns { v in
            Halves.reduce(v.x.count, { range in
                for j in range where !(v.x[j].isFinite && v.z[j].isFinite) { return false }
                if boxed { for j in range where !(v.s[j].isFinite && v.w[j].isFinite) { return false } }
                return true
            }, { $0 && $1 })
        }
    }

    /// A hash of the bit patterns of all entries, for determinism checks:
    /// FNV-1a taken a 64-bit word at a time over four interleaved lanes, one
    /// set of lanes per half of the columns (``Halves``: entries `x_j, z_j,
    /// s_j, w_j` in turn, `s, w` only where the iterate has them, entry `i`
    /// of that sequence to lane `i mod 4`) and one for `y`; then the three
    /// sets of lanes, τ and κ mixed in order. Any change of any bit changes
    /// it; the lanes keep the multiply chains independent so that the hash
    /// costs a pass over memory, not a multiply latency per byte.
    var checksum: UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        let seed: [UInt64] = [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4, 0x9ce4_8422_2325_cbf2, 0x2325_cbf2_9ce4_8422]
        let columns = withColumns { v in
            Halves.reduce(v.x.count, { range -> [UInt64] in
                var (l0, l1, l2, l3) = (seed[0], seed[1], seed[2], seed[3])
                if v.s.isEmpty {
                    for j in range {
                        l0 = (l0 ^ v.x[j].bitPattern) &* prime
                        l1 = (l1 ^ v.z[j].bitPattern) &* prime
                    }
                } else {
                    for j in range {
                        l0 = (l0 ^ v.x[j].bitPattern) &* prime
                        l1 = (l1 ^ v.z[j].bitPattern) &* prime
                        l2 = (l2 ^ v.s[j].bitPattern) &* prime
                        l3 = (l3 ^ v.w[j].bitPattern) &* prime
                    }
                }
                return [l0, l1, l2, l3]
            }, +)
        }
        var rows = seed
        for (i, value) in y.enumerated() { rows[i & 3] = (rows[i & 3] ^ value.bitPattern) &* prime }
        var hash = seed[0]
        for v in columns + rows + [tau.bitPattern, kappa.bitPattern] { hash = (hash ^ v) &* prime }
        return hash
    }
}
