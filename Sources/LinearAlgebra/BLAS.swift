import CLinearAlgebra

/// Thin wrappers over the CBLAS routines of OpenBLAS, for ``Matrix`` and
/// `[Double]` operands.
///
/// All matrices are column-major with leading dimension `max(1, rows)`; all
/// vectors have unit stride. Each wrapper checks operand shapes first and
/// throws ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` on a
/// mismatch, so BLAS's own `xerbla` (which prints to stderr) is never reached.
/// The routines are grouped by level in `BLAS+Level1.swift`,
/// `BLAS+Level2.swift` and `BLAS+Level3.swift`.
///
/// Thread count: see ``BLASThreads``. The Debian OpenBLAS (0.3.21, pthread
/// build) may be called from several threads at once.
public enum BLAS {
    /// Whether an operand enters as `A` or as `Aᵀ` (the `op(A)` of BLAS).
    public enum Transpose: Sendable, Hashable {
        /// `op(A) = A`.
        case none
        /// `op(A) = Aᵀ`.
        case transposed

        var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
        var lapack: CChar { CChar(UInt8(ascii: self == .none ? "N" : "T")) }
    }

    /// Which triangle of a symmetric or triangular matrix is referenced.
    public enum Triangle: Sendable, Hashable {
        /// Elements `A(i, j)` with `i >= j`.
        case lower
        /// Elements `A(i, j)` with `i <= j`.
        case upper

        var cblas: CBLAS_UPLO { self == .lower ? CblasLower : CblasUpper }
        var lapack: CChar { CChar(UInt8(ascii: self == .lower ? "L" : "U")) }
    }

    /// Whether a triangular matrix has an implicit unit diagonal.
    public enum Diagonal: Sendable, Hashable {
        /// The diagonal is read from the matrix.
        case nonUnit
        /// The diagonal is taken as all ones and not read.
        case unit

        var cblas: CBLAS_DIAG { self == .nonUnit ? CblasNonUnit : CblasUnit }
    }

    /// On which side the triangular matrix stands in `trsm`.
    public enum Side: Sendable, Hashable {
        /// Solve `op(A) X = alpha B`.
        case left
        /// Solve `X op(A) = alpha B`.
        case right

        var cblas: CBLAS_SIDE { self == .left ? CblasLeft : CblasRight }
    }
}

extension BLAS {
    /// `(rows, columns)` of `op(A)`.
    static func shape(_ a: Matrix, _ transpose: Transpose) -> (rows: Int, columns: Int) {
        transpose == .none ? (a.rows, a.columns) : (a.columns, a.rows)
    }

    /// `"3x4"`, for mismatch messages.
    static func describe(_ shape: (rows: Int, columns: Int)) -> String {
        "\(shape.rows)x\(shape.columns)"
    }

    /// Converts a size to BLAS's `blasint` (32-bit in the Debian build).
    ///
    /// - Precondition: `n` fits in `Int32`; larger dense operands would need
    ///   more than 16 GiB per vector and an ILP64 OpenBLAS.
    @inline(__always)
    static func int(_ n: Int) -> Int32 {
        precondition(n <= Int(Int32.max), "BLAS: size \(n) exceeds the 32-bit blasint")
        return Int32(truncatingIfNeeded: n)
    }
}
