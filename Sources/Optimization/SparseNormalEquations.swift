import CSuiteSparse
import Foundation

/// Normal equations with SuiteSparse CHOLMOD (Chen, Davis, Hager and
/// Rajamanickam, "Algorithm 887: CHOLMOD, supernodal sparse Cholesky
/// factorization and update/downdate", ACM TOMS 35, 2008).
///
/// CHOLMOD factors `F Fᵀ + βI` directly from an unsymmetric `F`
/// (`cholmod_l_factorize_p` with `stype = 0`), so the solver hands it
/// `F = A Θ^½`, with the pattern of `A` and new values each iteration, and
/// `β = δ`; `A Θ Aᵀ` is never formed here. The fill-reducing ordering and the
/// supernodal symbolic factorization (`cholmod_l_analyze`: AMD, or METIS when
/// AMD fills badly) are computed once, because the pattern of `A Θ Aᵀ` does
/// not change between iterations. The supernodal numeric factorization calls
/// `dsyrk`, `dgemm` and `dpotrf` of the system BLAS (OpenBLAS on Debian), so
/// it uses OpenBLAS's threads.
public final class SparseNormalEquations: NormalEquationsSolver {
    public private(set) var name = "sparse normal equations (CHOLMOD supernodal)"
    let matrix: SparseMatrix
    var theta: [Double]
    private let common: UnsafeMutablePointer<cholmod_common>
    private var scaled: UnsafeMutablePointer<cholmod_sparse>?
    private var symbolic: UnsafeMutablePointer<cholmod_factor>?
    private var rhs: UnsafeMutablePointer<cholmod_dense>?
    private var solution: UnsafeMutablePointer<cholmod_dense>?
    private var workY: UnsafeMutablePointer<cholmod_dense>?
    private var workE: UnsafeMutablePointer<cholmod_dense>?

    /// Copies the pattern of `a` into CHOLMOD and analyzes `A Aᵀ`.
    ///
    /// - Throws: ``KKTSolverError/libraryFailure(_:)`` when CHOLMOD cannot
    ///   allocate or order the matrix.
    public init(_ a: SparseMatrix) throws(KKTSolverError) {
        matrix = a
        theta = Array(repeating: 1, count: a.columns)
        common = .allocate(capacity: 1)
        cholmod_l_start(common)
        common.pointee.print = 0
        common.pointee.supernodal = CHOLMOD_SUPERNODAL
        common.pointee.final_ll = 1
        common.pointee.quick_return_if_not_posdef = 1
        guard a.rows > 0 else { return }
        scaled = cholmod_l_allocate_sparse(a.rows, a.columns, max(1, a.nonzeros), 1, 1, 0, CHOLMOD_REAL, common)
        rhs = cholmod_l_allocate_dense(a.rows, 1, a.rows, CHOLMOD_REAL, common)
        guard let scaled, rhs != nil else { throw .libraryFailure("CHOLMOD could not allocate the matrix (status \(common.pointee.status))") }
        let p = scaled.pointee.p.assumingMemoryBound(to: Int.self)
        let i = scaled.pointee.i.assumingMemoryBound(to: Int.self)
        let x = scaled.pointee.x.assumingMemoryBound(to: Double.self)
        for j in 0...a.columns { p[j] = a.columnStarts[j] }
        for k in 0..<a.nonzeros {
            i[k] = a.rowIndices[k]
            x[k] = a.values[k]
        }
        symbolic = cholmod_l_analyze(scaled, common)
        guard symbolic != nil, common.pointee.status >= CHOLMOD_OK else {
            throw .libraryFailure("CHOLMOD analysis of A Aᵀ failed (status \(common.pointee.status))")
        }
        name += String(format: ", nnz(L) %.3g, %.3g flops per factorization", common.pointee.lnz, common.pointee.fl)
    }

    deinit {
        cholmod_l_free_sparse(&scaled, common)
        cholmod_l_free_factor(&symbolic, common)
        cholmod_l_free_dense(&rhs, common)
        cholmod_l_free_dense(&solution, common)
        cholmod_l_free_dense(&workY, common)
        cholmod_l_free_dense(&workE, common)
        cholmod_l_finish(common)
        common.deallocate()
    }

    public func factor(
        diagonal: [Double], primalRegularization: Double, dualRegularization: Double
    ) throws(KKTSolverError) -> Double {
        var solver = self
        return try solver.factorRetrying(
            diagonal: diagonal, primalRegularization: primalRegularization, dualRegularization: dualRegularization)
    }

    public func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
        solveEliminating(rx, ry, dx: &dx, dy: &dy)
    }

    func factorNormalMatrix(delta: Double) throws(KKTSolverError) {
        guard let scaled, let symbolic else { return }
        let x = scaled.pointee.x.assumingMemoryBound(to: Double.self)
        for j in 0..<matrix.columns {
            let scale = theta[j].squareRoot()
            for k in matrix.entries(ofColumn: j) { x[k] = matrix.values[k] * scale }
        }
        var beta = [delta, 0]
        let ok = cholmod_l_factorize_p(scaled, &beta, nil, 0, symbolic, common)
        let status = common.pointee.status
        if status == CHOLMOD_NOT_POSDEF || (ok != 0 && symbolic.pointee.minor < matrix.rows) {
            throw .notPositiveDefinite(regularization: delta)
        }
        guard ok != 0, status >= CHOLMOD_OK else {
            throw .libraryFailure("CHOLMOD factorization failed (status \(status))")
        }
    }

    func solveNormalMatrix(_ b: inout [Double]) {
        guard let symbolic, let rhs, !b.isEmpty else { return }
        let input = rhs.pointee.x.assumingMemoryBound(to: Double.self)
        for i in b.indices { input[i] = b[i] }
        let ok = cholmod_l_solve2(CHOLMOD_A, symbolic, rhs, nil, &solution, nil, &workY, &workE, common)
        guard ok != 0, let solution else { return }
        let output = solution.pointee.x.assumingMemoryBound(to: Double.self)
        for i in b.indices { b[i] = output[i] }
    }
}
