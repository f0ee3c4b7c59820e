import CLinearAlgebra
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Cholesky factorization `A = L Lᵀ` of a symmetric positive definite
/// matrix (LAPACK `dpotrf` with `uplo = 'L'`), and solves with it (`dpotrs`).
///
/// From order ``TiledCholesky/threshold`` on the factorization runs by tiles
/// on Siaga's own threads (``TiledCholesky``), so that the factor does not
/// depend on the number of cores.
///
/// Only the lower triangle of `A` is read; the upper triangle may hold
/// anything. The stored ``factor`` is `L` with its strict upper triangle set
/// to zero.
///
/// For an interior-point method the normal-equations matrix `A D Aᵀ` loses
/// definiteness near the optimum; ``init(_:regularization:)`` factors
/// `A + δI` instead, raising `δ` until `dpotrf` succeeds.
public struct Cholesky: Sendable {
    /// The lower-triangular factor `L`, strict upper triangle zero.
    public let factor: Matrix
    /// The shift `δ` that was added to the diagonal: `L Lᵀ = A + δI`.
    /// Zero for ``init(_:)``.
    public let delta: Double

    /// The order `n` of the factored matrix.
    public var dimension: Int { factor.rows }

    /// Factors `A = L Lᵀ` (`LAPACKE_dpotrf`, lower).
    ///
    /// - Complexity: `n³/3` flops.
    /// - Throws: ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)`` with
    ///   the order of the first leading minor that is not positive;
    ///   ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when `A`
    ///   is not square; ``LinearAlgebraError/illegalArgument(routine:position:)``
    ///   when `A` holds NaN.
    ///
    /// `a` is consumed: a caller that does not use it afterwards hands its
    /// storage over, and the factor is computed in place without a copy.
    public init(_ a: consuming Matrix) throws(LinearAlgebraError) {
        try self.init(a, shiftedBy: 0)
    }

    /// Factors `A + δI = L Lᵀ`, choosing `δ` by static regularization and
    /// retry (`LAPACKE_dpotrf`, lower, at most `maximumAttempts` times).
    ///
    /// ```
    /// δ₀ = staticDelta
    /// δₖ₊₁ = max(growthFactor · δₖ, retryDelta · max(1, maxᵢ |A_ii|))
    /// ```
    ///
    /// The first `δₖ` for which `dpotrf` succeeds is kept in ``delta``.
    ///
    /// - Throws: the last ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)``
    ///   when every attempt fails; other errors as ``init(_:)``, at once.
    public init(_ a: Matrix, regularization: Regularization) throws(LinearAlgebraError) {
        precondition(regularization.maximumAttempts >= 1, "Cholesky: maximumAttempts must be at least 1")
        let scale = Swift.max(1, a.diagonal.map(abs).max() ?? 0)
        var delta = regularization.staticDelta
        var attempt = 1
        while true {
            do {
                try self.init(a, shiftedBy: delta)
                return
            } catch .notPositiveDefinite where attempt < regularization.maximumAttempts {
                delta = Swift.max(regularization.growthFactor * delta, regularization.retryDelta * scale)
                attempt += 1
            }
        }
    }

    /// Factors `A + δI` once; the common path of both initializers.
    private init(_ a: consuming Matrix, shiftedBy delta: Double) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(a.isSquare, "Cholesky", "A is \(a.rows)x\(a.columns), not square")
        var l = a
        if delta != 0 {
            for i in 0..<l.rows { l.storage[i + i * l.rows] += delta }
        }
        if l.rows >= TiledCholesky.threshold {
            let n = l.rows
            let outcome = l.withUnsafeMutableBufferPointer { lp in
                Result { () throws(LinearAlgebraError) in try TiledCholesky.factor(lp.baseAddress!, n: n, lda: n) }
            }
            try outcome.get()
        } else {
            let n = BLAS.int(l.rows), lda = l.leadingDimension
            let info = n == 0 ? 0 : l.withUnsafeMutableBufferPointer { lp in
                LAPACKE_dpotrf(LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, n, lp.baseAddress, lda)
            }
            if let error = LinearAlgebraError.lapack(info: info, routine: "dpotrf", positive: {
                .notPositiveDefinite(leadingMinor: $0)
            }) { throw error }
        }
        l.zeroStrictTriangle(opposite: .lower)
        self.factor = l
        self.delta = delta
    }

    /// Solves `L Lᵀ X = B` for many right-hand sides in place
    /// (`LAPACKE_dpotrs`): `B ← (A + δI)⁻¹ B`.
    ///
    /// - Complexity: `2n²` flops per column of `B`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `B` does not have `n` rows.
    public func solveInPlace(_ b: inout Matrix) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(
            b.rows == dimension, "Cholesky.solve", "factor is \(dimension)x\(dimension), B has \(b.rows) rows")
        if b.rows == 0 || b.columns == 0 { return }
        let (n, nrhs, ldb) = (BLAS.int(dimension), BLAS.int(b.columns), b.leadingDimension)
        let info = factor.withUnsafeBufferPointer { lp in
            b.withUnsafeMutableBufferPointer { bp in
                LAPACKE_dpotrs(
                    LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, n, nrhs,
                    lp.baseAddress, factor.leadingDimension, bp.baseAddress, ldb)
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dpotrs", positive: {
            .illegalArgument(routine: "dpotrs", position: $0)
        }) { throw error }
    }

    /// Solves `L Lᵀ x = b` in place for one right-hand side held in `x`, by
    /// two triangular solves (`cblas_dtrsv`, `L` then `Lᵀ`): no allocation
    /// and no NaN scan, for the inner loops of structured solvers.
    ///
    /// - Complexity: `2n²` flops.
    /// - Precondition: `x.count == dimension`.
    public func solveInPlace(_ x: UnsafeMutableBufferPointer<Double>) {
        precondition(x.count == dimension, "Cholesky.solveInPlace: factor is \(dimension)x\(dimension), x has \(x.count) entries")
        triangularSolve(x, transpose: CblasNoTrans)
        triangularSolve(x, transpose: CblasTrans)
    }

    /// `x ← L⁻¹ x` in place (`cblas_dtrsv`, lower, no transpose): the first
    /// half of a solve, for callers that combine the halves with other
    /// products (a Schur complement's bordered solve). No allocation, no NaN scan.
    ///
    /// - Complexity: `n²` flops.
    /// - Precondition: `x.count == dimension`.
    public func forwardSubstitute(_ x: UnsafeMutableBufferPointer<Double>) {
        precondition(x.count == dimension, "Cholesky.forwardSubstitute: factor is \(dimension)x\(dimension), x has \(x.count) entries")
        triangularSolve(x, transpose: CblasNoTrans)
    }

    /// `x ← L⁻ᵀ x` in place (`cblas_dtrsv`, lower, transposed): the second half of a solve.
    ///
    /// - Complexity: `n²` flops.
    /// - Precondition: `x.count == dimension`.
    public func backSubstitute(_ x: UnsafeMutableBufferPointer<Double>) {
        precondition(x.count == dimension, "Cholesky.backSubstitute: factor is \(dimension)x\(dimension), x has \(x.count) entries")
        triangularSolve(x, transpose: CblasTrans)
    }

    /// `x ← L⁻¹ x` or `x ← L⁻ᵀ x` (`cblas_dtrsv` on the lower factor).
    private func triangularSolve(_ x: UnsafeMutableBufferPointer<Double>, transpose: CBLAS_TRANSPOSE) {
        if dimension == 0 { return }
        factor.withUnsafeBufferPointer { lp in
            cblas_dtrsv(CblasColMajor, CblasLower, transpose, CblasNonUnit, BLAS.int(dimension), lp.baseAddress,
                        factor.leadingDimension, x.baseAddress, 1)
        }
    }

    /// The inverse `(A + δI)⁻¹ = L⁻ᵀ L⁻¹`, both triangles filled
    /// (`LAPACKE_dpotri` on a copy of the factor, then mirrored).
    ///
    /// - Complexity: `2n³/3` flops.
    public func inverse() -> Matrix {
        var inverse = factor
        let n = dimension
        guard n > 0 else { return inverse }
        let info = inverse.withUnsafeMutableBufferPointer { p in
            LAPACKE_dpotri(LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, BLAS.int(n), p.baseAddress, BLAS.int(n))
        }
        // A factor from dpotrf has a positive diagonal, so dpotri cannot fail on it.
        precondition(info == 0, "Cholesky.inverse: dpotri info \(info)")
        inverse.withUnsafeMutableBufferPointer { p in
            for j in 0..<n { for i in (j + 1)..<n { p[j + i * n] = p[i + j * n] } }
        }
        return inverse
    }

    /// Solves `(A + δI) x = b` for one right-hand side (`LAPACKE_dpotrs`).
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `b.count != n`.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        var x = Matrix(column: b)
        try solveInPlace(&x)
        return x.storage
    }

    /// Solves `(A + δI) X = B` for the columns of `B` (`LAPACKE_dpotrs`).
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        var x = b
        try solveInPlace(&x)
        return x
    }

    /// The natural logarithm of the determinant of the factored matrix:
    ///
    /// ```
    /// log det(A + δI) = 2 Σᵢ log L_ii
    /// ```
    ///
    /// Computed from the factor, so it neither overflows nor underflows where
    /// `det` itself would.
    public var logDeterminant: Double {
        2 * factor.diagonal.reduce(0) { $0 + log($1) }
    }
}

extension Cholesky {
    /// How ``Cholesky/init(_:regularization:)`` shifts the diagonal.
    public struct Regularization: Sendable, Hashable {
        /// `δ₀`, added on the first attempt; `0` tries `A` itself first.
        public var staticDelta: Double
        /// The smallest retry shift, relative to `max(1, maxᵢ |A_ii|)`.
        public var retryDelta: Double
        /// The factor by which `δ` grows from one attempt to the next.
        public var growthFactor: Double
        /// The number of `dpotrf` calls before giving up, at least 1.
        public var maximumAttempts: Int

        /// Creates a regularization policy; the defaults try `A`, then
        /// `A + 1e-10·s·I`, growing by 100 up to `1e-2·s` (`s` the diagonal scale).
        public init(
            staticDelta: Double = 0, retryDelta: Double = 1e-10,
            growthFactor: Double = 100, maximumAttempts: Int = 6
        ) {
            self.staticDelta = staticDelta
            self.retryDelta = retryDelta
            self.growthFactor = growthFactor
            self.maximumAttempts = maximumAttempts
        }
    }
}
