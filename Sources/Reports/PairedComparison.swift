import Foundation

/// Statistics for comparing systems (strategies) run under common random numbers: replication i of
/// every system saw the same random incidents, so differences are paired and their variance is
/// the variance of the per-replication differences.
public enum PairedComparison {
    /// Whether larger or smaller values of a KPI are better.
    public enum Direction: String, Sendable {
        case higherIsBetter = "higher", lowerIsBetter = "lower"
    }

    /// The paired difference `a - b` with its t confidence interval.
    public struct Difference: Sendable, Equatable {
        public var count: Int
        public var mean: Double
        public var standardDeviation: Double
        public var low: Double
        public var high: Double
        /// `mean / mean(b)`, with its interval by the same scaling (NaN when mean(b) is 0).
        public var relative: Double
        public var relativeLow: Double
        public var relativeHigh: Double
    }

    /// `a_i - b_i` over replications where both are defined: mean ± t(1 - alpha/2, n - 1) S_D / sqrt(n).
    /// The relative difference divides by the mean of `b` over the same replications (the interval
    /// treats that mean as fixed, which is accurate when `b`'s mean is estimated much more tightly
    /// than the difference, as under CRN).
    public static func difference(_ a: [Double], _ b: [Double], confidence: Double = 0.95) -> Difference {
        precondition(a.count == b.count, "paired samples must have equal length")
        let pairs = zip(a, b).filter { !$0.0.isNaN && !$0.1.isNaN }
        let d = pairs.map { $0.0 - $0.1 }
        let n = d.count
        guard n > 0 else { return Difference(count: 0, mean: .nan, standardDeviation: .nan, low: .nan, high: .nan, relative: .nan, relativeLow: .nan, relativeHigh: .nan) }
        let mean = d.reduce(0, +) / Double(n)
        var sd = Double.nan, half = Double.nan
        if n > 1 {
            sd = (d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
            half = StudentT.quantile(1 - (1 - confidence) / 2, degreesOfFreedom: Double(n - 1)) * sd / Double(n).squareRoot()
        }
        let base = pairs.reduce(0) { $0 + $1.1 } / Double(n)
        let scale = base == 0 ? Double.nan : 1 / abs(base)
        return Difference(count: n, mean: mean, standardDeviation: sd, low: mean - half, high: mean + half,
                          relative: mean * scale, relativeLow: (mean - half) * scale, relativeHigh: (mean + half) * scale)
    }

    /// Screening for the best under common random numbers (Nelson, Swann, Goldsman and Song 2001,
    /// "Simple procedures for selecting the best simulated system when the number of alternatives
    /// is large", Operations Research 49(6), the screening step): keep system i if, for every j,
    /// ```
    /// Xbar_i >= Xbar_j - W_ij   (higher is better),   W_ij = t_{(1-alpha)^(1/(k-1)), n-1} S_ij / sqrt(n)
    /// ```
    /// with `S_ij^2` the sample variance of `X_i - X_j`. The kept subset contains the best system
    /// with probability at least `1 - alpha`. Replications where any system's value is undefined are
    /// left out for every system.
    /// - Returns: for each system, whether it cannot be ruled out as best.
    public static func subset(_ samples: [[Double]], direction: Direction, confidence: Double = 0.95) -> [Bool] {
        let k = samples.count
        guard k > 1 else { return Array(repeating: true, count: k) }
        let (rows, n) = aligned(samples, direction: direction)
        guard n > 1 else { return Array(repeating: true, count: k) }
        let t = StudentT.quantile(pow(confidence, 1 / Double(k - 1)), degreesOfFreedom: Double(n - 1))
        let means = rows.map { $0.reduce(0, +) / Double(n) }
        return (0..<k).map { i in
            (0..<k).allSatisfy { j in
                j == i || means[i] >= means[j] - t * differenceSD(rows[i], rows[j]) / Double(n).squareRoot()
            }
        }
    }

    /// Hsu's multiple comparisons with the best (Hsu 1984; Nelson et al. 2001, section 3): for each
    /// system, an interval for `mu_i - max_{j != i} mu_j` (in the KPI's better direction: positive is
    /// better), `[-(D_i - )^-, (D_i + )^+]` with `D_i^± = min/max over j of Xbar_i - Xbar_j ± W_ij`.
    /// An interval entirely below 0 rules the system out; one whose lower end is 0 marks the best.
    public static func comparisonWithTheBest(_ samples: [[Double]], direction: Direction, confidence: Double = 0.95) -> [(low: Double, high: Double)] {
        let k = samples.count
        guard k > 1 else { return Array(repeating: (0, 0), count: k) }
        let (rows, n) = aligned(samples, direction: direction)
        guard n > 1 else { return Array(repeating: (-.infinity, .infinity), count: k) }
        let t = StudentT.quantile(pow(confidence, 1 / Double(k - 1)), degreesOfFreedom: Double(n - 1))
        let means = rows.map { $0.reduce(0, +) / Double(n) }
        return (0..<k).map { i in
            var upper = Double.infinity, lower = Double.infinity
            for j in 0..<k where j != i {
                let w = t * differenceSD(rows[i], rows[j]) / Double(n).squareRoot()
                upper = min(upper, means[i] - means[j] + w)
                lower = min(lower, means[i] - means[j] - w)
            }
            return (min(0, lower), max(0, upper))
        }
    }

    /// Rows with every system defined, sign-flipped so that higher is better.
    private static func aligned(_ samples: [[Double]], direction: Direction) -> ([[Double]], Int) {
        let length = samples.map(\.count).min() ?? 0
        let keep = (0..<length).filter { r in samples.allSatisfy { !$0[r].isNaN } }
        let sign: Double = direction == .higherIsBetter ? 1 : -1
        return (samples.map { s in keep.map { sign * s[$0] } }, keep.count)
    }

    private static func differenceSD(_ a: [Double], _ b: [Double]) -> Double {
        let d = zip(a, b).map { $0 - $1 }
        let mean = d.reduce(0, +) / Double(d.count)
        return (d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(d.count - 1)).squareRoot()
    }
}
