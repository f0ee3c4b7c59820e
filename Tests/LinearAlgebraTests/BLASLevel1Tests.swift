import LinearAlgebra
import Testing

@Suite("BLAS level 1")
struct BLASLevel1Tests {
    @Test("dot, nrm2, asum, iamax on known vectors")
    func knownValues() throws {
        let x: [Double] = [3, -4, 0]
        let y: [Double] = [1, 2, 5]
        #expect(try BLAS.dot(x, y) == -5)
        #expect(BLAS.nrm2(x) == 5)
        #expect(BLAS.asum(x) == 7)
        #expect(BLAS.iamax(x) == 1)
        #expect(BLAS.iamax([]) == nil)
        #expect(try BLAS.dot([], []) == 0)
        #expect(BLAS.nrm2([]) == 0)
    }

    @Test("nrm2 does not overflow where the naive sum of squares would")
    func nrm2Scaling() {
        let big = 1e200
        #expect(abs(BLAS.nrm2([3 * big, 4 * big]) / (5 * big) - 1) < 1e-15)
    }

    @Test("axpy adds alpha x to y; scal scales in place")
    func axpyAndScal() throws {
        var y: [Double] = [1, 1, 1]
        try BLAS.axpy(2, [1, 2, 3], &y)
        #expect(y == [3, 5, 7])
        BLAS.scal(-0.5, &y)
        #expect(y == [-1.5, -2.5, -3.5])
    }

    @Test("length mismatches throw and leave y unchanged")
    func mismatches() {
        var y: [Double] = [1, 2]
        #expect(throws: LinearAlgebraError.dimensionMismatch(operation: "axpy", detail: "x has 3 entries, y has 2")) {
            try BLAS.axpy(1, [1, 2, 3], &y)
        }
        #expect(y == [1, 2])
        #expect(throws: LinearAlgebraError.self) { try BLAS.dot([1], [1, 2]) }
    }

    @Test("dot and axpy agree with loops on seeded random vectors", arguments: [UInt64(1), 2, 3])
    func randomVectors(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 257
        let x = randomVector(n, using: &rng), y0 = randomVector(n, using: &rng)
        let naiveDot = zip(x, y0).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(try BLAS.dot(x, y0) - naiveDot) < 1e-12, "seed \(seed)")
        var y = y0
        try BLAS.axpy(-1.25, x, &y)
        #expect(maxAbsDifference(y, zip(x, y0).map { -1.25 * $0 + $1 }) < 1e-15, "seed \(seed)")
    }
}
