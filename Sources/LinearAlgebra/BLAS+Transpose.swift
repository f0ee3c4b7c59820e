import CLinearAlgebra

extension BLAS {
    /// `B ← Aᵀ` on raw column-major storage (OpenBLAS's `cblas_domatcopy`, an
    /// extension to the CBLAS standard, blocked for the cache): `A` is
    /// `rows x columns` with leading dimension `lda`, `B` is `columns x rows`
    /// with leading dimension `ldb`.
    ///
    /// - Precondition: `lda >= rows`, `ldb >= columns`.
    public static func transpose(rows: Int, columns: Int, _ a: UnsafePointer<Double>, lda: Int,
                                 into b: UnsafeMutablePointer<Double>, ldb: Int) {
        precondition(lda >= max(rows, 1) && ldb >= max(columns, 1), "BLAS.transpose: leading dimensions")
        guard rows > 0, columns > 0 else { return }
        cblas_domatcopy(CblasColMajor, CblasTrans, int(rows), int(columns), 1, a, int(lda), b, int(ldb))
    }
}
