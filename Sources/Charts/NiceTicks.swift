import Foundation

/// Axis ticks at "nice" round numbers (1, 2 or 5 times a power of ten) that cover a data range.
///
/// Heckbert's loose labelling: P. S. Heckbert, "Nice numbers for graph labels", in A. S. Glassner
/// (ed.), *Graphics Gems*, Academic Press, 1990, pp. 61-63.
///
/// ```
/// range = nice(max - min, round: false)
/// step  = nice(range / (count - 1), round: true)
/// lower = floor(min / step) * step,  upper = ceil(max / step) * step
/// decimals = max(-floor(log10(step)), 0)
/// ```
/// `nice(x, round:)` writes `x = f * 10^e` with `1 <= f < 10` and replaces `f` by 1, 2, 5 or 10:
/// rounding (`f < 1.5 -> 1`, `< 3 -> 2`, `< 7 -> 5`, else 10) or taking the ceiling.
/// For the range 0 to 97 with 5 ticks: range 100, step 20, ticks 0, 20, ..., 100.
public struct NiceTicks: Sendable, Equatable {
    public let lower: Double
    public let upper: Double
    public let step: Double
    /// Decimals that show every tick exactly.
    public let decimals: Int

    /// - Parameters:
    ///   - min: the smallest value to cover.
    ///   - max: the largest value to cover.
    ///   - count: the number of ticks wanted (about; at least 2).
    ///   - minimumStep: a step the ticks may not go below (1 for whole days), or 0.
    public init(min: Double, max: Double, count: Int = 5, minimumStep: Double = 0) {
        var (low, high) = (Swift.min(min, max), Swift.max(min, max))
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high - low < 1e-12 * Swift.max(1, abs(high)) {
            // A single value: open a range around it.
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
            if min >= 0 && low < 0 { low = 0 }
        }
        let range = Self.nice(high - low, round: false)
        let step = Swift.max(Self.nice(range / Double(Swift.max(count, 2) - 1), round: true),
                             minimumStep > 0 ? Self.nice(minimumStep, round: false) : 0)
        self.step = step
        decimals = Swift.max(-decade(step), 0)
        lower = Self.round((low / step).rounded(.down) * step, decimals)
        upper = Self.round((high / step).rounded(.up) * step, decimals)
    }

    /// The tick values from `lower` to `upper`, computed from integers so that no error accumulates.
    public var values: [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { Self.round(lower + Double($0) * step, decimals) }
    }

    /// Heckbert's nice number near `x`: 1, 2, 5 or 10 times a power of ten.
    public static func nice(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let power = pow10(decade(x))
        let fraction = x / power
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * power
    }

    static func round(_ x: Double, _ decimals: Int) -> Double {
        let scale = pow10(decimals)
        let value = (x * scale).rounded() / scale
        return value == 0 ? 0 : value
    }
}

/// 10^n for integer n, exact for the powers a chart uses.
func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(n) { result *= 10 }
    return n >= 0 ? result : 1 / result
}

/// The decimal exponent of x > 0: the e with 10^e <= x < 10^(e+1) (floor(log10(x)), corrected
/// where rounding puts log10 of a power of ten just below the integer).
func decade(_ x: Double) -> Int {
    precondition(x > 0 && x.isFinite)
    var exponent = Int(log10(x).rounded(.down))
    if pow10(exponent + 1) <= x { exponent += 1 }
    if pow10(exponent) > x { exponent -= 1 }
    return exponent
}
