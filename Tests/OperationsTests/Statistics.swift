/// Sample mean and a 95% confidence interval from independent replications.
struct Sample: CustomStringConvertible {
    let values: [Double]

    var count: Int { values.count }
    var mean: Double { values.reduce(0, +) / Double(count) }
    var variance: Double {
        let m = mean
        return values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(count - 1)
    }

    /// `mean ± t(0.975, n - 1) · s / sqrt(n)`.
    var interval95: ClosedRange<Double> {
        let halfWidth = Sample.t975(degreesOfFreedom: count - 1) * (variance / Double(count)).squareRoot()
        return (mean - halfWidth)...(mean + halfWidth)
    }

    var description: String {
        let i = interval95
        return "mean \(mean), 95% CI [\(i.lowerBound), \(i.upperBound)], n = \(count)"
    }

    /// The 0.975 quantile of Student's t by the Cornish-Fisher expansion about the normal
    /// quantile (Abramowitz and Stegun 26.7.5), accurate to 1e-3 for ν >= 5.
    static func t975(degreesOfFreedom nu: Int) -> Double {
        let z = 1.959963984540054, v = Double(nu)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
    }
}

/// Erlang's C formula: the probability that an arrival waits in an M/M/c queue with offered load
/// a = λ/μ, from the Erlang B recursion `B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))` and
/// `C = c B(c) / (c - a (1 - B(c)))` (Kleinrock, "Queueing systems I", 1975, eq. 3.40).
/// The mean wait is `Wq = C / (c μ - λ)`.
func erlangC(servers c: Int, offeredLoad a: Double) -> Double {
    var b = 1.0
    for k in 1...c { b = a * b / (Double(k) + a * b) }
    return Double(c) * b / (Double(c) - a * (1 - b))
}
