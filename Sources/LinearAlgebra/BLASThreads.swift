import CLinearAlgebra

/// The number of threads OpenBLAS uses inside one BLAS or LAPACK call
/// (`openblas_get_num_threads`, `openblas_set_num_threads`).
///
/// The setting is process-wide state inside OpenBLAS, not Swift state, so it
/// is safe to read from any thread; changing it while another thread is
/// inside a BLAS call is allowed by OpenBLAS but affects that call's
/// successors too.
///
/// When independent simulation replications (or MPI ranks) already run in
/// parallel, pin BLAS to one thread, otherwise BLAS threads and replication
/// threads oversubscribe the cores:
///
/// ```swift
/// BLASThreads.count = 1          // or OPENBLAS_NUM_THREADS=1 in the environment
/// ```
///
/// The environment variable `OPENBLAS_NUM_THREADS` sets the initial value at
/// load time; this type changes it afterwards.
public enum BLASThreads {
    /// The current OpenBLAS thread count (`openblas_get_num_threads`).
    ///
    /// Setting calls `openblas_set_num_threads`. OpenBLAS clamps the value
    /// to the range it was built for (`1...MAX_CPU_NUMBER`); read it back to
    /// learn what took effect.
    ///
    /// - Precondition: the new value is at least 1.
    public static var count: Int {
        get { Int(openblas_get_num_threads()) }
        set {
            precondition(newValue >= 1, "BLASThreads.count must be at least 1, got \(newValue)")
            openblas_set_num_threads(Int32(clamping: newValue))
        }
    }

    /// The number of processors OpenBLAS detected (`openblas_get_num_procs`).
    public static var processorCount: Int { Int(openblas_get_num_procs()) }

    /// Runs `body` with OpenBLAS pinned to `count` threads, then restores the
    /// previous count.
    ///
    /// Meant for a whole phase of a program (a batch of replications), not
    /// for concurrent tasks: two overlapping calls on different threads
    /// restore in an unspecified order, because the setting is global.
    ///
    /// - Precondition: `count >= 1`.
    public static func withCount<R, E: Error>(
        _ count: Int, _ body: () throws(E) -> R
    ) throws(E) -> R {
        let previous = self.count
        self.count = count
        defer { self.count = previous }
        return try body()
    }
}
