import LinearAlgebra
import Testing

@Suite("BLAS level 2")
struct BLASLevel2Tests {
    @Test("gemv on a known 2x3 matrix, plain and transposed")
    func gemvKnown() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(try BLAS.gemv(a, [1, 0, -1]) == [-2, -2])
        #expect(try BLAS.gemv(a, [1, 1], transpose: .transposed) == [5, 7, 9])
    }

    @Test("gemv accumulates alpha op(A) x + beta y", arguments: [BLAS.Transpose.none, .transposed])
    func gemvAccumulates(transpose: BLAS.Transpose) throws {
        let seed: UInt64 = 20
        var rng = SplitMix64(seed: seed)
        let a = Matrix.random(rows: 6, columns: 4, using: &rng)
        let op = explicit(a, transpose)
        let x = randomVector(op.columns, using: &rng), y0 = randomVector(op.rows, using: &rng)
        var y = y0
        try BLAS.gemv(a, x, into: &y, transpose: transpose, alpha: 1.5, beta: -0.5)
        let expected = zip(naiveProduct(op, x), y0).map { 1.5 * $0 - 0.5 * $1 }
        #expect(maxAbsDifference(y, expected) < 1e-14, "seed \(seed)")
    }

    @Test("gemv rejects a vector of the wrong length")
    func gemvMismatch() throws {
        let a = Matrix(rows: 2, columns: 3)
        var y: [Double] = [0, 0]
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "gemv", detail: "op(A) is 2x3, x has 2 entries, y has 2")) {
            try BLAS.gemv(a, [1, 1], into: &y)
        }
        #expect(throws: LinearAlgebraError.self) { try BLAS.gemv(a, [1, 1, 1], transpose: .transposed) }
    }

    @Test("gemv with an empty inner dimension gives beta y")
    func gemvEmptyInner() throws {
        var y: [Double] = [1, 2]
        try BLAS.gemv(Matrix(rows: 2, columns: 0), [], into: &y, beta: 3)
        #expect(y == [3, 6])
    }

    @Test(
        "trsv matches substitution for every triangle, transpose and diagonal",
        arguments: [BLAS.Triangle.lower, .upper], [BLAS.Transpose.none, .transposed]
    )
    func trsvMatchesSubstitution(triangle: BLAS.Triangle, transpose: BLAS.Transpose) throws {
        for diagonal in [BLAS.Diagonal.nonUnit, .unit] {
            let seed: UInt64 = 30
            var rng = SplitMix64(seed: seed)
            let n = 9
            let t = triangularFixture(n, triangle, using: &rng)
            let b = randomVector(n, using: &rng)
            var x = b
            try BLAS.trsv(t, &x, triangle: triangle, transpose: transpose, diagonal: diagonal)
            let op = explicit(referencedTriangle(t, triangle, diagonal), transpose)
            let expected = substitute(op, b, isLower: (triangle == .lower) == (transpose == .none))
            #expect(maxAbsDifference(x, expected) < 1e-13, "seed \(seed), \(diagonal)")
            #expect(maxAbsDifference(naiveProduct(op, x), b) < 1e-13, "residual, seed \(seed)")
        }
    }

    @Test("trsv on a known lower system")
    func trsvKnown() throws {
        let l = try Matrix([[2, 0], [1, 4]])
        var x: [Double] = [4, 10]
        try BLAS.trsv(l, &x, triangle: .lower)
        #expect(x == [2, 2])
        var short: [Double] = [1]
        #expect(throws: LinearAlgebraError.self) { try BLAS.trsv(l, &short, triangle: .lower) }
    }
}
