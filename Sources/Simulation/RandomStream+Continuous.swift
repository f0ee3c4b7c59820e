#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Continuous variates. U denotes uniform() on [0, 1) and V uniformPositive()
// on (0, 1]; each variate's formula is given beside it.

extension RandomStream {
    /// An exponential variate with the given rate λ, by inversion:
    /// `X = -ln(V) / λ`, mean 1/λ, variance 1/λ².
    ///
    /// - Precondition: `rate > 0`.
    @inlinable
    public mutating func exponential(rate: Double) -> Double {
        precondition(rate > 0, "exponential rate must be positive, got \(rate)")
        return -log(uniformPositive()) / rate
    }

    /// An exponential variate with the given mean μ, by inversion:
    /// `X = -μ ln(V)`, variance μ².
    ///
    /// - Precondition: `mean > 0`.
    @inlinable
    public mutating func exponential(mean: Double) -> Double {
        precondition(mean > 0, "exponential mean must be positive, got \(mean)")
        return -mean * log(uniformPositive())
    }

    /// A normal variate by Marsaglia's polar method (Marsaglia and Bray,
    /// "A convenient method for generating normal variables", SIAM Review
    /// 6(3), 1964):
    ///
    /// ```
    /// repeat u = 2U - 1, v = 2U - 1, s = u² + v²  until 0 < s < 1
    /// X = mean + sd · u · sqrt(-2 ln(s) / s)
    /// ```
    ///
    /// The second variate of each pair, `v · sqrt(...)`, is discarded so
    /// that the stream holds no cache (4/π ≈ 1.27 pairs per call).
    ///
    /// - Precondition: `sd >= 0`.
    @inlinable
    public mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
        precondition(sd >= 0, "normal sd must be non-negative, got \(sd)")
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s < 1 && s > 0 {
                return mean + sd * u * (-2 * log(s) / s).squareRoot()
            }
        }
    }

    /// A lognormal variate whose own mean is `mean` = m and standard
    /// deviation `sd` = s (not those of its logarithm):
    ///
    /// ```
    /// σ² = ln(1 + s²/m²),   μ = ln(m) - σ²/2,   X = exp(μ + σ Z)
    /// ```
    ///
    /// so that E[X] = exp(μ + σ²/2) = m and Var[X] = (exp(σ²) - 1) m² = s².
    ///
    /// - Precondition: `mean > 0`, `sd >= 0`.
    @inlinable
    public mutating func lognormal(mean: Double, sd: Double) -> Double {
        precondition(mean > 0 && sd >= 0, "lognormal needs mean > 0 and sd >= 0, got \(mean), \(sd)")
        let sigmaSquared = log1p((sd * sd) / (mean * mean))
        let mu = log(mean) - sigmaSquared / 2
        return exp(mu + sigmaSquared.squareRoot() * normal())
    }

    /// A gamma variate with shape k and scale θ (mean kθ, variance kθ²), by
    /// Marsaglia and Tsang, "A simple method for generating gamma
    /// variables", ACM TOMS 26(3), 2000:
    ///
    /// ```
    /// d = k - 1/3,  c = 1 / sqrt(9d)
    /// repeat  Z normal, w = (1 + cZ)³ with 1 + cZ > 0, u = V
    /// until   u < 1 - 0.0331 Z⁴  or  ln u < Z²/2 + d(1 - w + ln w)
    /// X = θ d w
    /// ```
    ///
    /// For k < 1 it uses their boost `X(k) = X(k + 1) · V^(1/k)`.
    ///
    /// - Precondition: `shape > 0`, `scale > 0`.
    @inlinable
    public mutating func gamma(shape: Double, scale: Double = 1) -> Double {
        precondition(shape > 0 && scale > 0, "gamma needs shape > 0 and scale > 0, got \(shape), \(scale)")
        if shape < 1 {
            return gamma(shape: shape + 1, scale: scale) * pow(uniformPositive(), 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let z = normal()
            let t = 1 + c * z
            if t <= 0 { continue }
            let w = t * t * t
            let u = uniformPositive()
            let zz = z * z
            if u < 1 - 0.0331 * zz * zz || log(u) < 0.5 * zz + d * (1 - w + log(w)) {
                return scale * d * w
            }
        }
    }

    /// A triangular variate on [a, b] with mode c, by inversion:
    ///
    /// ```
    /// F = (c - a)/(b - a)
    /// X = a + sqrt(U (b - a)(c - a))          if U < F
    /// X = b - sqrt((1 - U)(b - a)(b - c))     otherwise
    /// ```
    ///
    /// Mean (a + b + c)/3, variance (a² + b² + c² - ab - ac - bc)/18.
    ///
    /// - Precondition: `minimum <= mode <= maximum`, `minimum < maximum`.
    @inlinable
    public mutating func triangular(minimum a: Double, mode c: Double, maximum b: Double) -> Double {
        precondition(a <= c && c <= b && a < b, "triangular needs min <= mode <= max, min < max")
        let u = uniform()
        let split = (c - a) / (b - a)
        if u < split {
            return a + (u * (b - a) * (c - a)).squareRoot()
        }
        return b - ((1 - u) * (b - a) * (b - c)).squareRoot()
    }

    /// A Weibull variate with shape k and scale λ, by inversion:
    /// `X = λ (-ln V)^(1/k)`, mean λ Γ(1 + 1/k), variance
    /// λ² (Γ(1 + 2/k) - Γ(1 + 1/k)²).
    ///
    /// - Precondition: `shape > 0`, `scale > 0`.
    @inlinable
    public mutating func weibull(shape: Double, scale: Double) -> Double {
        precondition(shape > 0 && scale > 0, "weibull needs shape > 0 and scale > 0, got \(shape), \(scale)")
        return scale * pow(-log(uniformPositive()), 1 / shape)
    }
}
