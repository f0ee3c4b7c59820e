/// A discrete distribution over `0 ..< count` sampled in O(1) by Walker's
/// alias method, built in O(n) by Vose's algorithm.
///
/// Walker, "An efficient method for generating discrete random variables
/// with general distributions", ACM TOMS 3(3), 1977; Vose, "A linear
/// algorithm for generating random numbers with a given distribution",
/// IEEE TSE 17(9), 1991.
///
/// Each column i holds a threshold `q_i` and an alias `a_i`. A draw picks a
/// column uniformly and keeps it with probability `q_i`, else takes its
/// alias:
///
/// ```
/// i = uniform integer in 0 ..< n,   X = (U < q_i) ? i : a_i
/// P(X = j) = (q_j + Σ_{i: a_i = j} (1 - q_i)) / n = w_j / Σ w
/// ```
///
/// Construction scales the weights to mean 1 and repeatedly pairs a column
/// below 1 ("small") with one at or above 1 ("large"), which donates the
/// shortfall and becomes the small column's alias.
public struct AliasTable: Sendable {
    /// Keep-probability of each column.
    @usableFromInline internal let threshold: [Double]
    /// Alias of each column.
    @usableFromInline internal let alias: [UInt32]

    /// Why a weight vector cannot define a distribution.
    public enum WeightError: Error, Equatable, Sendable {
        /// No weights were given.
        case empty
        /// The weight at `index` is negative, NaN or infinite.
        case invalidWeight(index: Int, value: Double)
        /// Every weight is zero.
        case zeroTotal
        /// More than 2^32 - 1 outcomes.
        case tooManyOutcomes(count: Int)
    }

    /// Builds the table for outcome probabilities proportional to `weights`.
    ///
    /// - Parameter weights: Non-negative, finite weights, not all zero.
    /// - Throws: ``WeightError`` describing the first problem found.
    /// - Complexity: O(*n*).
    public init(weights: [Double]) throws(WeightError) {
        guard !weights.isEmpty else { throw .empty }
        guard weights.count < Int(UInt32.max) else { throw .tooManyOutcomes(count: weights.count) }
        var total = 0.0
        for (index, weight) in weights.enumerated() {
            guard weight >= 0 && weight.isFinite else { throw .invalidWeight(index: index, value: weight) }
            total += weight
        }
        guard total > 0 else { throw .zeroTotal }

        let n = weights.count
        var scaled = weights.map { $0 * Double(n) / total }
        var threshold = [Double](repeating: 1, count: n)
        var alias = [UInt32](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n { buffer[i] = UInt32(i) }
            initialized = n
        }
        var small: [Int] = []
        var large: [Int] = []
        for i in 0..<n {
            if scaled[i] < 1 { small.append(i) } else { large.append(i) }
        }
        while let s = small.last, let l = large.last {
            small.removeLast()
            threshold[s] = scaled[s]
            alias[s] = UInt32(l)
            scaled[l] = (scaled[l] + scaled[s]) - 1
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        // Whatever is left is 1 up to rounding: such columns keep themselves
        // (Vose's fix for numerical drift).
        for i in small + large { threshold[i] = 1 }
        self.threshold = threshold
        self.alias = alias
    }

    /// Number of outcomes.
    @inlinable
    public var count: Int { threshold.count }

    /// The probability of each outcome as the table encodes it; equal to
    /// the normalised weights up to rounding.
    ///
    /// - Complexity: O(*n*).
    public var probabilities: [Double] {
        var result = threshold
        for i in 0..<count where threshold[i] < 1 {
            result[Int(alias[i])] += 1 - threshold[i]
        }
        let n = Double(count)
        return result.map { $0 / n }
    }

    /// Draws an outcome in `0 ..< count` from `stream`: one uniform integer
    /// and one uniform variate.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func sample(using stream: inout RandomStream) -> Int {
        let column = Int(truncatingIfNeeded: stream.integer(below: UInt64(threshold.count)))
        let u = stream.uniform()
        return u < threshold[column] ? column : Int(alias[column])
    }
}
