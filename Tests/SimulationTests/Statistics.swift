import Simulation

/// Sample moments of a batch of draws, with the standard errors the tests
/// compare against.
struct SampleMoments {
    let count: Int
    let mean: Double
    let variance: Double
    /// Fourth central moment, for the standard error of the variance.
    let fourthMoment: Double

    init(_ draws: [Double]) {
        count = draws.count
        let n = Double(draws.count)
        mean = draws.reduce(0, +) / n
        var m2 = 0.0
        var m4 = 0.0
        for x in draws {
            let d = (x - mean) * (x - mean)
            m2 += d
            m4 += d * d
        }
        variance = m2 / (n - 1)
        fourthMoment = m4 / n
    }

    /// Whether the sample mean is within `z` standard errors of `expected`,
    /// given the true variance: |x̄ - μ| <= z sqrt(σ²/n).
    func meanMatches(_ expected: Double, variance trueVariance: Double, z: Double = 5) -> Bool {
        abs(mean - expected) <= z * (trueVariance / Double(count)).squareRoot()
    }

    /// Whether the sample variance is within `z` estimated standard errors
    /// of `expected`: Var(s²) ≈ (m4 - s⁴)/n.
    func varianceMatches(_ expected: Double, z: Double = 5) -> Bool {
        let standardError = ((fourthMoment - variance * variance) / Double(count)).squareRoot()
        return abs(variance - expected) <= z * standardError
    }

    var summary: String { "n=\(count) mean=\(mean) variance=\(variance)" }
}

/// Pearson's chi-square statistic of observed counts against expected
/// probabilities.
func chiSquare(observed: [Int], probabilities: [Double]) -> Double {
    let total = Double(observed.reduce(0, +))
    var statistic = 0.0
    for (count, p) in zip(observed, probabilities) where p > 0 {
        let expected = total * p
        statistic += (Double(count) - expected) * (Double(count) - expected) / expected
    }
    return statistic
}

/// A generous upper critical value for chi-square with `df` degrees of
/// freedom: the mean plus five standard deviations, df + 5 sqrt(2 df).
func chiSquareLimit(degreesOfFreedom df: Int) -> Double {
    Double(df) + 5 * (2 * Double(df)).squareRoot()
}

/// `count` draws of `variate` from a fresh benchmark stream for `entity`.
func draws(
    _ count: Int = 200_000, entity: UInt64, _ variate: (inout RandomStream) -> Double
) -> [Double] {
    var stream = RandomStream(seed: 20_240_214, purpose: .benchmark, entity: entity)
    return (0..<count).map { _ in variate(&stream) }
}
