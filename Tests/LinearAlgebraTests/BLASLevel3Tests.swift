import LinearAlgebra
import Testing

@Suite("BLAS level 3")
struct BLASLevel3Tests {
    static let transposes: [BLAS.Transpose] = [.none, .transposed]

    @Test("gemm matches the triple loop, with beta accumulation", arguments: transposes, transposes)
    func gemmMatchesTripleLoop(transposeA: BLAS.Transpose, transposeB: BLAS.Transpose) throws {
        let seed: UInt64 = 40
        var rng = SplitMix64(seed: seed)
        let (m, n, k) = (7, 5, 9)
        let a = Matrix.random(rows: transposeA == .none ? m : k, columns: transposeA == .none ? k : m, using: &rng)
        let b = Matrix.random(rows: transposeB == .none ? k : n, columns: transposeB == .none ? n : k, using: &rng)
        let c0 = Matrix.random(rows: m, columns: n, using: &rng)
        var c = c0
        try BLAS.gemm(a, b, into: &c, transposeA: transposeA, transposeB: transposeB, alpha: 0.75, beta: 2)
        let expected = naiveProduct(explicit(a, transposeA), explicit(b, transposeB), alpha: 0.75, plus: 2, c0)
        #expect(c.maxAbsDifference(expected) < 1e-13, "seed \(seed)")

        let product = try BLAS.gemm(a, b, transposeA: transposeA, transposeB: transposeB)
        #expect(product.maxAbsDifference(naiveProduct(explicit(a, transposeA), explicit(b, transposeB))) < 1e-13)
    }

    @Test("gemm on a known product")
    func gemmKnown() throws {
        let a = try Matrix([[1, 2], [3, 4]]), b = try Matrix([[5, 6], [7, 8]])
        #expect(try BLAS.gemm(a, b) == (try Matrix([[19, 22], [43, 50]])))
    }

    @Test("gemm rejects mismatched inner dimensions and a wrong C")
    func gemmMismatch() throws {
        let a = Matrix(rows: 2, columns: 3), b = Matrix(rows: 2, columns: 4)
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "gemm", detail: "op(A) is 2x3, op(B) is 2x4, C is 2x4")) {
            _ = try BLAS.gemm(a, b)
        }
        var wrong = Matrix(rows: 3, columns: 3)
        #expect(throws: LinearAlgebraError.self) {
            try BLAS.gemm(a, b, into: &wrong, transposeA: .transposed)
        }
    }

    @Test("gemm with an empty inner dimension gives beta C, and zeros for beta = 0")
    func gemmEmptyInner() throws {
        var c = try Matrix([[1, 2], [3, 4]])
        try BLAS.gemm(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 2), into: &c, beta: 2)
        #expect(c == (try Matrix([[2, 4], [6, 8]])))
        var d = Matrix(rows: 2, columns: 2, repeating: .nan)
        try BLAS.gemm(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 2), into: &d)
        #expect(d == Matrix(rows: 2, columns: 2))
    }

    @Test(
        "syrk updates only its triangle and matches the triple loop",
        arguments: [BLAS.Triangle.lower, .upper], transposes
    )
    func syrkMatchesTripleLoop(triangle: BLAS.Triangle, transpose: BLAS.Transpose) throws {
        let seed: UInt64 = 50
        var rng = SplitMix64(seed: seed)
        let (n, k) = (6, 4)
        let a = Matrix.random(rows: transpose == .none ? n : k, columns: transpose == .none ? k : n, using: &rng)
        let c0 = Matrix.random(rows: n, columns: n, using: &rng)
        var c = c0
        try BLAS.syrk(a, into: &c, triangle: triangle, transpose: transpose, alpha: -1.5, beta: 0.5)
        let op = explicit(a, transpose)
        let expected = naiveProduct(op, op.transposed(), alpha: -1.5, plus: 0.5, c0)
        for j in 0..<n {
            for i in 0..<n {
                let inTriangle = triangle == .lower ? i >= j : i <= j
                let want = inTriangle ? expected[i, j] : c0[i, j]
                #expect(abs(c[i, j] - want) < 1e-13, "(\(i), \(j)) seed \(seed)")
            }
        }
    }

    @Test("syrk convenience returns the full symmetric AᵀA")
    func syrkFull() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(BLAS.syrk(a, transpose: .transposed) == (try Matrix([[35, 44], [44, 56]])))
        #expect(BLAS.syrk(a) == (try Matrix([[5, 11, 17], [11, 25, 39], [17, 39, 61]])))
        var wrong = Matrix(rows: 2, columns: 2)
        #expect(throws: LinearAlgebraError.self) { try BLAS.syrk(a, into: &wrong) }
    }

    @Test("trsm matches substitution on both sides", arguments: [BLAS.Triangle.lower, .upper], transposes)
    func trsmMatchesSubstitution(triangle: BLAS.Triangle, transpose: BLAS.Transpose) throws {
        let seed: UInt64 = 60
        var rng = SplitMix64(seed: seed)
        let (m, n) = (8, 3)
        for (side, order) in [(BLAS.Side.left, m), (.right, n)] {
            let t = triangularFixture(order, triangle, using: &rng)
            let b = Matrix.random(rows: m, columns: n, using: &rng)
            var x = b
            try BLAS.trsm(t, &x, side: side, triangle: triangle, transpose: transpose, alpha: 2)
            let op = explicit(referencedTriangle(t, triangle, .nonUnit), transpose)
            let opIsLower = (triangle == .lower) == (transpose == .none)
            // Left: op(T) x_j = 2 b_j per column. Right: X op(T) = 2B ⇔ op(T)ᵀ x_iᵀ = 2 b_iᵀ per row.
            let expected: Matrix = side == .left
                ? try columnsSolved(b, rows: m) { substitute(op, $0.map { 2 * $0 }, isLower: opIsLower) }
                : try columnsSolved(b.transposed(), rows: n) {
                    substitute(op.transposed(), $0.map { 2 * $0 }, isLower: !opIsLower)
                }.transposed()
            #expect(x.maxAbsDifference(expected) < 1e-13, "\(side), seed \(seed)")
        }
    }

    @Test("trsm rejects a triangle of the wrong order")
    func trsmMismatch() {
        var b = Matrix(rows: 3, columns: 2)
        #expect(throws: LinearAlgebraError.self) { try BLAS.trsm(Matrix.identity(2), &b, triangle: .lower) }
        #expect(throws: Never.self) { try BLAS.trsm(Matrix.identity(2), &b, side: .right, triangle: .lower) }
    }

    /// Applies `solve` to each column of `b`.
    private func columnsSolved(_ b: Matrix, rows: Int, _ solve: ([Double]) -> [Double]) throws -> Matrix {
        var x = Matrix(rows: rows, columns: b.columns)
        for j in 0..<b.columns { try x.setColumn(j, to: solve(b.column(j))) }
        return x
    }
}
