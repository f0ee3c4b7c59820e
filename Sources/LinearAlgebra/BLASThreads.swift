import CLinearAlgebra

/// The number of threads OpenBLAS uses inside one BLAS or LAPACK call
/// (`openblas_get_num_threads`): one, in every program that links this library.
///
/// Siaga shares work among threads itself (the scenario blocks of an
/// interior-point factorization, the tiles of a large Cholesky factorization
/// in ``Cholesky``, simulation replications), over partitions that depend on
/// the problem's size and never on the thread count, so that the same input
/// gives bit-identical results on any machine and with any `--threads`.
/// OpenBLAS's own threading would break that: its threaded LAPACK routines
/// (`dpotrf` among them) block their work by their thread count and change
/// the last bits with it, and the count is one process-wide variable, so one
/// solve that changed it would change another's results.
///
/// The `CKernels` target therefore sets the count to 1 when the library loads,
/// before `main` (OpenBLAS has loaded by then), and nothing here changes it;
/// `OPENBLAS_NUM_THREADS` in the environment is overridden. Measured at
/// (2000, 60, 50) before the tiled Cholesky: the two-thread default spent
/// 3.3 s in the kernel against 0.9 s pinned, OpenBLAS's idle workers spinning
/// on `sched_yield` beside Siaga's threads.
public enum BLASThreads {
    /// The current OpenBLAS thread count (`openblas_get_num_threads`): 1.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// The number of processors OpenBLAS detected (`openblas_get_num_procs`).
    public static var processorCount: Int { Int(openblas_get_num_procs()) }
}
