import Operations

/// `response_cdf.csv`, written by `siaga simulate` and `siaga compare`: for each case and
/// strategy, the share of all incidents (unanswered ones included in the denominator), pooled over
/// every replication, whose first responder arrived within `response_minutes` of occurrence.
///
/// ```
/// share_within(e) = #{incidents with response <= e} / #{incidents}
/// ```
///
/// Edges are those of ``ResponseHistogram``: every minute 0 ... 180, every 5 minutes to 720, then
/// every 30 minutes up to the first edge at or above the largest response of any curve in the
/// file, so every case and strategy has the same edges. A curve without incidents has empty shares.
public enum ResponseCDF {
    public static let columns = ["case", "strategy", "response_minutes", "share_within"]

    /// One curve of the table.
    public struct Curve: Sendable {
        public var caseName: String
        public var strategy: String
        public var histogram: ResponseHistogram
        public init(caseName: String, strategy: String, histogram: ResponseHistogram) {
            self.caseName = caseName
            self.strategy = strategy
            self.histogram = histogram
        }
    }

    /// The table's bytes: one row per curve and edge, curves in the order given.
    public static func csv(_ curves: [Curve]) -> [UInt8] {
        var table = TidyCSV(columns: columns)
        let bins = max(ResponseHistogram.fixedBins, curves.map(\.histogram.counts.count).max() ?? 0)
        for curve in curves {
            let h = curve.histogram
            var within = 0
            for b in 0..<bins {
                if b < h.counts.count { within += h.counts[b] }
                table.text(curve.caseName)
                table.text(curve.strategy)
                table.number(ResponseHistogram.edge(b))
                table.number(h.incidents > 0 ? Double(within) / Double(h.incidents) : .nan)
                table.endRow()
            }
        }
        return table.bytes
    }
}
