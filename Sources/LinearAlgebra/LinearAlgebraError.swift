import CLinearAlgebra

/// An error thrown by a BLAS or LAPACK wrapper in this module.
///
/// Error policy: every shape check that can fail because of data (matrix and
/// vector sizes coming from a scenario or a model) throws
/// ``dimensionMismatch(operation:detail:)`` before any C routine runs.
/// Element subscripts out of range and negative sizes are programmer misuse and
/// stop the program with a `precondition`, as `Array` does.
///
/// A negative LAPACK `info` (`-i`: argument `i` had an illegal value) becomes
/// ``illegalArgument(routine:position:)``; a positive one becomes the
/// routine-specific numerical case. Indices taken from `info` stay 1-based, as
/// LAPACK reports them.
///
/// LAPACKE checks its matrix arguments for NaN before calling LAPACK and
/// reports a NaN in argument `i` as `info = -i`, so a NaN in the input arrives
/// here as ``illegalArgument(routine:position:)``.
public enum LinearAlgebraError: Error, Equatable, Sendable {
    /// Operand shapes do not fit together.
    ///
    /// - `operation`: the wrapper that rejected its operands, e.g. `"gemm"`.
    /// - `detail`: what was expected and what was found, e.g.
    ///   `"op(A) is 3x4 but op(B) is 5x2"`.
    case dimensionMismatch(operation: String, detail: String)

    /// The Cholesky factorization (`dpotrf`) failed: the leading principal
    /// minor of order `leadingMinor` (1-based) is not positive, so the matrix
    /// is not positive definite (or is too ill-conditioned to factor).
    case notPositiveDefinite(leadingMinor: Int)

    /// A factorization produced an exactly zero pivot: `U(pivot, pivot) = 0`
    /// after `dgetrf`, or `D(pivot, pivot) = 0` after `dsytrf` (1-based).
    /// The factorization is complete but cannot be used to solve.
    case singular(pivot: Int)

    /// Argument `position` (1-based, LAPACKE numbering: the layout argument
    /// is position 1) of `routine` had an illegal value or contained NaN.
    case illegalArgument(routine: String, position: Int)

    /// LAPACKE could not allocate its work or transposition buffer.
    case outOfMemory(routine: String)
}

extension LinearAlgebraError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .dimensionMismatch(operation, detail):
            "\(operation): dimension mismatch: \(detail)"
        case let .notPositiveDefinite(leadingMinor):
            "matrix is not positive definite: leading minor of order \(leadingMinor) is not positive"
        case let .singular(pivot):
            "matrix is singular: pivot \(pivot) is exactly zero"
        case let .illegalArgument(routine, position):
            "\(routine): argument \(position) had an illegal value (or NaN)"
        case let .outOfMemory(routine):
            "\(routine): LAPACKE could not allocate its work memory"
        }
    }
}

extension LinearAlgebraError {
    /// Turns a LAPACKE return code into `nil` (success) or an error.
    ///
    /// - Parameters:
    ///   - info: the `lapack_int` returned by a `LAPACKE_*` routine.
    ///   - routine: the LAPACK routine name for the message, e.g. `"dpotrf"`.
    ///   - positive: the routine-specific meaning of `info > 0`.
    /// - Returns: `nil` when `info == 0`.
    static func lapack(
        info: Int32, routine: String, positive: (Int) -> LinearAlgebraError
    ) -> LinearAlgebraError? {
        switch info {
        case 0: nil
        case LAPACK_WORK_MEMORY_ERROR, LAPACK_TRANSPOSE_MEMORY_ERROR: .outOfMemory(routine: routine)
        case ..<0: .illegalArgument(routine: routine, position: Int(-info))
        default: positive(Int(info))
        }
    }

    /// Throws ``dimensionMismatch(operation:detail:)`` unless `condition` holds.
    ///
    /// The detail is an autoclosure so that the message is only built on
    /// failure; the checks sit on the interior-point solver's hot path.
    @inline(__always)
    static func require(
        _ condition: Bool, _ operation: String, _ detail: @autoclosure () -> String
    ) throws(LinearAlgebraError) {
        if !condition { throw .dimensionMismatch(operation: operation, detail: detail()) }
    }
}
