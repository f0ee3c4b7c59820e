import CLinearAlgebra

/// BLAS level 1: vector-vector operations, `O(n)` work.
///
/// Vectors are `[Double]` with unit stride. Length mismatches throw
/// ``LinearAlgebraError/dimensionMismatch(operation:detail:)``.
extension BLAS {
    /// The dot product (`cblas_ddot`).
    ///
    /// ```
    /// dot(x, y) = Σ_i x_i y_i
    /// ```
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `x.count != y.count`.
    public static func dot(_ x: [Double], _ y: [Double]) throws(LinearAlgebraError) -> Double {
        try LinearAlgebraError.require(x.count == y.count, "dot", "x has \(x.count) entries, y has \(y.count)")
        if x.isEmpty { return 0 }
        return x.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                cblas_ddot(int(x.count), xp.baseAddress, 1, yp.baseAddress, 1)
            }
        }
    }

    /// Adds a multiple of one vector to another, in place (`cblas_daxpy`).
    ///
    /// ```
    /// y ← alpha x + y
    /// ```
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)``
    ///   when `x.count != y.count`.
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(x.count == y.count, "axpy", "x has \(x.count) entries, y has \(y.count)")
        if x.isEmpty { return }
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                cblas_daxpy(int(xp.count), alpha, xp.baseAddress, 1, yp.baseAddress, 1)
            }
        }
    }

    /// Scales a vector in place (`cblas_dscal`).
    ///
    /// ```
    /// x ← alpha x
    /// ```
    ///
    /// With `alpha = 0` OpenBLAS stores zeros without reading `x`, so a NaN
    /// in `x` does not survive (unlike `0 * NaN` in Swift).
    public static func scal(_ alpha: Double, _ x: inout [Double]) {
        if x.isEmpty { return }
        x.withUnsafeMutableBufferPointer { xp in
            cblas_dscal(int(xp.count), alpha, xp.baseAddress, 1)
        }
    }

    /// The Euclidean norm (`cblas_dnrm2`), computed with scaling so that it
    /// neither overflows nor underflows for representable results.
    ///
    /// ```
    /// nrm2(x) = sqrt(Σ_i x_i²)
    /// ```
    public static func nrm2(_ x: [Double]) -> Double {
        if x.isEmpty { return 0 }
        return x.withUnsafeBufferPointer { xp in cblas_dnrm2(int(xp.count), xp.baseAddress, 1) }
    }

    /// The sum of absolute values, the 1-norm (`cblas_dasum`).
    ///
    /// ```
    /// asum(x) = Σ_i |x_i|
    /// ```
    public static func asum(_ x: [Double]) -> Double {
        if x.isEmpty { return 0 }
        return x.withUnsafeBufferPointer { xp in cblas_dasum(int(xp.count), xp.baseAddress, 1) }
    }

    /// The index of the entry largest in absolute value (`cblas_idamax`),
    /// 0-based; the first such index on ties, `nil` for an empty vector.
    ///
    /// ```
    /// iamax(x) = argmax_i |x_i|,   ‖x‖_∞ = |x[iamax(x)]|
    /// ```
    public static func iamax(_ x: [Double]) -> Int? {
        if x.isEmpty { return nil }
        return x.withUnsafeBufferPointer { xp in Int(cblas_idamax(int(xp.count), xp.baseAddress, 1)) }
    }
}
