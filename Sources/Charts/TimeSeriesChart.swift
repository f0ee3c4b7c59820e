/// Lines over time in panels stacked on a shared time axis, over shaded bands that mark periods
/// (such as the phases of an operation). Each panel has its own value axis, starting at zero.
public struct TimeSeriesChart {
    public struct Series: Sendable {
        public var name: String
        public var color: String
        /// Points in ascending x; NaN values break the line.
        public var points: [(x: Double, y: Double)]
        public init(name: String, color: String, points: [(x: Double, y: Double)]) {
            self.name = name; self.color = color; self.points = points
        }
    }

    public struct Panel: Sendable {
        public var title: String
        public var yTitle: String
        public var series: [Series]
        public init(title: String, yTitle: String, series: [Series]) { self.title = title; self.yTitle = yTitle; self.series = series }
    }

    /// A shaded period from `start` to `end` on the time axis.
    public struct Band: Sendable {
        public var start: Double
        public var end: Double
        public var label: String
        public var color: String
        public init(start: Double, end: Double, label: String, color: String) {
            self.start = start; self.end = end; self.label = label; self.color = color
        }
    }

    public static let bandOpacity = 0.16

    public var text: ChartText
    public var panels: [Panel]
    public var bands: [Band]
    public var legend: Legend?
    public var xTitle: String
    public var xLabel: (Double) -> String
    public var yLabel: (Double) -> String
    /// The smallest step between time ticks (1 for whole days), or 0.
    public var xMinimumStep = 0.0
    public var panelHeight = 170.0
    public var width = 860.0
    public var idPrefix = "series"

    public init(text: ChartText, panels: [Panel], bands: [Band], legend: Legend?, xTitle: String,
                xLabel: @escaping (Double) -> String, yLabel: @escaping (Double) -> String) {
        self.text = text; self.panels = panels; self.bands = bands; self.legend = legend; self.xTitle = xTitle
        self.xLabel = xLabel; self.yLabel = yLabel
    }

    /// The drawing; `withText: false` leaves out the title and caption (for a page that sets them as text).
    public func document(withText: Bool = true) -> SVGDocument {
        var (document, top) = ChartLayout.begin(text, legends: legend.map { [$0] } ?? [], width: width, idPrefix: idPrefix, withText: withText)
        let xs = panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } } + bands.flatMap { [$0.start, $0.end] }
        let xTicks = NiceTicks(min: xs.min() ?? 0, max: xs.max() ?? 1, count: 8, minimumStep: xMinimumStep)
        let yAxes = panels.map { panel -> (NiceTicks, Axis) in
            let top = panel.series.flatMap { $0.points.map(\.y) }.filter(\.isFinite).max() ?? 1
            let ticks = NiceTicks(min: 0, max: max(top, 1e-9), count: 4)
            return (ticks, Axis(.left, scale: LinearScale(ticks: ticks, range: (1, 0)), ticks: ticks.values, title: panel.yTitle,
                                label: yLabel))
        }
        let left = yAxes.map { $0.1.leftRoom() }.max() ?? 40
        let frameX = ChartLayout.margin + left, frameWidth = width - frameX - ChartLayout.margin - 6
        // The time axis spans the data exactly (no padding to nice ends); ticks fall inside it.
        let x = LinearScale(domain: (xs.min() ?? 0, xs.max() ?? 1), range: (frameX, frameX + frameWidth))
        var y = top, plot: Rect?
        for (i, panel) in panels.enumerated() {
            document.text(panel.title, x: frameX, y: y + ChartLayout.panelTitleSize, size: ChartLayout.panelTitleSize, weight: "bold")
            y += ChartLayout.panelTitleSize + 8
            let frame = Rect(x: frameX, y: y, width: frameWidth, height: panelHeight)
            plot = plot.map { $0.union(frame) } ?? frame
            let isLast = i == panels.count - 1
            draw(panel, in: &document, frame: frame, x: x, xTicks: xTicks, yTicks: yAxes[i].0, labelsBands: i == 0, isLast: isLast)
            y = frame.maxY + (isLast ? Axis.bottomRoom : 30)
        }
        document.plotRegion = plot ?? Rect(x: frameX, y: top, width: frameWidth, height: 0)
        ChartLayout.finish(&document, caption: text.caption, y: y, withText: withText)
        return document
    }

    private func draw(_ panel: Panel, in document: inout SVGDocument, frame: Rect, x: LinearScale, xTicks: NiceTicks,
                      yTicks: NiceTicks, labelsBands: Bool, isLast: Bool) {
        let y = LinearScale(ticks: yTicks, range: (frame.maxY, frame.y))
        for band in bands {
            let (a, b) = (x.clamped(band.start), x.clamped(band.end))
            document.rect(Rect(x: a, y: frame.y, width: b - a, height: frame.height), fill: band.color, opacity: Self.bandOpacity)
            if labelsBands, TextMetrics.width(band.label, size: 10) + 6 < b - a {
                document.text(band.label, x: a + 3, y: frame.y + 11, size: 10, fill: Palette.muted)
            }
        }
        let inside = xTicks.values.filter { $0 >= x.domainLower - 1e-9 && $0 <= x.domainUpper + 1e-9 }
        let xAxis = Axis(.bottom, scale: x, ticks: inside, title: xTitle, showsLabels: true, label: xLabel)
        let yAxis = Axis(.left, scale: y, ticks: yTicks.values, title: panel.yTitle, label: yLabel)
        yAxis.drawGrid(in: &document, frame: frame)
        for series in panel.series {
            let d = Self.linePath(series.points, x: x, y: y)
            if !d.isEmpty { document.path(d, stroke: series.color, width: 2, cssClass: "mark") }
        }
        var bottom = xAxis
        if !isLast { bottom.title = nil }
        bottom.draw(in: &document, frame: frame)
        yAxis.draw(in: &document, frame: frame)
    }

    /// A polyline through the finite points; a NaN starts a new piece. Points that repeat the
    /// previous pixel, and the middle of horizontal runs, are left out.
    static func linePath(_ points: [(x: Double, y: Double)], x: LinearScale, y: LinearScale) -> String {
        let f = SVGNumber.format
        var pieces: [[(String, String)]] = []
        var piece: [(String, String)] = []
        for point in points {
            guard point.y.isFinite, point.x.isFinite else {
                if !piece.isEmpty { pieces.append(piece); piece = [] }
                continue
            }
            let p = (f(x.clamped(point.x)), f(y.clamped(point.y)))
            if let last = piece.last, last == p { continue }
            if piece.count >= 2, piece[piece.count - 1].1 == p.1, piece[piece.count - 2].1 == p.1 { piece.removeLast() }
            piece.append(p)
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces.filter { !$0.isEmpty }.map { piece in
            piece.enumerated().map { ($0.offset == 0 ? "M" : "L") + $0.element.0 + " " + $0.element.1 }.joined()
        }.joined()
    }
}
