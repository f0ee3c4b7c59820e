import LinearAlgebra
import Testing

@Suite("LDLT (symmetric indefinite)")
struct LDLTTests {
    @Test("swap matrix: solve and inertia (1, 1, 0)")
    func swapMatrix() throws {
        let ldlt = try LDLT(try Matrix([[0, 1], [1, 0]]))
        #expect(try ldlt.solve([3, 5]) == [5, 3])
        #expect(ldlt.inertia == LDLT.Inertia(positive: 1, negative: 1, zero: 0))
    }

    @Test("quasi-definite KKT matrix [2I aᵀ; a 0] with known x")
    func kktSystem() throws {
        // K (1, -1, 2)ᵀ = (2 + 2, -2 + 2, 1 - 1) = (4, 0, 0)
        let k = try Matrix([[2, 0, 1], [0, 2, 1], [1, 1, 0]])
        let ldlt = try LDLT(k)
        #expect(maxAbsDifference(try ldlt.solve([4, 0, 0]), [1, -1, 2]) < 1e-14)
        #expect(ldlt.inertia == LDLT.Inertia(positive: 2, negative: 1, zero: 0))
    }

    @Test("an exactly zero D pivot throws singular")
    func singular() {
        #expect(throws: LinearAlgebraError.singular(pivot: 2)) { try LDLT(try Matrix([[1, 1], [1, 1]])) }
        #expect(throws: LinearAlgebraError.self) { try LDLT(Matrix(rows: 2, columns: 3)) }
    }

    @Test("inertia of L D Lᵀ equals the signs of D (Sylvester)", arguments: [UInt64(11), 12, 13])
    func inertiaFollowsSylvester(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 40
        var l = Matrix.identity(n)
        for j in 0..<n {
            for i in (j + 1)..<n { l[i, j] = Double.random(in: -0.5...0.5, using: &rng) }
        }
        let signs = (0..<n).map { _ in Bool.random(using: &rng) }
        var ld = l
        for j in 0..<n {
            let d = (signs[j] ? 1.0 : -1.0) * Double.random(in: 1...2, using: &rng)
            for i in 0..<n { ld[i, j] *= d }
        }
        let a = try BLAS.gemm(ld, l, transposeB: .transposed)
        let ldlt = try LDLT(a)
        let positive = signs.filter { $0 }.count
        #expect(ldlt.inertia == LDLT.Inertia(positive: positive, negative: n - positive, zero: 0), "seed \(seed)")
        let b = randomVector(n, using: &rng)
        let x = try ldlt.solve(b)
        #expect(maxAbsDifference(naiveProduct(a, x), b) < 1e-9, "seed \(seed)")
    }
}
