@testable import LinearAlgebra
import Testing

/// The tiled factorization that ``Cholesky`` uses from order
/// ``TiledCholesky/threshold`` on, held to a known factor.
@Suite("Tiled Cholesky")
struct TiledCholeskyTests {
    /// A known lower-triangular `L` of order `n`: diagonal 1 + i/n, entries
    /// below it in [-0.5, 0.5) from a fixed linear congruential sequence,
    /// scaled by 1/√n so that `L` stays well conditioned.
    static func knownFactor(_ n: Int) -> Matrix {
        var l = Matrix(rows: n, columns: n)
        var state: UInt64 = 12345
        let scale = 1 / Double(n).squareRoot()
        for j in 0..<n {
            l[j, j] = 1 + Double(j) / Double(n)
            for i in (j + 1)..<n {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                l[i, j] = (Double(state >> 11) / Double(1 << 53) - 0.5) * scale
            }
        }
        return l
    }

    /// `A = L Lᵀ`, both triangles.
    static func product(_ l: Matrix) throws -> Matrix {
        try BLAS.gemm(l, l, transposeB: .transposed)
    }

    @Test("three full tiles, and four with a short last one: the factor is the L that A was built from", arguments: [700, 3 * TiledCholesky.tile])
    func recoversKnownFactor(n: Int) throws {
        #expect(n >= TiledCholesky.threshold)
        let l = Self.knownFactor(n)
        let chol = try Cholesky(try Self.product(l))
        #expect(chol.factor.maxAbsDifference(l) < 1e-12)
        // The strict upper triangle is zero, as for dpotrf.
        #expect(chol.factor[0, n - 1] == 0 && chol.factor[n / 2, n / 2 + 1] == 0)
    }

    @Test("tiles on one thread and on many give the same bits")
    func scheduleDoesNotChangeBits() throws {
        let n = 1000
        let a = try Self.product(Self.knownFactor(n))
        var serial = a, concurrent = a
        try serial.withUnsafeMutableBufferPointer { p in
            try TiledCholesky.factor(p.baseAddress!, n: n, lda: n, concurrent: false)
        }
        try concurrent.withUnsafeMutableBufferPointer { p in
            try TiledCholesky.factor(p.baseAddress!, n: n, lda: n, concurrent: true)
        }
        #expect(serial.storage == concurrent.storage)
    }

    @Test("a negative pivot in the third tile is reported with its leading minor")
    func notPositiveDefinite() {
        var a = Matrix.identity(700)
        a[400, 400] = -1
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 401)) { _ = try Cholesky(a) }
    }

    @Test("a NaN below the diagonal, outside any diagonal tile, is reported as dpotrf reports it")
    func nanBelowDiagonal() {
        var a = Matrix.identity(700)
        a[650, 3] = .nan
        #expect(throws: LinearAlgebraError.illegalArgument(routine: "dpotrf", position: 4)) { _ = try Cholesky(a) }
    }
}
