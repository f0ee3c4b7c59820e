/// Estimated text widths, for layout without a font engine.
///
/// SVG has no text measurement before rendering, so layout uses an average advance of 0.58 em
/// for DejaVu Sans and Liberation Sans (the fonts Debian's Chromium uses), wider for capitals
/// and digits. Estimates err wide, so labels do not collide.
public enum TextMetrics {
    public static let fontFamily = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

    /// Estimated width of `text` at `size` pixels.
    public static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "'", ".", ",", ":", ";", "|", "!", "(", ")", " ": ems += 0.34
            case "m", "w", "M", "W", "%": ems += 0.92
            case _ where character.isUppercase: ems += 0.72
            case _ where character.isNumber: ems += 0.64
            default: ems += 0.6
            }
        }
        return ems * size
    }

    /// Words of `text` broken into lines no wider than `width`.
    public static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, Self.width(candidate, size: size) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
