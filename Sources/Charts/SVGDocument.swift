/// An SVG image built element by element, written with fixed number formats so that the same
/// drawing always gives the same bytes.
///
/// Coordinates are in pixels from the top-left corner and are written with at most two decimals.
/// Text is escaped for XML (`XMLText`). The root element carries `data-plot="x y width height"`,
/// the region where data is drawn, so that a renderer test can look there for marks.
public struct SVGDocument: Sendable {
    public var width: Double
    /// The height; a chart sets it last, once its content is laid out.
    public var height: Double
    /// The region where the data marks are drawn (a union of panels), for renderer checks.
    public var plotRegion: Rect
    /// Short title (`<title>`) and longer description (`<desc>`), read by screen readers.
    public var title: String
    public var description: String
    /// Prefix of element ids, so that several images can live on one HTML page.
    public var idPrefix: String
    private(set) var elements: [String] = []

    public init(width: Double, height: Double, title: String, description: String = "", idPrefix: String = "chart") {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
        plotRegion = Rect(x: 0, y: 0, width: width, height: height)
    }

    /// Adds raw SVG markup (already escaped).
    public mutating func append(_ markup: String) { elements.append(markup) }

    // MARK: - Shapes

    public mutating func rect(_ r: Rect, fill: String, stroke: String? = nil, strokeWidth: Double = 1, opacity: Double? = nil,
                              cssClass: String? = nil) {
        var attributes = "x=\"\(f(r.x))\" y=\"\(f(r.y))\" width=\"\(f(max(0, r.width)))\" height=\"\(f(max(0, r.height)))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\" stroke-width=\"\(f(strokeWidth))\"" }
        if let opacity { attributes += " fill-opacity=\"\(f(opacity))\"" }
        if let cssClass { attributes += " class=\"\(cssClass)\"" }
        elements.append("<rect \(attributes)/>")
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                              dash: String? = nil) {
        var attributes = "x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        elements.append("<line \(attributes)/>")
    }

    /// A path from its `d` attribute, stroked and not filled unless `fill` is given.
    public mutating func path(_ d: String, stroke: String?, width: Double = 1, fill: String = "none", dash: String? = nil,
                              cssClass: String? = nil) {
        var attributes = "d=\"\(d)\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\" stroke-width=\"\(f(width))\" stroke-linejoin=\"round\"" }
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        if let cssClass { attributes += " class=\"\(cssClass)\"" }
        elements.append("<path \(attributes)/>")
    }

    public mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        var attributes = "cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\" stroke-width=\"\(f(strokeWidth))\"" }
        elements.append("<circle \(attributes)/>")
    }

    /// Text at (x, y), the baseline; `anchor` is `start`, `middle` or `end`.
    public mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                              weight: String? = nil, fill: String = Palette.ink, rotate: Double? = nil) {
        var attributes = "x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if fill != Palette.ink { attributes += " fill=\"\(fill)\"" }
        if let rotate { attributes += " transform=\"rotate(\(f(rotate)) \(f(x)) \(f(y)))\"" }
        elements.append("<text \(attributes)>\(XMLText.escape(content))</text>")
    }

    /// Text wrapped to `width` pixels, one `<text>` per line; returns the height used.
    @discardableResult
    public mutating func paragraph(_ content: String, x: Double, y: Double, width: Double, size: Double = 12,
                                   fill: String = Palette.ink) -> Double {
        let lines = TextMetrics.wrap(content, width: width, size: size)
        let leading = size * 1.35
        for (i, line) in lines.enumerated() {
            text(line, x: x, y: y + size + Double(i) * leading, size: size, fill: fill)
        }
        return Double(lines.count) * leading
    }

    // MARK: - Output

    /// The SVG element alone, to inline in an HTML page.
    public var element: String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
        out += "viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"\(idPrefix)-title\" "
        out += "data-plot=\"\(f(plotRegion.x)) \(f(plotRegion.y)) \(f(plotRegion.width)) \(f(plotRegion.height))\" "
        out += "font-family=\"\(TextMetrics.fontFamily)\">\n"
        out += "<title id=\"\(idPrefix)-title\">\(XMLText.escape(title))</title>\n"
        if !description.isEmpty { out += "<desc>\(XMLText.escape(description))</desc>\n" }
        out += "<rect width=\"100%\" height=\"100%\" fill=\"\(Palette.background)\"/>\n"
        for element in elements { out += element + "\n" }
        return out + "</svg>\n"
    }

    /// A standalone `.svg` file: the XML declaration, then the element.
    public var file: String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element }

    private func f(_ value: Double) -> String { SVGNumber.format(value) }
}

/// A rectangle in pixels.
public struct Rect: Sendable, Hashable {
    public var x: Double, y: Double, width: Double, height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let left = min(x, other.x), top = min(y, other.y)
        return Rect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }
}

/// Coordinates as SVG text: rounded to two decimals, trailing zeros dropped, no locale.
public enum SVGNumber {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return NumberText.fixed(value, decimals: 2, trimZeros: true)
    }
}

/// Escaping of text and attribute values for XML and HTML.
public enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and line feed dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
