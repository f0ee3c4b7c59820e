/// An axis along the bottom or left edge of a plot frame: a line, ticks, tick labels, optional
/// grid lines across the frame, and a title.
public struct Axis {
    public enum Edge: Sendable { case bottom, left }

    public var edge: Edge
    public var scale: LinearScale
    public var ticks: [Double]
    public var label: (Double) -> String
    public var title: String?
    public var showsGrid: Bool
    public var showsLabels: Bool

    public init(_ edge: Edge, scale: LinearScale, ticks: [Double], title: String? = nil, showsGrid: Bool = true,
                showsLabels: Bool = true, label: @escaping (Double) -> String) {
        self.edge = edge
        self.scale = scale
        self.ticks = ticks
        self.title = title
        self.showsGrid = showsGrid
        self.showsLabels = showsLabels
        self.label = label
    }

    /// Font size of tick labels and of the title.
    public static let tickSize = 11.0
    public static let titleSize = 12.0
    /// Room below a frame for a bottom axis with labels and a title.
    public static let bottomRoom = 40.0

    /// Room to the left of a frame that tick labels and a title need.
    public func leftRoom() -> Double {
        let widest = ticks.map { TextMetrics.width(label($0), size: Self.tickSize) }.max() ?? 0
        return widest + 10 + (title == nil ? 0 : Self.titleSize + 8)
    }

    /// Draws grid lines (behind data, so call before the marks) and nothing else.
    public func drawGrid(in document: inout SVGDocument, frame: Rect) {
        guard showsGrid else { return }
        for tick in ticks {
            let p = scale(tick)
            switch edge {
            case .bottom: document.line(x1: p, y1: frame.y, x2: p, y2: frame.maxY, stroke: Palette.grid)
            case .left: document.line(x1: frame.x, y1: p, x2: frame.maxX, y2: p, stroke: Palette.grid)
            }
        }
    }

    /// Draws the axis line, ticks, labels and title.
    public func draw(in document: inout SVGDocument, frame: Rect) {
        switch edge {
        case .bottom:
            document.line(x1: frame.x, y1: frame.maxY, x2: frame.maxX, y2: frame.maxY, stroke: Palette.ink)
            for tick in ticks {
                let x = scale(tick)
                document.line(x1: x, y1: frame.maxY, x2: x, y2: frame.maxY + 4, stroke: Palette.ink)
                if showsLabels {
                    document.text(label(tick), x: x, y: frame.maxY + 16, size: Self.tickSize, anchor: "middle", fill: Palette.muted)
                }
            }
            if let title, showsLabels {
                document.text(title, x: frame.x + frame.width / 2, y: frame.maxY + 33, size: Self.titleSize, anchor: "middle")
            }
        case .left:
            document.line(x1: frame.x, y1: frame.y, x2: frame.x, y2: frame.maxY, stroke: Palette.ink)
            for tick in ticks {
                let y = scale(tick)
                document.line(x1: frame.x - 4, y1: y, x2: frame.x, y2: y, stroke: Palette.ink)
                if showsLabels {
                    document.text(label(tick), x: frame.x - 7, y: y + 4, size: Self.tickSize, anchor: "end", fill: Palette.muted)
                }
            }
            if let title {
                let x = frame.x - leftRoom() + Self.titleSize
                document.text(title, x: x, y: frame.y + frame.height / 2, size: Self.titleSize, anchor: "middle", rotate: -90)
            }
        }
    }
}
