/// A forest plot: one row per estimate, a point with its interval on a shared horizontal axis,
/// a reference line (usually at 0), and rows in panels (one per group, such as a case).
public struct ForestPlot {
    public struct Row: Sendable {
        public var label: String
        /// Rows with the same group share a background band.
        public var group: String
        public var estimate: Double
        public var low: Double
        public var high: Double
        public var color: String
        public init(label: String, group: String, estimate: Double, low: Double, high: Double, color: String) {
            self.label = label; self.group = group; self.estimate = estimate; self.low = low; self.high = high; self.color = color
        }
    }

    public struct Panel: Sendable {
        public var title: String
        public var rows: [Row]
        public init(title: String, rows: [Row]) { self.title = title; self.rows = rows }
    }

    public var text: ChartText
    public var panels: [Panel]
    public var legend: Legend?
    public var xTitle: String
    public var xLabel: (Double) -> String
    /// Text for a row without an estimate.
    public var missing: String
    public var reference = 0.0
    public var width = 860.0
    public var idPrefix = "forest"

    public init(text: ChartText, panels: [Panel], legend: Legend?, xTitle: String, missing: String,
                xLabel: @escaping (Double) -> String) {
        self.text = text; self.panels = panels; self.legend = legend; self.xTitle = xTitle; self.missing = missing
        self.xLabel = xLabel
    }

    static let rowHeight = 20.0

    /// The drawing; `withText: false` leaves out the title and caption (for a page that sets them as text).
    public func document(withText: Bool = true) -> SVGDocument {
        var (document, top) = ChartLayout.begin(text, legends: legend.map { [$0] } ?? [], width: width, idPrefix: idPrefix, withText: withText)
        let rows = panels.flatMap(\.rows)
        let values = rows.flatMap { [$0.estimate, $0.low, $0.high] }.filter(\.isFinite) + [reference]
        let ticks = NiceTicks(min: values.min() ?? -1, max: values.max() ?? 1, count: 7)
        let labelWidth = min(width * 0.45, (rows.map { TextMetrics.width($0.label, size: 11.5) }.max() ?? 0) + 14)
        let frameX = ChartLayout.margin + labelWidth
        let frameWidth = width - frameX - ChartLayout.margin - 8
        let scale = LinearScale(ticks: ticks, range: (frameX, frameX + frameWidth))
        var y = top, plot: Rect?
        for panel in panels {
            document.text(panel.title, x: ChartLayout.margin, y: y + ChartLayout.panelTitleSize, size: ChartLayout.panelTitleSize,
                          weight: "bold")
            y += ChartLayout.panelTitleSize + 8
            let frame = Rect(x: frameX, y: y, width: frameWidth, height: Double(max(panel.rows.count, 1)) * Self.rowHeight)
            plot = plot.map { $0.union(frame) } ?? frame
            draw(panel, in: &document, frame: frame, scale: scale, ticks: ticks)
            y = frame.maxY + Axis.bottomRoom + 6
        }
        document.plotRegion = plot ?? Rect(x: frameX, y: top, width: frameWidth, height: 0)
        ChartLayout.finish(&document, caption: text.caption, y: y, withText: withText)
        return document
    }

    private func draw(_ panel: Panel, in document: inout SVGDocument, frame: Rect, scale: LinearScale, ticks: NiceTicks) {
        // Alternate bands by group, so that the rows of one KPI read together.
        var band = 0, previous: String?
        for (i, row) in panel.rows.enumerated() {
            if let previous, previous != row.group { band += 1 }
            previous = row.group
            let rowY = frame.y + Double(i) * Self.rowHeight
            if band % 2 == 1 {
                document.rect(Rect(x: ChartLayout.margin, y: rowY, width: frame.maxX - ChartLayout.margin, height: Self.rowHeight),
                              fill: "#F2F2F2")
            }
        }
        let axis = Axis(.bottom, scale: scale, ticks: ticks.values, title: xTitle, label: xLabel)
        axis.drawGrid(in: &document, frame: frame)
        let zero = scale(reference)
        document.line(x1: zero, y1: frame.y, x2: zero, y2: frame.maxY, stroke: Palette.ink, width: 1, dash: "3 3")
        for (i, row) in panel.rows.enumerated() {
            let mid = frame.y + (Double(i) + 0.5) * Self.rowHeight
            document.text(row.label, x: frame.x - 8, y: mid + 4, size: 11.5, anchor: "end")
            guard row.estimate.isFinite else {
                document.text(missing, x: zero + 6, y: mid + 4, size: 11, fill: Palette.muted)
                continue
            }
            if row.low.isFinite, row.high.isFinite {
                let (a, b) = (scale.clamped(row.low), scale.clamped(row.high))
                document.line(x1: a, y1: mid, x2: b, y2: mid, stroke: row.color, width: 2)
                document.line(x1: a, y1: mid - 5, x2: a, y2: mid + 5, stroke: row.color, width: 2)
                document.line(x1: b, y1: mid - 5, x2: b, y2: mid + 5, stroke: row.color, width: 2)
            }
            document.append(MarkerShape.diamond.element(x: scale.clamped(row.estimate), y: mid, size: 9, fill: row.color,
                                                        stroke: row.color))
        }
        axis.draw(in: &document, frame: frame)
    }
}
