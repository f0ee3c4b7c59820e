import CLinearAlgebra

/// BLAS level 2: matrix-vector operations, `O(mn)` work.
///
/// Matrices are ``Matrix`` (column-major), vectors `[Double]` with unit
/// stride. Shape mismatches throw
/// ``LinearAlgebraError/dimensionMismatch(operation:detail:)``.
extension BLAS {
    /// General matrix-vector product, accumulating into `y` (`cblas_dgemv`).
    ///
    /// ```
    /// y ← alpha op(A) x + beta y,   op(A) = A or Aᵀ,  op(A) is m x n
    /// ```
    ///
    /// With `beta = 0`, `y` is not read (a NaN in it does not propagate), but
    /// it must still have length `m`.
    ///
    /// - Parameters:
    ///   - a: the matrix `A`.
    ///   - x: a vector of length `n`, the column count of `op(A)`.
    ///   - y: a vector of length `m`, the row count of `op(A)`; overwritten.
    ///   - transpose: `.transposed` to multiply by `Aᵀ` without copying.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``.
    public static func gemv(
        _ a: Matrix, _ x: [Double], into y: inout [Double],
        transpose: Transpose = .none, alpha: Double = 1, beta: Double = 0
    ) throws(LinearAlgebraError) {
        let op = shape(a, transpose)
        try LinearAlgebraError.require(
            x.count == op.columns && y.count == op.rows, "gemv",
            "op(A) is \(describe(op)), x has \(x.count) entries, y has \(y.count)")
        if op.rows == 0 { return }
        if op.columns == 0 {
            scaleForBeta(&y, beta)
            return
        }
        a.withUnsafeBufferPointer { ap in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(
                        CblasColMajor, transpose.cblas, int(a.rows), int(a.columns),
                        alpha, ap.baseAddress, a.leadingDimension,
                        xp.baseAddress, 1, beta, yp.baseAddress, 1)
                }
            }
        }
    }

    /// The product `op(A) x` as a new vector (`cblas_dgemv` with `beta = 0`).
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `x.count` is not the column count of `op(A)`.
    public static func gemv(
        _ a: Matrix, _ x: [Double], transpose: Transpose = .none, alpha: Double = 1
    ) throws(LinearAlgebraError) -> [Double] {
        var y = [Double](repeating: 0, count: shape(a, transpose).rows)
        try gemv(a, x, into: &y, transpose: transpose, alpha: alpha, beta: 0)
        return y
    }

    /// Triangular solve with one right-hand side, in place (`cblas_dtrsv`).
    ///
    /// ```
    /// x ← op(A)⁻¹ x,   A triangular n x n
    /// ```
    ///
    /// Only `triangle` of `A` is read (and not its diagonal when `diagonal`
    /// is `.unit`). No singularity test is made: a zero diagonal entry
    /// produces infinities or NaN, as in BLAS.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `A` is not square or `x.count != n`.
    public static func trsv(
        _ a: Matrix, _ x: inout [Double], triangle: Triangle,
        transpose: Transpose = .none, diagonal: Diagonal = .nonUnit
    ) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(
            a.isSquare && x.count == a.rows, "trsv",
            "A is \(a.rows)x\(a.columns) (must be square), x has \(x.count) entries")
        if x.isEmpty { return }
        a.withUnsafeBufferPointer { ap in
            x.withUnsafeMutableBufferPointer { xp in
                cblas_dtrsv(
                    CblasColMajor, triangle.cblas, transpose.cblas, diagonal.cblas,
                    int(a.rows), ap.baseAddress, a.leadingDimension, xp.baseAddress, 1)
            }
        }
    }

    /// `y ← beta y` with BLAS's convention that `beta = 0` stores zeros
    /// without reading `y`; used when an inner dimension is zero.
    static func scaleForBeta(_ y: inout [Double], _ beta: Double) {
        if beta == 0 {
            for i in y.indices { y[i] = 0 }
        } else if beta != 1 {
            for i in y.indices { y[i] *= beta }
        }
    }
}
