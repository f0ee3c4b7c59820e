/// What every chart carries in words: a title above it and a caption below it saying what it shows.
public struct ChartText: Sendable {
    public var title: String
    public var caption: String
    public init(title: String, caption: String) {
        self.title = title
        self.caption = caption
    }
}

/// The frame shared by every chart: a title, a legend, the panels, then the caption, in a fixed
/// width with fixed margins.
enum ChartLayout {
    static let margin = 16.0
    static let titleSize = 15.0
    static let captionSize = 11.5
    static let panelTitleSize = 12.0

    /// A document with the title (when `withText`) and legend drawn; returns it and the y where
    /// panels start.
    static func begin(_ text: ChartText, legends: [Legend], width: Double, idPrefix: String, withText: Bool) -> (SVGDocument, Double) {
        var document = SVGDocument(width: width, height: 0, title: text.title, description: text.caption, idPrefix: idPrefix)
        var y = margin / 2
        if withText {
            document.text(text.title, x: margin, y: margin + titleSize - 2, size: titleSize, weight: "bold")
            y = margin + titleSize + 8
        }
        for legend in legends where !legend.items.isEmpty {
            y += legend.draw(in: &document, x: margin, y: y, width: width - 2 * margin)
            y += 4
        }
        return (document, y + 6)
    }

    /// Draws the caption below `y` (when `withText`) and sets the document's height.
    static func finish(_ document: inout SVGDocument, caption: String, y: Double, withText: Bool) {
        guard withText else {
            document.height = (y + margin / 2).rounded(.up)
            return
        }
        let used = document.paragraph(caption, x: margin, y: y + 6, width: document.width - 2 * margin, size: captionSize,
                                      fill: Palette.muted)
        document.height = (y + 6 + used + margin).rounded(.up)
    }
}
