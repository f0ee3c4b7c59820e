import CLinearAlgebra
import Dispatch

/// The Cholesky factorization `A = L Lᵀ` (lower) of a large matrix by tiles,
/// with the tiles of each step shared among threads by Siaga rather than by
/// OpenBLAS.
///
/// Right-looking blocked Cholesky over tiles of order `b` (Golub and Van
/// Loan, *Matrix Computations*, 4th ed., §4.2.9; the tile scheduling of
/// Buttari, Langou, Kurzak and Dongarra, "A class of parallel tiled linear
/// algebra algorithms for multicore architectures", Parallel Computing 35,
/// 2009). For each diagonal tile `k`:
///
/// ```
/// L_kk L_kkᵀ = A_kk                       (dpotrf, one thread)
/// L_ik = A_ik L_kk⁻ᵀ        for i > k     (dtrsm, row tiles in parallel)
/// A_ij ← A_ij − L_ik L_jkᵀ  for i ≥ j > k (dsyrk on the diagonal, dgemm
///                                          below it; column tiles in parallel)
/// ```
///
/// OpenBLAS is pinned to one thread in Siaga processes (``BLASThreads``), so
/// each tile is one single-threaded BLAS call whose arguments depend only on
/// `n` and the tile size, never on which thread runs it or how many threads
/// there are: the factor is bit-identical whatever the core count, which
/// OpenBLAS's own threaded `dpotrf` is not (its blocking depends on its thread
/// count).
///
/// NaN: `LAPACKE_dpotrf` checks each diagonal tile before factoring it, and a
/// NaN anywhere in the lower triangle reaches the diagonal tile of its row
/// through the updates (`A_ii ← A_ii − Σ L_ij²`), so it is reported as for
/// `dpotrf` on the whole matrix: ``LinearAlgebraError/illegalArgument(routine:position:)``
/// at position 4.
enum TiledCholesky {
    /// The tile order `b`: large enough for `dgemm` to run near its peak,
    /// small enough that a step has several tiles for two threads to share.
    static let tile = 192

    /// From this order on, ``Cholesky`` factors by tiles; below it one
    /// `dpotrf` call is as fast and the tiles would leave threads idle.
    static let threshold = 3 * tile

    /// Factors the lower triangle of the `n × n` matrix at `a` (leading
    /// dimension `lda`) in place; the strict upper triangle is not touched.
    ///
    /// - Parameter concurrent: `false` runs every tile on the calling thread
    ///   (for tests that hold the two schedules to the same bits).
    /// - Throws: ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)``
    ///   with the order of the first leading minor that is not positive;
    ///   ``LinearAlgebraError/illegalArgument(routine:position:)`` for NaN.
    static func factor(
        _ a: UnsafeMutablePointer<Double>, n: Int, lda: Int, concurrent: Bool = true
    ) throws(LinearAlgebraError) {
        let b = tile
        let tiles = (n + b - 1) / b
        let shared = SharedMatrix(base: a, lda: lda)
        for k in 0..<tiles {
            let k0 = k * b, kb = min(b, n - k0)
            let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, BLAS.int(kb), a + k0 + k0 * lda, BLAS.int(lda))
            switch info {
            case 0: break
            case ..<0: throw .illegalArgument(routine: "dpotrf", position: 4)
            default: throw .notPositiveDefinite(leadingMinor: k0 + Int(info))
            }
            let below = tiles - k - 1
            if below == 0 { break }
            // L_ik = A_ik L_kk⁻ᵀ for each row tile below the diagonal.
            run(below, concurrent: concurrent) { t in
                let i0 = (k + 1 + t) * b, ib = min(b, n - i0)
                cblas_dtrsm(CblasColMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, BLAS.int(ib), BLAS.int(kb), 1,
                            shared.at(k0, k0), BLAS.int(lda), shared.at(i0, k0), BLAS.int(lda))
            }
            // A_ij -= L_ik L_jkᵀ for each column tile j > k: the diagonal tile
            // by dsyrk, the rows below it by one dgemm.
            run(below, concurrent: concurrent) { t in
                let j0 = (k + 1 + t) * b, jb = min(b, n - j0)
                cblas_dsyrk(CblasColMajor, CblasLower, CblasNoTrans, BLAS.int(jb), BLAS.int(kb), -1,
                            shared.at(j0, k0), BLAS.int(lda), 1, shared.at(j0, j0), BLAS.int(lda))
                let r0 = j0 + jb, rows = n - r0
                if rows > 0 {
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, BLAS.int(rows), BLAS.int(jb), BLAS.int(kb), -1,
                                shared.at(r0, k0), BLAS.int(lda), shared.at(j0, k0), BLAS.int(lda),
                                1, shared.at(r0, j0), BLAS.int(lda))
                }
            }
        }
    }

    /// Runs `body(0..<count)`, on the calling thread or shared among threads.
    /// Every call of `body` writes tiles no other call of the same run reads or writes.
    private static func run(_ count: Int, concurrent: Bool, _ body: @Sendable (Int) -> Void) {
        if concurrent && count > 1 {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            for t in 0..<count { body(t) }
        }
    }
}

/// The matrix being factored, handed to the tile tasks; each task writes only its own tiles.
private struct SharedMatrix: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let lda: Int

    /// The address of entry `(i, j)`.
    @inline(__always)
    func at(_ i: Int, _ j: Int) -> UnsafeMutablePointer<Double> { base + i + j * lda }
}
