import LinearAlgebra

/// Normal equations with dense BLAS and LAPACK: `B = A Θ^½` column by column,
/// `M = B Bᵀ + δI` by `dsyrk` (lower triangle), `M = L Lᵀ` by `dpotrf`, solves
/// by `dpotrs`.
///
/// For small or dense problems (and as an independent check of the sparse
/// path). Memory `m n + m²` doubles.
///
/// - Complexity: `m² n + m³/3` flops per factorization.
public struct DenseNormalEquations: NormalEquationsSolver {
    public let name = "dense normal equations (BLAS dsyrk, LAPACK dpotrf)"
    let matrix: SparseMatrix
    var theta: [Double]
    private let dense: Matrix
    private var cholesky: Cholesky?

    /// Copies `a` into a dense column-major matrix.
    public init(_ a: SparseMatrix) {
        matrix = a
        theta = Array(repeating: 1, count: a.columns)
        var dense = Matrix(rows: a.rows, columns: a.columns)
        dense.withUnsafeMutableBufferPointer { d in
            for j in 0..<a.columns {
                for k in a.entries(ofColumn: j) { d[a.rowIndices[k] + j * a.rows] = a.values[k] }
            }
        }
        self.dense = dense
    }

    public mutating func factor(
        diagonal: [Double], primalRegularization: Double, dualRegularization: Double
    ) throws(KKTSolverError) -> Double {
        try factorRetrying(
            diagonal: diagonal, primalRegularization: primalRegularization, dualRegularization: dualRegularization)
    }

    public func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
        solveEliminating(rx, ry, dx: &dx, dy: &dy)
    }

    mutating func factorNormalMatrix(delta: Double) throws(KKTSolverError) {
        let m = matrix.rows
        var b = dense
        b.withUnsafeMutableBufferPointer { p in
            for j in 0..<matrix.columns {
                let scale = theta[j].squareRoot()
                for i in 0..<m { p[i + j * m] *= scale }
            }
        }
        var normal = Matrix(rows: m, columns: m)
        do {
            try BLAS.syrk(b, into: &normal, triangle: .lower, transpose: .none)
            for i in 0..<m { normal[i, i] += delta }
            cholesky = try Cholesky(normal)
        } catch .notPositiveDefinite {
            cholesky = nil
            throw .notPositiveDefinite(regularization: delta)
        } catch {
            cholesky = nil
            throw .libraryFailure(error.description)
        }
    }

    func solveNormalMatrix(_ b: inout [Double]) {
        guard let cholesky, !b.isEmpty else { return }
        // The shapes agree by construction and the factor is finite, so dpotrs cannot fail.
        b = (try? cholesky.solve(b)) ?? b
    }
}
