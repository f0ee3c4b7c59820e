/// Point symbols, told apart by shape as well as colour (for greyscale print and colour-blind readers).
public enum MarkerShape: String, Sendable, CaseIterable {
    case circle, triangle, diamond, square, star

    /// The SVG element of a marker centred at (x, y) whose bounding box is about `size` pixels wide.
    public func element(x: Double, y: Double, size: Double, fill: String, stroke: String = Palette.ink,
                        strokeWidth: Double = 0.6) -> String {
        let f = SVGNumber.format, r = size / 2
        let paint = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(f(strokeWidth))\""
        switch self {
        case .circle:
            return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(r))\" \(paint)/>"
        case .square:
            let s = size * 0.86
            return "<rect x=\"\(f(x - s / 2))\" y=\"\(f(y - s / 2))\" width=\"\(f(s))\" height=\"\(f(s))\" \(paint)/>"
        case .triangle:
            let h = size * 1.1
            return "<path d=\"M\(f(x)) \(f(y - h * 0.6))L\(f(x + h / 2)) \(f(y + h * 0.4))L\(f(x - h / 2)) \(f(y + h * 0.4))Z\" \(paint)/>"
        case .diamond:
            let d = r * 1.25
            return "<path d=\"M\(f(x)) \(f(y - d))L\(f(x + d)) \(f(y))L\(f(x)) \(f(y + d))L\(f(x - d)) \(f(y))Z\" \(paint)/>"
        case .star:
            // Five points, outer radius r * 1.3, inner radius r * 0.55, the first point up.
            var d = ""
            for k in 0..<10 {
                let radius = k % 2 == 0 ? r * 1.3 : r * 0.55
                let (sine, cosine) = starAngles[k]
                let px = x + radius * sine, py = y - radius * cosine
                d += (k == 0 ? "M" : "L") + f(px) + " " + f(py)
            }
            return "<path d=\"\(d)Z\" \(paint)/>"
        }
    }
}

/// (sin, cos) of the ten star angles k * 36 degrees, from a table, so that the output does not
/// depend on the C library's rounding.
private let starAngles: [(Double, Double)] = [
    (0, 1), (0.5877852522924731, 0.8090169943749475), (0.9510565162951535, 0.30901699437494745),
    (0.9510565162951536, -0.30901699437494734), (0.5877852522924732, -0.8090169943749473), (0, -1),
    (-0.5877852522924734, -0.8090169943749475), (-0.9510565162951535, -0.30901699437494756),
    (-0.9510565162951536, 0.30901699437494723), (-0.5877852522924734, 0.8090169943749473),
]
