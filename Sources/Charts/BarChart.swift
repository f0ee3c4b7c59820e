/// Bars over categories, either side by side (grouped, with optional interval whiskers) or
/// stacked, on a value axis that starts at zero.
public struct BarChart {
    public enum Mode: Sendable { case grouped, stacked }

    public struct Series: Sendable {
        public var name: String
        public var color: String
        /// One value per category; NaN draws no bar.
        public var values: [Double]
        /// Interval ends per category (grouped mode), or nil.
        public var low: [Double]?
        public var high: [Double]?
        public init(name: String, color: String, values: [Double], low: [Double]? = nil, high: [Double]? = nil) {
            self.name = name; self.color = color; self.values = values; self.low = low; self.high = high
        }
    }

    public var text: ChartText
    public var categories: [String]
    public var series: [Series]
    public var mode: Mode
    public var legend: Legend?
    public var xTitle: String?
    public var yTitle: String
    public var yLabel: (Double) -> String
    public var plotHeight = 280.0
    public var width = 860.0
    public var idPrefix = "bars"

    public init(text: ChartText, categories: [String], series: [Series], mode: Mode, legend: Legend?, xTitle: String?,
                yTitle: String, yLabel: @escaping (Double) -> String) {
        self.text = text; self.categories = categories; self.series = series; self.mode = mode; self.legend = legend
        self.xTitle = xTitle; self.yTitle = yTitle; self.yLabel = yLabel
    }

    /// The largest value the axis must show: the tallest stack, or the highest bar or whisker.
    var maximum: Double {
        var top = 0.0
        for c in categories.indices {
            switch mode {
            case .stacked: top = max(top, series.reduce(0) { $0 + (value($1.values, c) ?? 0) })
            case .grouped:
                for s in series { top = max(top, value(s.values, c) ?? 0, value(s.high, c) ?? 0) }
            }
        }
        return top
    }

    /// The drawing; `withText: false` leaves out the title and caption (for a page that sets them as text).
    public func document(withText: Bool = true) -> SVGDocument {
        var (document, top) = ChartLayout.begin(text, legends: legend.map { [$0] } ?? [], width: width, idPrefix: idPrefix, withText: withText)
        let ticks = NiceTicks(min: 0, max: max(maximum, 1e-9), count: 5)
        let probe = Axis(.left, scale: LinearScale(ticks: ticks, range: (1, 0)), ticks: ticks.values, title: yTitle, label: yLabel)
        let frame = Rect(x: ChartLayout.margin + probe.leftRoom(), y: top + 4,
                         width: width - 2 * ChartLayout.margin - probe.leftRoom(), height: plotHeight)
        let y = LinearScale(ticks: ticks, range: (frame.maxY, frame.y))
        let axis = Axis(.left, scale: y, ticks: ticks.values, title: yTitle, label: yLabel)
        axis.drawGrid(in: &document, frame: frame)
        let band = frame.width / Double(max(categories.count, 1))
        for (c, category) in categories.enumerated() {
            let bandX = frame.x + Double(c) * band
            switch mode {
            case .stacked: drawStack(c, in: &document, x: bandX + band * 0.12, width: band * 0.76, y: y)
            case .grouped: drawGroup(c, in: &document, x: bandX + band * 0.1, width: band * 0.8, y: y)
            }
            document.text(category, x: bandX + band / 2, y: frame.maxY + 16, size: Axis.tickSize, anchor: "middle",
                          fill: Palette.ink)
        }
        document.line(x1: frame.x, y1: frame.maxY, x2: frame.maxX, y2: frame.maxY, stroke: Palette.ink)
        axis.draw(in: &document, frame: frame)
        if let xTitle {
            document.text(xTitle, x: frame.x + frame.width / 2, y: frame.maxY + 33, size: Axis.titleSize, anchor: "middle")
        }
        document.plotRegion = frame
        ChartLayout.finish(&document, caption: text.caption, y: frame.maxY + Axis.bottomRoom, withText: withText)
        return document
    }

    private func drawStack(_ c: Int, in document: inout SVGDocument, x: Double, width: Double, y: LinearScale) {
        var base = 0.0
        for s in series {
            guard let v = value(s.values, c), v > 0 else { continue }
            let (low, high) = (y(base), y(base + v))
            document.rect(Rect(x: x, y: high, width: width, height: low - high), fill: s.color, cssClass: "mark")
            base += v
        }
    }

    private func drawGroup(_ c: Int, in document: inout SVGDocument, x: Double, width: Double, y: LinearScale) {
        let barWidth = width / Double(max(series.count, 1))
        for (i, s) in series.enumerated() {
            let bx = x + Double(i) * barWidth
            if let v = value(s.values, c) {
                let top = y(max(v, 0))
                document.rect(Rect(x: bx + 1, y: top, width: barWidth - 2, height: y(0) - top), fill: s.color, cssClass: "mark")
            }
            if let low = value(s.low, c), let high = value(s.high, c) {
                let mid = bx + barWidth / 2
                document.line(x1: mid, y1: y(max(low, 0)), x2: mid, y2: y(high), stroke: Palette.ink, width: 1.5)
                document.line(x1: mid - 4, y1: y(high), x2: mid + 4, y2: y(high), stroke: Palette.ink, width: 1.5)
                document.line(x1: mid - 4, y1: y(max(low, 0)), x2: mid + 4, y2: y(max(low, 0)), stroke: Palette.ink, width: 1.5)
            }
        }
    }

    private func value(_ values: [Double]?, _ c: Int) -> Double? {
        guard let values, c < values.count, values[c].isFinite else { return nil }
        return values[c]
    }
}
