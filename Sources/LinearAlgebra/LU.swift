import CLinearAlgebra

/// The LU factorization with partial pivoting `A = P L U` of a general square
/// matrix (LAPACK `dgetrf`), and solves with it (`dgetrs`).
///
/// `L` is unit lower triangular, `U` upper triangular, `P` a permutation.
/// Both triangles are packed into ``factors`` as `dgetrf` leaves them: `U` on
/// and above the diagonal, the multipliers of `L` below it.
///
/// An exactly zero pivot `U(i, i) = 0` throws
/// ``LinearAlgebraError/singular(pivot:)`` from ``init(_:)``. A nearly
/// singular matrix factors without error; LU does not estimate the condition
/// number.
public struct LU: Sendable {
    /// `L` (below the diagonal, unit diagonal implied) and `U` (on and above).
    public let factors: Matrix
    /// LAPACK's `ipiv`, 1-based: row `i + 1` was interchanged with row
    /// `pivots[i]` during elimination.
    let pivots: [Int32]

    /// The order `n` of the factored matrix.
    public var dimension: Int { factors.rows }

    /// Factors `A = P L U` (`LAPACKE_dgetrf`).
    ///
    /// - Complexity: `2n³/3` flops.
    /// - Throws: ``LinearAlgebraError/singular(pivot:)`` with the 1-based index
    ///   of the first zero pivot; ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `A` is not square.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(a.isSquare, "LU", "A is \(a.rows)x\(a.columns), not square")
        var lu = a
        var ipiv = [Int32](repeating: 0, count: a.rows)
        let n = BLAS.int(a.rows), lda = a.leadingDimension
        let info = n == 0 ? 0 : lu.withUnsafeMutableBufferPointer { ap in
            ipiv.withUnsafeMutableBufferPointer { pp in
                LAPACKE_dgetrf(LAPACK_COL_MAJOR, n, n, ap.baseAddress, lda, pp.baseAddress)
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dgetrf", positive: {
            .singular(pivot: $0)
        }) { throw error }
        self.factors = lu
        self.pivots = ipiv
    }

    /// Solves `op(A) X = B` in place (`LAPACKE_dgetrs`): `B ← op(A)⁻¹ B`.
    ///
    /// - Parameter transpose: `.transposed` solves `Aᵀ X = B` with the same
    ///   factors.
    /// - Complexity: `2n²` flops per column of `B`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `B` does not have `n` rows.
    public func solveInPlace(_ b: inout Matrix, transpose: BLAS.Transpose = .none) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(
            b.rows == dimension, "LU.solve", "factors are \(dimension)x\(dimension), B has \(b.rows) rows")
        if b.rows == 0 || b.columns == 0 { return }
        let (n, nrhs, ldb) = (BLAS.int(dimension), BLAS.int(b.columns), b.leadingDimension)
        let info = factors.withUnsafeBufferPointer { ap in
            pivots.withUnsafeBufferPointer { pp in
                b.withUnsafeMutableBufferPointer { bp in
                    LAPACKE_dgetrs(
                        LAPACK_COL_MAJOR, transpose.lapack, n, nrhs, ap.baseAddress,
                        factors.leadingDimension, pp.baseAddress, bp.baseAddress, ldb)
                }
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dgetrs", positive: {
            .illegalArgument(routine: "dgetrs", position: $0)
        }) { throw error }
    }

    /// Solves `op(A) x = b` for one right-hand side (`LAPACKE_dgetrs`).
    public func solve(_ b: [Double], transpose: BLAS.Transpose = .none) throws(LinearAlgebraError) -> [Double] {
        var x = Matrix(column: b)
        try solveInPlace(&x, transpose: transpose)
        return x.storage
    }

    /// Solves `op(A) X = B` for the columns of `B` (`LAPACKE_dgetrs`).
    public func solve(_ b: Matrix, transpose: BLAS.Transpose = .none) throws(LinearAlgebraError) -> Matrix {
        var x = b
        try solveInPlace(&x, transpose: transpose)
        return x
    }

    /// The determinant from the factors:
    ///
    /// ```
    /// det A = (-1)^s Πᵢ U_ii,   s = #{i : pivots[i] ≠ i + 1}
    /// ```
    ///
    /// May overflow or underflow for large `n`; it is meant for small
    /// matrices and tests.
    public var determinant: Double {
        var product = 1.0
        for (i, u) in factors.diagonal.enumerated() {
            product *= pivots[i] == Int32(i + 1) ? u : -u
        }
        return product
    }

    /// Solves the square system `A X = B` in one call (`LAPACKE_dgesv`,
    /// which is `dgetrf` followed by `dgetrs`), without keeping the factors.
    ///
    /// - Throws: as ``init(_:)`` and ``solveInPlace(_:transpose:)``.
    public static func solve(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        try LinearAlgebraError.require(
            a.isSquare && b.rows == a.rows, "gesv", "A is \(a.rows)x\(a.columns), B has \(b.rows) rows")
        if a.rows == 0 || b.columns == 0 { return b }
        var (lu, x) = (a, b)
        var ipiv = [Int32](repeating: 0, count: a.rows)
        let (n, nrhs, lda, ldb) = (BLAS.int(a.rows), BLAS.int(b.columns), a.leadingDimension, b.leadingDimension)
        let info = lu.withUnsafeMutableBufferPointer { ap in
            ipiv.withUnsafeMutableBufferPointer { pp in
                x.withUnsafeMutableBufferPointer { xp in
                    LAPACKE_dgesv(LAPACK_COL_MAJOR, n, nrhs, ap.baseAddress, lda, pp.baseAddress, xp.baseAddress, ldb)
                }
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dgesv", positive: {
            .singular(pivot: $0)
        }) { throw error }
        return x
    }
}
