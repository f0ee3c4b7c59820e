import LinearAlgebra
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Cholesky")
struct CholeskyTests {
    /// A = L Lᵀ with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]] (worked by hand:
    /// l11 = √4, l21 = 12/2, l31 = -16/2, l22 = √(37 - 36), l32 = (-43 + 48)/1,
    /// l33 = √(98 - 64 - 25)).
    static let a = try! Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
    static let l = try! Matrix([[2, 0, 0], [6, 1, 0], [-8, 5, 3]])

    @Test("3x3 factor equals the hand-computed L; solve recovers x = (1, 2, 3)")
    func knownFactorAndSolve() throws {
        let chol = try Cholesky(Self.a)
        #expect(chol.factor.maxAbsDifference(Self.l) < 1e-14)
        #expect(chol.delta == 0)
        // b = A (1, 2, 3)ᵀ
        let x = try chol.solve([-20, -43, 192])
        #expect(maxAbsDifference(x, [1, 2, 3]) < 1e-12)
        // det A = (2 · 1 · 3)² = 36
        #expect(abs(chol.logDeterminant - log(36)) < 1e-13)
    }

    @Test("solveInPlace on a raw buffer (two dtrsv) recovers x = (1, 2, 3)")
    func bufferSolve() throws {
        let chol = try Cholesky(Self.a)
        var b: [Double] = [-20, -43, 192]
        b.withUnsafeMutableBufferPointer { chol.solveInPlace($0) }
        #expect(maxAbsDifference(b, [1, 2, 3]) < 1e-12)
    }

    @Test("the upper triangle of A is not read")
    func upperTriangleIgnored() throws {
        var garbage = Self.a
        garbage[0, 1] = 1e6
        garbage[0, 2] = .nan
        #expect(try Cholesky(garbage).factor.maxAbsDifference(Self.l) < 1e-14)
    }

    @Test("many right-hand sides at once")
    func matrixRightHandSide() throws {
        let x = try Matrix([[1, 0], [2, 1], [3, -1]])
        let b = try BLAS.gemm(Self.a, x)
        #expect(try Cholesky(Self.a).solve(b).maxAbsDifference(x) < 1e-12)
    }

    @Test(
        "a matrix that is not positive definite reports the failing leading minor",
        arguments: [
            (try! Matrix([[1, 2, 0], [2, 1, 0], [0, 0, 1]]), 2),  // minor 2: 1 - 4 < 0
            (try! Matrix([[2, 0, 0], [0, 3, 0], [0, 0, -1]]), 3),
            (try! Matrix([[-1, 0], [0, 1]]), 1),
            (try! Matrix([[1, 1], [1, 1]]), 2),  // semidefinite: pivot exactly 0
        ]
    )
    func notPositiveDefinite(a: Matrix, minor: Int) {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: minor)) { try Cholesky(a) }
    }

    @Test("shape errors and NaN are typed errors")
    func badInput() throws {
        #expect(throws: LinearAlgebraError.dimensionMismatch(operation: "Cholesky", detail: "A is 2x3, not square")) {
            try Cholesky(Matrix(rows: 2, columns: 3))
        }
        let chol = try Cholesky(Self.a)
        #expect(throws: LinearAlgebraError.self) { try chol.solve([1, 2]) }
        var nan = Self.a
        nan[1, 0] = .nan
        #expect(throws: LinearAlgebraError.illegalArgument(routine: "dpotrf", position: 4)) { try Cholesky(nan) }
    }

    @Test("regularization retries with a growing shift until dpotrf succeeds")
    func regularizationRetries() throws {
        let semidefinite = try Matrix([[1, 1], [1, 1]])
        let chol = try Cholesky(semidefinite, regularization: .init())
        #expect(chol.delta == 1e-10)
        let llt = try BLAS.gemm(chol.factor, chol.factor, transposeB: .transposed)
        #expect(llt.maxAbsDifference(try Matrix([[1 + 1e-10, 1], [1, 1 + 1e-10]])) < 1e-15)

        // Indefinite, eigenvalues 4 and -2: δ runs 0, 1e-3, 1e-2, 0.1, 1 (all fail, δ ≤ 2) and 10.
        let indefinite = try Matrix([[1, 3], [3, 1]])
        let policy = Cholesky.Regularization(retryDelta: 1e-3, growthFactor: 10, maximumAttempts: 8)
        #expect(abs(try Cholesky(indefinite, regularization: policy).delta - 10) < 1e-12)
        var tooFew = policy
        tooFew.maximumAttempts = 3
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try Cholesky(indefinite, regularization: tooFew)
        }
    }

    @Test("static regularization factors A + δI on the first attempt")
    func staticRegularization() throws {
        let chol = try Cholesky(Self.a, regularization: .init(staticDelta: 0.5))
        #expect(chol.delta == 0.5)
        var shifted = Self.a
        for i in 0..<3 { shifted[i, i] += 0.5 }
        #expect(abs(chol.logDeterminant - (try Cholesky(shifted)).logDeterminant) < 1e-13)
    }

    @Test("200x200 SPD solve has relative residual below 1e-10")
    func largeSolve() throws {
        let seed: UInt64 = 200
        var rng = SplitMix64(seed: seed)
        let n = 200
        let a = spdFixture(n, using: &rng)
        let xTrue = randomVector(n, using: &rng)
        let b = try BLAS.gemv(a, xTrue)
        let x = try Cholesky(a).solve(b)
        var residual = b
        try BLAS.gemv(a, x, into: &residual, alpha: -1, beta: 1)
        #expect(BLAS.nrm2(residual) / BLAS.nrm2(b) < 1e-10, "seed \(seed)")
        #expect(maxAbsDifference(x, xTrue) < 1e-10, "seed \(seed)")
    }
}
