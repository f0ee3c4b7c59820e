import LinearAlgebra

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator so that the
/// random operands of property tests are reproducible from the printed seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Matrix {
    /// A matrix with entries uniform in `-1...1`.
    static func random(rows: Int, columns: Int, using rng: inout SplitMix64) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for j in 0..<columns {
            for i in 0..<rows { m[i, j] = Double.random(in: -1...1, using: &rng) }
        }
        return m
    }

    /// The largest `|A(i, j) - B(i, j)|`; infinity when the shapes differ.
    func maxAbsDifference(_ other: Matrix) -> Double {
        guard rows == other.rows && columns == other.columns else { return .infinity }
        return zip(elements, other.elements).map { abs($0 - $1) }.max() ?? 0
    }
}

/// A vector with entries uniform in `-1...1`.
func randomVector(_ n: Int, using rng: inout SplitMix64) -> [Double] {
    (0..<n).map { _ in Double.random(in: -1...1, using: &rng) }
}

/// The largest `|x_i - y_i|`; infinity when the lengths differ.
func maxAbsDifference(_ x: [Double], _ y: [Double]) -> Double {
    guard x.count == y.count else { return .infinity }
    return zip(x, y).map { abs($0 - $1) }.max() ?? 0
}

/// `op(A)` as an explicit matrix, for the naive references.
func explicit(_ a: Matrix, _ transpose: BLAS.Transpose) -> Matrix {
    transpose == .none ? a : a.transposed()
}

/// The textbook triple loop `alpha A B + beta C`, the reference for gemm.
func naiveProduct(_ a: Matrix, _ b: Matrix, alpha: Double = 1, plus beta: Double = 0, _ c: Matrix? = nil) -> Matrix {
    var result = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
        for j in 0..<b.columns {
            var sum = 0.0
            for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
            result[i, j] = alpha * sum + (c.map { beta * $0[i, j] } ?? 0)
        }
    }
    return result
}

/// `A x` by a double loop.
func naiveProduct(_ a: Matrix, _ x: [Double]) -> [Double] {
    (0..<a.rows).map { i in (0..<a.columns).reduce(0) { $0 + a[i, $1] * x[$1] } }
}

/// Solves `T x = b` for an explicit triangular `T` by forward substitution
/// (`isLower`) or back substitution, the reference for trsv and trsm.
func substitute(_ t: Matrix, _ b: [Double], isLower: Bool) -> [Double] {
    let n = t.rows
    var x = b
    let order = isLower ? Array(0..<n) : Array((0..<n).reversed())
    for i in order {
        var sum = x[i]
        for k in 0..<n where (isLower ? k < i : k > i) { sum -= t[i, k] * x[k] }
        x[i] = sum / t[i, i]
    }
    return x
}

/// A well-conditioned triangular test matrix: diagonal in `2...3`, the
/// chosen strict triangle in `-0.5...0.5`, and the other strict triangle
/// filled with 99 so that reading it by mistake shows.
func triangularFixture(_ n: Int, _ triangle: BLAS.Triangle, using rng: inout SplitMix64) -> Matrix {
    var t = Matrix(rows: n, columns: n, repeating: 99)
    for j in 0..<n {
        for i in 0..<n where (triangle == .lower ? i >= j : i <= j) {
            t[i, j] = i == j ? Double.random(in: 2...3, using: &rng) : Double.random(in: -0.5...0.5, using: &rng)
        }
    }
    return t
}

/// The triangle of `t` that BLAS reads, as an explicit matrix: the other
/// strict triangle zeroed and, for `.unit`, ones on the diagonal.
func referencedTriangle(_ t: Matrix, _ triangle: BLAS.Triangle, _ diagonal: BLAS.Diagonal) -> Matrix {
    var r = Matrix(rows: t.rows, columns: t.columns)
    for j in 0..<t.columns {
        for i in 0..<t.rows where (triangle == .lower ? i >= j : i <= j) {
            r[i, j] = (i == j && diagonal == .unit) ? 1 : t[i, j]
        }
    }
    return r
}

/// A symmetric positive definite `n x n` matrix `MᵀM + n I` with random `M`.
func spdFixture(_ n: Int, using rng: inout SplitMix64) -> Matrix {
    let m = Matrix.random(rows: n, columns: n, using: &rng)
    var a = BLAS.syrk(m, transpose: .transposed)
    for i in 0..<n { a[i, i] += Double(n) }
    return a
}
