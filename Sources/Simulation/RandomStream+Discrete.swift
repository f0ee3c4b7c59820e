#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Discrete variates. U denotes uniform() on [0, 1). Uniform integers are
// in RandomStream.swift and alias-table draws in AliasTable.swift.

extension RandomStream {
    /// A Bernoulli trial: `true` with probability `p` (`U < p`).
    ///
    /// - Precondition: `0 <= p <= 1`.
    @inlinable
    public mutating func bernoulli(_ p: Double) -> Bool {
        precondition(p >= 0 && p <= 1, "bernoulli probability must be in [0, 1], got \(p)")
        return uniform() < p
    }

    /// A Poisson variate with the given mean λ (variance λ).
    ///
    /// For λ < 10 it inverts the distribution function by sequential
    /// search, one uniform per draw:
    ///
    /// ```
    /// p = e^-λ, F = p, x = 0
    /// while U > F:  x += 1, p *= λ/x, F += p
    /// ```
    ///
    /// For λ >= 10 it uses PTRS, the transformed rejection method with
    /// squeeze of Hörmann, "The transformed rejection method for generating
    /// Poisson random variables", Insurance: Mathematics and Economics
    /// 12(1), 1993, with his constants:
    ///
    /// ```
    /// b = 0.931 + 2.53 sqrt(λ),  a = -0.059 + 0.02483 b
    /// 1/α = 1.1239 + 1.1328/(b - 3.4),  v_r = 0.9277 - 3.6224/(b - 2)
    /// repeat  u = U - 1/2, v = U, us = 1/2 - |u|
    ///         k = floor((2a/us + b) u + λ + 0.43)
    ///         accept if us >= 0.07 and v <= v_r
    ///         reject if k < 0 or (us < 0.013 and v > us)
    ///         accept if ln(v) + ln(1/α) - ln(a/us² + b) <= -λ + k ln λ - ln k!
    /// ```
    ///
    /// - Precondition: `mean >= 0` and finite.
    @inlinable
    public mutating func poisson(mean: Double) -> Int {
        precondition(mean >= 0 && mean.isFinite, "poisson mean must be finite and >= 0, got \(mean)")
        if mean < 10 {
            return poissonByInversion(mean: mean)
        }
        return poissonByTransformedRejection(mean: mean)
    }

    @inlinable
    internal mutating func poissonByInversion(mean: Double) -> Int {
        let u = uniform()
        var x = 0
        var p = exp(-mean)
        var cumulative = p
        // p reaches zero long before x overflows; the guard stops rounding
        // from leaving `cumulative` just below u forever.
        while u > cumulative && p > 0 {
            x += 1
            p *= mean / Double(x)
            cumulative += p
        }
        return x
    }

    @inlinable
    internal mutating func poissonByTransformedRejection(mean: Double) -> Int {
        let logMean = log(mean)
        let b = 0.931 + 2.53 * mean.squareRoot()
        let a = -0.059 + 0.02483 * b
        let logInverseAlpha = log(1.1239 + 1.1328 / (b - 3.4))
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr {
                return Int(k)
            }
            if k < 0 || (us < 0.013 && v > us) {
                continue
            }
            let lhs = log(v) + logInverseAlpha - log(a / (us * us) + b)
            if lhs <= -mean + k * logMean - lgamma(k + 1) {
                return Int(k)
            }
        }
    }
}
