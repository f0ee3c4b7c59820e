import CLinearAlgebra

/// BLAS level 3: matrix-matrix operations, `O(mnk)` work.
///
/// Shape mismatches throw
/// ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` before BLAS is
/// called. An empty inner dimension (`k = 0`) is handled here rather than
/// passed to BLAS: the result is `beta C`.
extension BLAS {
    /// General matrix-matrix product, accumulating into `C` (`cblas_dgemm`).
    ///
    /// ```
    /// C ← alpha op(A) op(B) + beta C,   op(A) m x k,  op(B) k x n,  C m x n
    /// ```
    ///
    /// With `beta = 0`, `C` is not read (NaN in it does not propagate), but it
    /// must still be `m x n`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when the inner dimensions differ or `C` has the wrong shape.
    public static func gemm(
        _ a: Matrix, _ b: Matrix, into c: inout Matrix,
        transposeA: Transpose = .none, transposeB: Transpose = .none,
        alpha: Double = 1, beta: Double = 0
    ) throws(LinearAlgebraError) {
        let opA = shape(a, transposeA), opB = shape(b, transposeB)
        try LinearAlgebraError.require(
            opA.columns == opB.rows && c.rows == opA.rows && c.columns == opB.columns, "gemm",
            "op(A) is \(describe(opA)), op(B) is \(describe(opB)), C is \(c.rows)x\(c.columns)")
        let (m, n, k) = (opA.rows, opB.columns, opA.columns)
        if m == 0 || n == 0 { return }
        if k == 0 { return scaleForBeta(&c.storage, beta) }
        let ldc = c.leadingDimension
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(
                        CblasColMajor, transposeA.cblas, transposeB.cblas,
                        int(m), int(n), int(k), alpha, ap.baseAddress, a.leadingDimension,
                        bp.baseAddress, b.leadingDimension, beta, cp.baseAddress, ldc)
                }
            }
        }
    }

    /// `C ← alpha A B + beta C` on raw column-major storage with explicit
    /// leading dimensions (`cblas_dgemm`, no transposes), for updating a
    /// submatrix in place, e.g. a panel of a larger matrix.
    ///
    /// - Precondition: `lda >= max(1, m)`, `ldb >= max(1, k)`,
    ///   `ldc >= max(1, m)`; the pointers cover `A` (m x k), `B` (k x n) and
    ///   `C` (m x n) at those leading dimensions.
    public static func gemm(
        m: Int, n: Int, k: Int, alpha: Double = 1,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        beta: Double = 1, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        precondition(lda >= max(1, m) && ldb >= max(1, k) && ldc >= max(1, m), "BLAS.gemm: leading dimensions too small")
        if m == 0 || n == 0 || (k == 0 && beta == 1) { return }
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, int(m), int(n), int(k), alpha, a, int(lda), b, int(ldb), beta, c, int(ldc))
    }

    /// The product `alpha op(A) op(B)` as a new matrix (`cblas_dgemm`).
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when the inner dimensions differ.
    public static func gemm(
        _ a: Matrix, _ b: Matrix,
        transposeA: Transpose = .none, transposeB: Transpose = .none, alpha: Double = 1
    ) throws(LinearAlgebraError) -> Matrix {
        var c = Matrix(rows: shape(a, transposeA).rows, columns: shape(b, transposeB).columns)
        try gemm(a, b, into: &c, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: 0)
        return c
    }

    /// Symmetric rank-k update of one triangle of `C` (`cblas_dsyrk`).
    ///
    /// ```
    /// transpose = .none:        C ← alpha A Aᵀ + beta C,   A n x k
    /// transpose = .transposed:  C ← alpha Aᵀ A + beta C,   A k x n
    /// ```
    ///
    /// Only `triangle` of the `n x n` matrix `C` is read and written; the
    /// other strict triangle keeps its old contents. Call
    /// ``Matrix/symmetrize(from:)`` for the full symmetric matrix. This is the
    /// normal-equations product `A D Aᵀ` of an interior-point method when `A`
    /// is pre-scaled by `D^½`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `C` is not `n x n`.
    public static func syrk(
        _ a: Matrix, into c: inout Matrix, triangle: Triangle = .lower,
        transpose: Transpose = .none, alpha: Double = 1, beta: Double = 0
    ) throws(LinearAlgebraError) {
        let op = shape(a, transpose)
        let (n, k) = (op.rows, op.columns)
        try LinearAlgebraError.require(
            c.rows == n && c.columns == n, "syrk",
            "op(A) is \(describe(op)) so C must be \(n)x\(n), found \(c.rows)x\(c.columns)")
        if n == 0 { return }
        if k == 0 { return scaleTriangleForBeta(&c, triangle, beta) }
        let ldc = c.leadingDimension
        a.withUnsafeBufferPointer { ap in
            c.withUnsafeMutableBufferPointer { cp in
                cblas_dsyrk(
                    CblasColMajor, triangle.cblas, transpose.cblas, int(n), int(k),
                    alpha, ap.baseAddress, a.leadingDimension, beta, cp.baseAddress, ldc)
            }
        }
    }

    /// The full symmetric product `alpha op(A) op(A)ᵀ` as a new matrix:
    /// `cblas_dsyrk` into the lower triangle, then mirrored.
    public static func syrk(
        _ a: Matrix, transpose: Transpose = .none, alpha: Double = 1
    ) -> Matrix {
        let n = shape(a, transpose).rows
        var c = Matrix(rows: n, columns: n)
        // Shapes agree by construction, so neither call can throw.
        try! syrk(a, into: &c, triangle: .lower, transpose: transpose, alpha: alpha, beta: 0)
        try! c.symmetrize(from: .lower)
        return c
    }

    /// Triangular solve with many right-hand sides, in place (`cblas_dtrsm`).
    ///
    /// ```
    /// side = .left:   B ← alpha op(A)⁻¹ B,   A m x m,  B m x n
    /// side = .right:  B ← alpha B op(A)⁻¹,   A n x n,  B m x n
    /// ```
    ///
    /// Only `triangle` of `A` is read. No singularity test is made, as in BLAS.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `A` is not square or does not match `B` on `side`.
    public static func trsm(
        _ a: Matrix, _ b: inout Matrix, side: Side = .left, triangle: Triangle,
        transpose: Transpose = .none, diagonal: Diagonal = .nonUnit, alpha: Double = 1
    ) throws(LinearAlgebraError) {
        let needed = side == .left ? b.rows : b.columns
        try LinearAlgebraError.require(
            a.isSquare && a.rows == needed, "trsm",
            "A is \(a.rows)x\(a.columns) but must be \(needed)x\(needed) for B \(b.rows)x\(b.columns) on the \(side)")
        if b.rows == 0 || b.columns == 0 { return }
        let (m, n, ldb) = (b.rows, b.columns, b.leadingDimension)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeMutableBufferPointer { bp in
                cblas_dtrsm(
                    CblasColMajor, side.cblas, triangle.cblas, transpose.cblas, diagonal.cblas,
                    int(m), int(n), alpha, ap.baseAddress, a.leadingDimension, bp.baseAddress, ldb)
            }
        }
    }

    /// `C ← beta C` on one triangle only, with `beta = 0` storing zeros.
    static func scaleTriangleForBeta(_ c: inout Matrix, _ triangle: Triangle, _ beta: Double) {
        let n = c.rows
        for j in 0..<n {
            for i in (triangle == .lower ? j..<n : 0..<(j + 1)) {
                c.storage[i + j * n] = beta == 0 ? 0 : beta * c.storage[i + j * n]
            }
        }
    }
}
