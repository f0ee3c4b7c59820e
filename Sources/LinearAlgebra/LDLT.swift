import CLinearAlgebra

/// The symmetric indefinite factorization `A = P L D Lᵀ Pᵀ` by Bunch-Kaufman
/// diagonal pivoting (LAPACK `dsytrf` with `uplo = 'L'`), and solves with it
/// (`dsytrs`).
///
/// `L` is unit lower triangular, `P` a permutation, and `D` block diagonal
/// with 1x1 and 2x2 blocks. Only the lower triangle of `A` is read. This is
/// the factorization for quasi-definite or indefinite KKT matrices
///
/// ```
/// [ -D⁻¹  Aᵀ ]
/// [  A    δI ]
/// ```
///
/// where Cholesky does not apply; its ``inertia`` tells whether the KKT
/// matrix has the expected numbers of positive and negative eigenvalues.
public struct LDLT: Sendable {
    /// `L` and `D` packed in the lower triangle as `dsytrf` leaves them.
    public let factors: Matrix
    /// LAPACK's `ipiv` (1-based; negative pairs mark 2x2 blocks of `D`).
    let pivots: [Int32]

    /// The order `n` of the factored matrix.
    public var dimension: Int { factors.rows }

    /// Factors `A = P L D Lᵀ Pᵀ` (`LAPACKE_dsytrf`, lower; the workspace
    /// query is done inside LAPACKE).
    ///
    /// - Complexity: `n³/3` flops.
    /// - Throws: ``LinearAlgebraError/singular(pivot:)`` when `D(pivot, pivot)`
    ///   is exactly zero (1-based); ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `A` is not square.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(a.isSquare, "LDLT", "A is \(a.rows)x\(a.columns), not square")
        var ldl = a
        var ipiv = [Int32](repeating: 0, count: a.rows)
        let n = BLAS.int(a.rows), lda = a.leadingDimension
        let info = n == 0 ? 0 : ldl.withUnsafeMutableBufferPointer { ap in
            ipiv.withUnsafeMutableBufferPointer { pp in
                LAPACKE_dsytrf(LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, n, ap.baseAddress, lda, pp.baseAddress)
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dsytrf", positive: {
            .singular(pivot: $0)
        }) { throw error }
        self.factors = ldl
        self.pivots = ipiv
    }

    /// Solves `A X = B` in place (`LAPACKE_dsytrs`): `B ← A⁻¹ B`.
    ///
    /// - Complexity: `2n²` flops per column of `B`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `B` does not have `n` rows.
    public func solveInPlace(_ b: inout Matrix) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(
            b.rows == dimension, "LDLT.solve", "factors are \(dimension)x\(dimension), B has \(b.rows) rows")
        if b.rows == 0 || b.columns == 0 { return }
        let (n, nrhs, ldb) = (BLAS.int(dimension), BLAS.int(b.columns), b.leadingDimension)
        let info = factors.withUnsafeBufferPointer { ap in
            pivots.withUnsafeBufferPointer { pp in
                b.withUnsafeMutableBufferPointer { bp in
                    LAPACKE_dsytrs(
                        LAPACK_COL_MAJOR, BLAS.Triangle.lower.lapack, n, nrhs, ap.baseAddress,
                        factors.leadingDimension, pp.baseAddress, bp.baseAddress, ldb)
                }
            }
        }
        if let error = LinearAlgebraError.lapack(info: info, routine: "dsytrs", positive: {
            .illegalArgument(routine: "dsytrs", position: $0)
        }) { throw error }
    }

    /// Solves `A x = b` for one right-hand side (`LAPACKE_dsytrs`).
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        var x = Matrix(column: b)
        try solveInPlace(&x)
        return x.storage
    }

    /// Solves `A X = B` for the columns of `B` (`LAPACKE_dsytrs`).
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        var x = b
        try solveInPlace(&x)
        return x
    }

    /// The numbers of positive, negative and zero eigenvalues of `A`.
    ///
    /// By Sylvester's law of inertia `A` and `D` have the same inertia. A 1x1
    /// block counts by its sign; a 2x2 block `[a b; b c]` by its determinant:
    ///
    /// ```
    /// ac - b² < 0  →  one positive, one negative
    /// ac - b² > 0  →  two with the sign of a
    /// ac - b² = 0  →  one zero, one with the sign of a + c
    /// ```
    public var inertia: Inertia {
        var result = Inertia(positive: 0, negative: 0, zero: 0)
        let n = dimension
        var k = 0
        while k < n {
            let a = factors[k, k]
            if pivots[k] > 0 || k + 1 == n {
                result.count(a)
                k += 1
                continue
            }
            let (b, c) = (factors[k + 1, k], factors[k + 1, k + 1])
            let det = a * c - b * b
            if det < 0 {
                result.count(1)
                result.count(-1)
            } else if det > 0 {
                result.count(a)
                result.count(a)
            } else {
                result.count(0)
                result.count(a + c)
            }
            k += 2
        }
        return result
    }
}

extension LDLT {
    /// The inertia `(n₊, n₋, n₀)` of a symmetric matrix.
    public struct Inertia: Sendable, Hashable {
        /// The number of positive eigenvalues, `n₊`.
        public var positive: Int
        /// The number of negative eigenvalues, `n₋`.
        public var negative: Int
        /// The number of zero eigenvalues, `n₀`.
        public var zero: Int

        public init(positive: Int, negative: Int, zero: Int) {
            (self.positive, self.negative, self.zero) = (positive, negative, zero)
        }

        mutating func count(_ value: Double) {
            if value > 0 { positive += 1 } else if value < 0 { negative += 1 } else { zero += 1 }
        }
    }
}
