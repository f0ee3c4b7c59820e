import LinearAlgebra
import Testing

@Suite("LU")
struct LUTests {
    /// det A = 2(-12 - 0) - 1(8 - 0) + 1(28 - 12) = -16; A (1, 2, 3)ᵀ = (7, -8, 18)ᵀ.
    static let a = try! Matrix([[2, 1, 1], [4, -6, 0], [-2, 7, 2]])

    @Test("solve recovers the known x and the determinant is -16")
    func knownSolve() throws {
        let lu = try LU(Self.a)
        #expect(maxAbsDifference(try lu.solve([7, -8, 18]), [1, 2, 3]) < 1e-14)
        #expect(abs(lu.determinant + 16) < 1e-12)
    }

    @Test("transposed solve uses the same factors: Aᵀ x = b")
    func transposedSolve() throws {
        // Aᵀ (1, 2, 3)ᵀ = (2 + 8 - 6, 1 - 12 + 21, 1 + 0 + 6) = (4, 10, 7)
        let x = try LU(Self.a).solve([4, 10, 7], transpose: .transposed)
        #expect(maxAbsDifference(x, [1, 2, 3]) < 1e-14)
    }

    @Test("one-shot dgesv and many right-hand sides")
    func oneShot() throws {
        let x = try Matrix([[1, -1], [2, 0], [3, 5]])
        let b = try BLAS.gemm(Self.a, x)
        #expect(try LU.solve(Self.a, b).maxAbsDifference(x) < 1e-13)
        #expect(try LU(Self.a).solve(b).maxAbsDifference(x) < 1e-13)
    }

    @Test(
        "an exactly zero pivot throws singular with its 1-based index",
        arguments: [
            (try! Matrix([[1, 2], [2, 4]]), 2),
            (try! Matrix([[1, 0, 2], [3, 0, 4], [5, 0, 6]]), 2),
            (Matrix(rows: 3, columns: 3), 1),
        ]
    )
    func singular(a: Matrix, pivot: Int) {
        #expect(throws: LinearAlgebraError.singular(pivot: pivot)) { try LU(a) }
        #expect(throws: LinearAlgebraError.singular(pivot: pivot)) {
            try LU.solve(a, Matrix(rows: a.rows, columns: 1, repeating: 1))
        }
    }

    @Test("shape errors are dimension mismatches")
    func shapes() throws {
        #expect(throws: LinearAlgebraError.self) { try LU(Matrix(rows: 3, columns: 2)) }
        #expect(throws: LinearAlgebraError.self) { try LU(Self.a).solve([1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try LU.solve(Self.a, Matrix(rows: 2, columns: 1)) }
    }

    @Test("random 50x50 solve has a small residual", arguments: [UInt64(7), 8])
    func randomSolve(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 50
        var a = Matrix.random(rows: n, columns: n, using: &rng)
        for i in 0..<n { a[i, i] += 4 }  // keep it comfortably nonsingular
        let b = randomVector(n, using: &rng)
        let x = try LU(a).solve(b)
        #expect(maxAbsDifference(naiveProduct(a, x), b) < 1e-12, "seed \(seed)")
    }
}
