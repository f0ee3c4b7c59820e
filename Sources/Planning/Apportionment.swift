/// Largest-remainder (Hamilton) apportionment of a whole number over weights.
enum Apportionment {
    /// Splits `total` into whole parts proportional to `weights`.
    ///
    /// Each part first gets `floor(total * w_i / W)`; the units left over go one each to the
    /// largest fractional remainders, ties to the lower index, so the result is deterministic and
    /// sums to `total`. Zero weights get nothing.
    /// ```
    /// q_i = total * w_i / W,   part_i = floor(q_i) + [i among the (total - sum floor q) largest q_i - floor q_i]
    /// ```
    /// - Returns: the parts, or nil if every weight is zero (the caller decides where `total` goes).
    /// - Precondition: `total >= 0` and weights are finite and non-negative.
    /// - Complexity: O(n log n).
    static func largestRemainder(_ total: Int, weights: [Double]) -> [Int]? {
        precondition(total >= 0 && weights.allSatisfy { $0 >= 0 && $0.isFinite }, "invalid apportionment input")
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return nil }
        var parts = [Int](repeating: 0, count: weights.count)
        var remainders: [(fraction: Double, index: Int)] = []
        var given = 0
        for (i, weight) in weights.enumerated() where weight > 0 {
            let quota = Double(total) * weight / sum
            let whole = min(Int(quota.rounded(.down)), total - given)
            parts[i] = whole
            given += whole
            remainders.append((quota - Double(whole), i))
        }
        remainders.sort { $0.fraction != $1.fraction ? $0.fraction > $1.fraction : $0.index < $1.index }
        for k in 0..<(total - given) { parts[remainders[k % remainders.count].index] += 1 }
        return parts
    }
}
