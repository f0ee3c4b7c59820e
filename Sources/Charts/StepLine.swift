/// Step curves in small multiples: empirical cumulative distributions, one panel per group, one
/// curve per series, the value holding from each point until the next ("step after").
public struct StepLineChart {
    public struct Series: Sendable {
        public var name: String
        public var color: String
        public var dash: String?
        /// Points in ascending x.
        public var points: [(x: Double, y: Double)]
        public init(name: String, color: String, dash: String? = nil, points: [(x: Double, y: Double)]) {
            self.name = name; self.color = color; self.dash = dash; self.points = points
        }
    }

    public struct Panel: Sendable {
        public var title: String
        public var series: [Series]
        public init(title: String, series: [Series]) { self.title = title; self.series = series }
    }

    /// A labelled vertical line, such as a response target.
    public struct Reference: Sendable {
        public var x: Double
        public var label: String
        public init(x: Double, label: String) { self.x = x; self.label = label }
    }

    public var text: ChartText
    public var panels: [Panel]
    public var legend: Legend?
    public var xTitle: String
    public var yTitle: String
    public var yDomain: (Double, Double)
    public var references: [Reference] = []
    public var xLabel: (Double) -> String
    public var yLabel: (Double) -> String
    public var width = 860.0
    public var idPrefix = "step"

    public init(text: ChartText, panels: [Panel], legend: Legend?, xTitle: String, yTitle: String,
                yDomain: (Double, Double), xLabel: @escaping (Double) -> String, yLabel: @escaping (Double) -> String) {
        self.text = text; self.panels = panels; self.legend = legend; self.xTitle = xTitle; self.yTitle = yTitle
        self.yDomain = yDomain; self.xLabel = xLabel; self.yLabel = yLabel
    }

    /// The drawing; `withText: false` leaves out the title and caption (for a page that sets them as text).
    public func document(withText: Bool = true) -> SVGDocument {
        var (document, top) = ChartLayout.begin(text, legends: legend.map { [$0] } ?? [], width: width, idPrefix: idPrefix, withText: withText)
        let columns = panels.count > 1 ? 2 : 1
        let rows = (panels.count + columns - 1) / columns
        let xMax = panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } }.max() ?? 1
        let xMin = panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } }.min() ?? 0
        let xTicks = NiceTicks(min: min(0, xMin), max: max(xMax, references.map(\.x).max() ?? 0), count: 6)
        let yTicks = NiceTicks(min: yDomain.0, max: yDomain.1, count: 5)
        let probe = Axis(.left, scale: LinearScale(ticks: yTicks, range: (1, 0)), ticks: yTicks.values, title: yTitle, label: yLabel)
        let gap = 18.0, panelHeight = rows == 1 ? 280.0 : 210.0
        let cellWidth = (width - 2 * ChartLayout.margin - Double(columns - 1) * gap) / Double(columns)
        var plot: Rect?
        for (i, panel) in panels.enumerated() {
            let (row, column) = (i / columns, i % columns)
            let cellX = ChartLayout.margin + Double(column) * (cellWidth + gap)
            let cellY = top + Double(row) * (panelHeight + ChartLayout.panelTitleSize + 8 + Axis.bottomRoom)
            let left = probe.leftRoom()
            let frame = Rect(x: cellX + left, y: cellY + ChartLayout.panelTitleSize + 8, width: cellWidth - left, height: panelHeight)
            plot = plot.map { $0.union(frame) } ?? frame
            draw(panel, in: &document, frame: frame, xTicks: xTicks, yTicks: yTicks)
        }
        document.plotRegion = plot ?? Rect(x: 0, y: top, width: width, height: 0)
        let bottom = top + Double(rows) * (panelHeight + ChartLayout.panelTitleSize + 8 + Axis.bottomRoom)
        ChartLayout.finish(&document, caption: text.caption, y: bottom, withText: withText)
        return document
    }

    private func draw(_ panel: Panel, in document: inout SVGDocument, frame: Rect, xTicks: NiceTicks, yTicks: NiceTicks) {
        let x = LinearScale(ticks: xTicks, range: (frame.x, frame.maxX))
        let y = LinearScale(ticks: yTicks, range: (frame.maxY, frame.y))
        let xAxis = Axis(.bottom, scale: x, ticks: xTicks.values, title: xTitle, label: xLabel)
        let yAxis = Axis(.left, scale: y, ticks: yTicks.values, title: yTitle, label: yLabel)
        document.text(panel.title, x: frame.x, y: frame.y - 6, size: ChartLayout.panelTitleSize, weight: "bold")
        xAxis.drawGrid(in: &document, frame: frame)
        yAxis.drawGrid(in: &document, frame: frame)
        // Each label takes the first row where it does not run into the label before it.
        var rowEnds: [Double] = []
        for reference in references.sorted(by: { $0.x < $1.x }) where reference.x >= xTicks.lower && reference.x <= xTicks.upper {
            let px = x(reference.x)
            document.line(x1: px, y1: frame.y, x2: px, y2: frame.maxY, stroke: Palette.muted, dash: "4 3")
            let row = rowEnds.firstIndex { $0 < px + 3 } ?? rowEnds.count
            if row == rowEnds.count { rowEnds.append(0) }
            rowEnds[row] = px + 3 + TextMetrics.width(reference.label, size: 10) + 4
            document.text(reference.label, x: px + 3, y: frame.y + 11 + Double(row) * 12, size: 10, fill: Palette.muted)
        }
        for series in panel.series where !series.points.isEmpty {
            document.path(Self.stepPath(series.points, x: x, y: y, end: frame.maxX), stroke: series.color, width: 2,
                          dash: series.dash, cssClass: "mark")
        }
        xAxis.draw(in: &document, frame: frame)
        yAxis.draw(in: &document, frame: frame)
    }

    /// `M x0 y0 H x1 V y1 H x2 ...`: each value holds until the next point, the last to `end`.
    /// Runs of equal values are merged, so a long flat tail costs one segment.
    static func stepPath(_ points: [(x: Double, y: Double)], x: LinearScale, y: LinearScale, end: Double) -> String {
        let f = SVGNumber.format
        var d = "M\(f(x.clamped(points[0].x))) \(f(y.clamped(points[0].y)))"
        var current = points[0].y
        for point in points.dropFirst() where point.y != current {
            d += "H\(f(x.clamped(point.x)))V\(f(y.clamped(point.y)))"
            current = point.y
        }
        return d + "H\(f(end))"
    }
}
