import Charts

/// One chart of a report: the drawing, the data drawn (tidy CSV), a Vega-Lite spec over that CSV,
/// and its words. Files are named after `id`: `<id>.svg`, `<id>.csv`, `<id>.vl.json`.
struct ReportChart {
    var id: String
    var text: ChartText
    /// The standalone image, with its title and caption drawn.
    var document: SVGDocument
    /// The same without title and caption, for the HTML page, which sets them as text.
    var inline: SVGDocument
    var csv: [UInt8]
    var vegaLite: JSONValue
}

/// A table of a report (HTML), with its data as tidy CSV (`<id>.csv`).
struct ReportTable {
    var id: String
    var text: ChartText
    var header: [String]
    /// Cells as shown; `numeric[i]` right-aligns column i.
    var rows: [[String]]
    var numeric: [Bool]
    var csv: [UInt8]
}

/// A part of the report page, in order.
enum ReportSection {
    case chart(ReportChart)
    case table(ReportTable)
    /// A chart left out, and why.
    case note(String)
}

/// A file of the finished report.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
}
