/// Response times counted in fixed bins: one replication's, or many replications' pooled, so that
/// the share of incidents answered within any number of minutes (`response_cdf.csv`) needs neither
/// the incident log nor the response times themselves.
///
/// Bin edges, in minutes from occurrence to the first responder on scene:
///
/// ```
/// edge(b) = b                      b = 0 ... 180     (every minute)
///         = 180 + 5 (b - 180)      b = 181 ... 288   (every 5 minutes to 720)
///         = 720 + 30 (b - 288)     b > 288           (every 30 minutes)
/// ```
///
/// Bin b counts the responses r with `edge(b - 1) < r <= edge(b)` (bin 0: `r <= 0`, guards on the
/// spot), so the counts of bins 0 ... b, over `incidents`, are the share answered within
/// `edge(b)` minutes. An unanswered incident counts in `incidents` only. `counts` stops at the last
/// non-empty bin: a replication whose slowest response took 40 minutes carries 41 counts.
public struct ResponseHistogram: Sendable, Equatable {
    /// Every incident, answered or not: the denominator of the shares.
    public private(set) var incidents: Int = 0
    /// Responses per bin, up to the last non-empty bin.
    public private(set) var counts: [Int] = []

    /// The bins of the fixed part of the edges, 0 ... 720 minutes.
    public static let fixedBins = 289

    public init() {}

    /// Counts one incident; `responseMinutes` is NaN when nobody arrived.
    public mutating func add(responseMinutes r: Double) {
        incidents += 1
        guard r.isFinite else { return }
        let b = Self.bin(r)
        if b >= counts.count { counts.append(contentsOf: repeatElement(0, count: b + 1 - counts.count)) }
        counts[b] += 1
    }

    /// Adds another histogram's incidents and counts (pooling replications).
    public mutating func merge(_ other: ResponseHistogram) {
        incidents += other.incidents
        if other.counts.count > counts.count { counts.append(contentsOf: repeatElement(0, count: other.counts.count - counts.count)) }
        for (b, n) in other.counts.enumerated() { counts[b] += n }
    }

    /// Answered incidents.
    public var answered: Int { counts.reduce(0, +) }

    /// The upper edge of bin `b`, minutes.
    public static func edge(_ b: Int) -> Double {
        if b <= 180 { return Double(b) }
        if b <= 288 { return Double(180 + 5 * (b - 180)) }
        return Double(720 + 30 * (b - 288))
    }

    /// The bin of a response of `r` minutes (finite): the first edge at or above it.
    public static func bin(_ r: Double) -> Int {
        precondition(r.isFinite, "a response time must be finite")
        guard r > 0 else { return 0 }
        var b: Int
        if r <= 180 {
            b = Int(r.rounded(.up))
        } else if r <= 720 {
            b = 180 + Int(((r - 180) / 5).rounded(.up))
        } else {
            b = 288 + Int(((r - 720) / 30).rounded(.up))
        }
        // The division can round a response just above an edge down onto it: step past it.
        while r > edge(b) { b += 1 }
        return b
    }
}
