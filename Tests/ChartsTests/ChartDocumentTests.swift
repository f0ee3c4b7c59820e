import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Charts

/// Every chart type draws a well-formed SVG document (parsed with Foundation's XMLParser), with its
/// title, caption and data marks, and the same input gives the same bytes.
@Suite struct ChartDocumentTests {
    static let text = ChartText(title: "A title with <angle> & \"quotes\"", caption: "What the chart shows, long enough to wrap "
                                + String(repeating: "onto a second line of the caption ", count: 4))

    static func stepLine() -> SVGDocument {
        let series = (0..<3).map { s in
            StepLineChart.Series(name: "s\(s)", color: Palette.color(s), points: (0...60).map { (Double($0), min(1, Double($0 * (s + 1)) / 80)) })
        }
        var chart = StepLineChart(text: text, panels: [.init(title: "Base", series: series), .init(title: "Flood", series: series)],
                                  legend: Legend(items: series.map { .init(.line(color: $0.color, dash: nil), $0.name) }),
                                  xTitle: "minutes", yTitle: "share", yDomain: (0, 1), xLabel: { "\($0)" }, yLabel: { "\($0)" })
        chart.references = [.init(x: 30, label: "road target"), .init(x: 32, label: "river target")]
        return chart.document()
    }

    static func forest() -> SVGDocument {
        let rows = [ForestPlot.Row(label: "mean", group: "a", estimate: -12, low: -20, high: -4, color: Palette.color(1)),
                    ForestPlot.Row(label: "p90", group: "b", estimate: 3, low: -2, high: 8, color: Palette.color(1)),
                    ForestPlot.Row(label: "none", group: "c", estimate: .nan, low: .nan, high: .nan, color: Palette.color(1))]
        return ForestPlot(text: text, panels: [.init(title: "Base", rows: rows)], legend: nil, xTitle: "%", missing: "n/a",
                          xLabel: { "\($0)" }).document()
    }

    static func bars(_ mode: BarChart.Mode) -> SVGDocument {
        let series = [BarChart.Series(name: "a", color: Palette.color(0), values: [1, 2, .nan], low: [0.5, 1.5, .nan], high: [1.5, 2.5, .nan]),
                      BarChart.Series(name: "b", color: Palette.color(1), values: [3, 0, 1])]
        return BarChart(text: text, categories: ["x", "y", "z"], series: series, mode: mode, legend: nil, xTitle: "cat",
                        yTitle: "value", yLabel: { "\($0)" }).document()
    }

    static func timeSeries() -> SVGDocument {
        var points: [(x: Double, y: Double)] = []
        for i in 0..<100 {
            let x: Double = Double(i) / 24 - 2
            let y: Double = i == 50 ? .nan : Double(i % 7)
            points.append((x, y))
        }
        return TimeSeriesChart(text: text, panels: [.init(title: "one", yTitle: "persons", series: [.init(name: "a", color: Palette.color(0), points: points)])],
                               bands: [.init(start: -2, end: 0, label: "quiet", color: Palette.color(2))], legend: nil, xTitle: "days",
                               xLabel: { "\($0)" }, yLabel: { "\($0)" }).document()
    }

    static func map() -> SVGDocument {
        let points = [PointMap.Point(longitude: 110, latitude: -1.8, shape: .circle, fill: Palette.color(2), size: 8),
                      PointMap.Point(longitude: 110.1, latitude: -1.7, shape: .triangle, fill: Palette.color(1), size: 8),
                      PointMap.Point(longitude: 110.05, latitude: -1.75, shape: .star, fill: Palette.color(0), size: 13)]
        return PointMap(text: text, layers: [points], legends: [Legend(title: "TPS", items: [.init(.marker(.diamond, fill: "#999999", size: 9), "remote")])],
                        scaleLabel: { "\($0) km" }).document()
    }

    static var all: [(String, SVGDocument)] {
        [("step", stepLine()), ("forest", forest()), ("grouped", bars(.grouped)), ("stacked", bars(.stacked)),
         ("series", timeSeries()), ("map", map())]
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { elements.append(name) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test(arguments: ChartDocumentTests.all.map(\.0))
    func isWellFormedXML(name: String) throws {
        let document = Self.all.first { $0.0 == name }!.1
        for source in [document.file, document.element] {
            let parser = XMLParser(data: Data(source.utf8))
            let collector = Collector()
            parser.delegate = collector
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.elements.first == "svg")
            #expect(collector.elements.contains("title"))
            #expect(collector.text.contains("A title with <angle> & \"quotes\""))
        }
        #expect(document.height > 100)
        #expect(document.plotRegion.width > 0 && document.plotRegion.height > 0)
        #expect(document.plotRegion.maxY <= document.height && document.plotRegion.maxX <= document.width)
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(Self.stepLine().file == Self.stepLine().file)
        #expect(Self.map().file == Self.map().file)
    }

    @Test func withoutTextLeavesOutTitleAndCaptionDrawing() {
        let full = Self.bars(.grouped), bare = BarChart(text: Self.text, categories: ["x"], series: [.init(name: "a", color: "#000000", values: [1])],
                                                        mode: .grouped, legend: nil, xTitle: nil, yTitle: "v", yLabel: { "\($0)" }).document(withText: false)
        // The caption stays in <desc> for screen readers; only the full drawing sets it as text too.
        #expect(full.element.components(separatedBy: "What the chart shows").count == 3)
        #expect(bare.element.components(separatedBy: "What the chart shows").count == 2)
        #expect(!bare.element.contains("font-weight=\"bold\">A title with"))
        #expect(full.element.contains("font-weight=\"bold\">A title with"))
        #expect(bare.height < full.height)
    }

    /// Steps hold each value to the next point; equal values merge; the last runs to the frame's end.
    @Test func stepPathHoldsValues() {
        let x = LinearScale(domain: (0, 10), range: (0, 100)), y = LinearScale(domain: (0, 1), range: (100, 0))
        let d = StepLineChart.stepPath([(0, 0), (2, 0.5), (4, 0.5), (6, 1)], x: x, y: y, end: 100)
        #expect(d == "M0 100H20V50H60V0H100")
    }

    @Test func linePathBreaksAtGapsAndMergesFlatRuns() {
        let x = LinearScale(domain: (0, 10), range: (0, 100)), y = LinearScale(domain: (0, 10), range: (100, 0))
        let d = TimeSeriesChart.linePath([(0, 1), (1, 1), (2, 1), (3, 2), (4, .nan), (5, 3), (6, 4)], x: x, y: y)
        #expect(d == "M0 90L20 90L30 80M50 70L60 60")
    }

    /// One degree of longitude at the equator is R * pi / 180 = 111.195 km; at 60 degrees, half that.
    @Test func projectionScalesByCosineOfMeanLatitude() {
        let equator = PointMap.Projection(points: [.init(longitude: 0, latitude: 0, shape: .circle, fill: "", size: 1),
                                                   .init(longitude: 1, latitude: 0, shape: .circle, fill: "", size: 1)])
        let a = equator.kilometres(longitude: 0, latitude: 0), b = equator.kilometres(longitude: 1, latitude: 0)
        #expect(abs((b.x - a.x) - 111.195) < 0.001)
        let north = PointMap.Projection(points: [.init(longitude: 0, latitude: 60, shape: .circle, fill: "", size: 1),
                                                 .init(longitude: 1, latitude: 60, shape: .circle, fill: "", size: 1)])
        let c = north.kilometres(longitude: 0, latitude: 60), d = north.kilometres(longitude: 1, latitude: 60)
        #expect(abs((d.x - c.x) - 55.597) < 0.001)
        #expect(a.y == b.y)
    }

    @Test func mapHasAScaleBarInKilometres() {
        let svg = Self.map().element
        #expect(svg.contains(" km</text>"))
        #expect(svg.contains(">N</text>"))
    }

    @Test func legendWrapsToTheWidth() {
        let legend = Legend(items: (0..<12).map { .init(.box(color: Palette.color($0), opacity: 1), "a fairly long label \($0)") })
        #expect(legend.height(width: 2000) == 18)
        #expect(legend.height(width: 400) > 18 * 3)
    }
}
