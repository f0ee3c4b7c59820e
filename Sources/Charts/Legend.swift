/// A legend: swatches with labels, laid out left to right and wrapped to a width.
public struct Legend {
    public enum Swatch: Sendable {
        /// A line segment, solid or dashed (`dash` is an SVG dash array).
        case line(color: String, dash: String?)
        /// A filled box, for bars and bands.
        case box(color: String, opacity: Double)
        /// A point symbol.
        case marker(MarkerShape, fill: String, size: Double)
        /// A point with a horizontal interval, for forest plots.
        case interval(color: String)
    }

    public struct Item: Sendable {
        public var swatch: Swatch
        public var label: String
        public init(_ swatch: Swatch, _ label: String) { self.swatch = swatch; self.label = label }
    }

    public var title: String?
    public var items: [Item]

    public init(title: String? = nil, items: [Item]) {
        self.title = title
        self.items = items
    }

    public static let textSize = 11.5
    static let rowHeight = 18.0
    static let swatchWidth = 22.0

    /// Height the legend needs when wrapped to `width`.
    public func height(width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        return Double(rows(width: width).count) * Self.rowHeight
    }

    /// Draws the legend with its top-left corner at (x, y); returns the height used.
    @discardableResult
    public func draw(in document: inout SVGDocument, x: Double, y: Double, width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        let layout = rows(width: width)
        for (r, row) in layout.enumerated() {
            let mid = y + Double(r) * Self.rowHeight + Self.rowHeight / 2
            for (index, left) in row {
                if index < 0 {
                    document.text(title ?? "", x: x + left, y: mid + 4, size: Self.textSize, weight: "bold")
                    continue
                }
                let item = items[index], sx = x + left
                switch item.swatch {
                case let .line(color, dash):
                    document.line(x1: sx, y1: mid, x2: sx + Self.swatchWidth - 4, y2: mid, stroke: color, width: 2.5, dash: dash)
                case let .box(color, opacity):
                    document.rect(Rect(x: sx + 2, y: mid - 6, width: 14, height: 12), fill: color,
                                  stroke: opacity < 1 ? Palette.frame : nil, strokeWidth: 0.5, opacity: opacity < 1 ? opacity : nil)
                case let .marker(shape, fill, size):
                    document.append(shape.element(x: sx + 9, y: mid, size: size, fill: fill))
                case let .interval(color):
                    document.line(x1: sx, y1: mid, x2: sx + 18, y2: mid, stroke: color, width: 1.5)
                    document.circle(cx: sx + 9, cy: mid, r: 3.5, fill: color)
                }
                document.text(item.label, x: sx + Self.swatchWidth, y: mid + 4, size: Self.textSize)
            }
        }
        return Double(layout.count) * Self.rowHeight
    }

    /// Rows of (item index, left offset); index -1 is the title.
    private func rows(width: Double) -> [[(Int, Double)]] {
        var rows: [[(Int, Double)]] = [[]]
        var left = 0.0
        if let title {
            rows[0].append((-1, 0))
            left = TextMetrics.width(title, size: Self.textSize) * 1.1 + 12  // bold runs wider
        }
        for (i, item) in items.enumerated() {
            let w = Self.swatchWidth + TextMetrics.width(item.label, size: Self.textSize) + 14
            if left > 0, left + w > width {
                rows.append([])
                left = 0
            }
            rows[rows.count - 1].append((i, left))
            left += w
        }
        return rows
    }
}
