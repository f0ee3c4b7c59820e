import Foundation

/// Student's t distribution: CDF through the regularized incomplete beta function and quantiles
/// by safeguarded Newton iteration, for confidence intervals on means and paired differences.
///
/// ```
/// F(t; nu) = 1 - I_x(nu/2, 1/2) / 2  for t >= 0,  x = nu / (nu + t^2)
/// ```
/// `I_x(a, b)` by Lentz's continued fraction (Press et al., Numerical Recipes, 3rd ed., 6.4).
public enum StudentT {
    /// P(T <= t) for `nu` degrees of freedom.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        if t.isNaN { return .nan }
        let x = nu / (nu + t * t)
        let tail = 0.5 * regularizedIncompleteBeta(x, a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The `p` quantile: the `t` with `cdf(t) = p`, for 0 < p < 1.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(p > 0 && p < 1, "quantile needs 0 < p < 1")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        // Bracket [0, hi], then Newton steps kept inside the bracket (bisection when they leave it).
        var low = 0.0, high = 1.0
        while cdf(high, degreesOfFreedom: nu) < p { low = high; high *= 2 }
        var t = (low + high) / 2
        for _ in 0..<200 {
            let f = cdf(t, degreesOfFreedom: nu) - p
            if abs(f) < 1e-15 { break }
            if f < 0 { low = t } else { high = t }
            let step = t - f / density(t, degreesOfFreedom: nu)
            t = step > low && step < high ? step : (low + high) / 2
            if high - low < 1e-14 * max(1, t) { break }
        }
        return t
    }

    /// The density of t with `nu` degrees of freedom.
    public static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let normalising: Double = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        let kernel: Double = -(nu + 1) / 2 * log1p(t * t / nu)
        return exp(normalising + kernel)
    }

    /// I_x(a, b), the regularized incomplete beta function.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry otherwise.
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// Lentz's method for the incomplete beta continued fraction.
    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var numerator = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
