import Foundation

/// A sample's mean with its t confidence interval, and quantiles with distribution-free intervals.
public struct SampleSummary: Sendable, Equatable {
    /// A quantile estimate with an order-statistic confidence interval.
    public struct Quantile: Sendable, Equatable {
        public var probability: Double
        public var estimate: Double
        public var low: Double
        public var high: Double
    }

    /// Observations used (NaN values are left out: a KPI undefined in a replication).
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n - 1 in the denominator).
    public var standardDeviation: Double
    /// The confidence interval for the mean: mean ± t(1 - alpha/2, n - 1) · sd / sqrt(n).
    public var meanLow: Double
    public var meanHigh: Double
    public var quantiles: [Quantile]
    public var confidence: Double

    /// Half the width of the mean's interval, relative to the mean's magnitude (NaN if the mean is 0).
    public var relativeHalfWidth: Double { mean == 0 ? .nan : (meanHigh - meanLow) / 2 / abs(mean) }

    /// Summarises `values` at the given confidence (default 95%).
    ///
    /// Quantiles use Hyndman and Fan's type 7 (the default of R and NumPy): with the sorted sample
    /// `x_(1..n)`, `h = (n - 1) p`, `Q = x_(floor h + 1) + (h - floor h)(x_(floor h + 2) - x_(floor h + 1))`.
    /// Their intervals are distribution-free: the order statistics `x_(l)`, `x_(u)` with
    /// `P(l <= B < u) >= confidence` for `B ~ Binomial(n, p)`, chosen as symmetric in tail mass as
    /// possible (Conover, Practical Nonparametric Statistics, 3rd ed., 3.2). With too few
    /// observations for the confidence, an end of the interval is infinite.
    public init(_ values: [Double], confidence: Double = 0.95, probabilities: [Double] = [0.5, 0.9, 0.95]) {
        let sample = values.filter { !$0.isNaN }.sorted()
        let n = sample.count
        self.count = n
        self.confidence = confidence
        guard n > 0 else {
            mean = .nan; standardDeviation = .nan; meanLow = .nan; meanHigh = .nan
            quantiles = probabilities.map { Quantile(probability: $0, estimate: .nan, low: .nan, high: .nan) }
            return
        }
        // Two-pass mean and variance, summed in sorted order so the result does not depend on input order.
        let mean = sample.reduce(0, +) / Double(n)
        self.mean = mean
        if n > 1 {
            let squares = sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(n - 1)).squareRoot()
            let t = StudentT.quantile(1 - (1 - confidence) / 2, degreesOfFreedom: Double(n - 1))
            let half = t * standardDeviation / Double(n).squareRoot()
            meanLow = mean - half
            meanHigh = mean + half
        } else {
            standardDeviation = .nan; meanLow = .nan; meanHigh = .nan
        }
        quantiles = probabilities.map { p in
            let (l, u) = OrderStatisticInterval.ranks(n: n, p: p, confidence: confidence)
            return Quantile(probability: p, estimate: Self.type7(sample, p),
                            low: l.map { sample[$0 - 1] } ?? -.infinity, high: u.map { sample[$0 - 1] } ?? .infinity)
        }
    }

    /// Hyndman-Fan type 7 quantile of a sorted, non-empty sample.
    public static func type7(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}

/// Ranks of the order statistics that bracket a quantile with a given confidence.
enum OrderStatisticInterval {
    /// 1-based ranks `(l, u)` with `P(l <= B < u) >= confidence`, `B ~ Binomial(n, p)`; nil where the
    /// sample is too small for that end.
    static func ranks(n: Int, p: Double, confidence: Double) -> (Int?, Int?) {
        let alpha = (1 - confidence) / 2
        // cdf[k] = P(B <= k), k = 0...n, from log-space terms (stable for large n).
        var cdf = [Double](repeating: 0, count: n + 1)
        var running = 0.0
        let logP = log(p), logQ = log1p(-p)
        for k in 0...n {
            let logTerm = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
                + Double(k) * logP + Double(n - k) * logQ
            running += exp(logTerm)
            cdf[k] = min(1, running)
        }
        // Lower: the largest l with P(B <= l - 1) <= alpha; upper: the smallest u with P(B <= u - 1) >= 1 - alpha.
        var lower: Int?
        for l in stride(from: n, through: 1, by: -1) where cdf[l - 1] <= alpha { lower = l; break }
        var upper: Int?
        for u in 1...n where cdf[u - 1] >= 1 - alpha { upper = u; break }
        return (lower, upper)
    }
}
