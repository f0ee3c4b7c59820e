import Charts
import Reports
import Scenario

/// The cumulative distribution of response times: one panel per case, one step curve per strategy.
enum ResponseCDFChart {
    static let id = "response-cdf"

    /// - Parameter fromIncidents: true when the curves were computed from incidents.csv.
    static func make(_ curves: ResponseCurves, fromIncidents: Bool, context: ReportContext) -> ReportChart {
        let strings = context.strings
        let strategies = curves.strategies, cases = curves.cases
        // Cut the long tail: draw to a nice minute count by which every curve is at 90% of its height
        // (the tail of a remote district runs for days and would squeeze the first hours flat).
        let horizon = max(curves.horizon(fraction: 0.9), 1)
        let cut = NiceTicks(min: 0, max: horizon, count: 6).upper
        var drawn = curves.curves
        for i in drawn.indices { drawn[i].points = drawn[i].points.filter { $0.x <= cut } }
        let panels = cases.map { caseName in
            StepLineChart.Panel(title: context.caseLabel(caseName), series: drawn.filter { $0.caseName == caseName }.map { curve in
                StepLineChart.Series(name: curve.strategy, color: color(curve.strategy, strategies), points: curve.points)
            })
        }
        let source = fromIncidents ? strings.format(.cdfFromIncidents, ["n": "\(context.replications)"]) : strings[.cdfFromFile]
        let caption = strings.format(.cdfCaption, ["by": strings[cases.count > 1 ? .cdfByStrategyAndCase : .cdfByStrategy],
                                                   "source": source])
            + " " + strings.format(.cdfCaptionCut, ["minutes": context.numbers.string(cut, decimals: 0)])
        let text = ChartText(title: strings[.cdfTitle], caption: caption)
        let legend = Legend(items: strategies.map { Legend.Item(.line(color: color($0, strategies), dash: nil), $0) })
        var chart = StepLineChart(text: text, panels: panels, legend: legend, xTitle: strings[.cdfX], yTitle: strings[.cdfY],
                                  yDomain: (0, 1), xLabel: { context.numbers.string($0, decimals: 0) },
                                  yLabel: { context.percent($0, decimals: 0) })
        chart.idPrefix = id
        chart.references = AccessType.allCases.compactMap { access in
            guard let minutes = context.scenario.dispatch.responseTargetMinutes[access], minutes <= cut else { return nil }
            return .init(x: minutes, label: strings.format(.target, ["access": context.accessLabel(access).lowercased()]))
        }
        var csv = TidyCSV(columns: ["case", "strategy", "response_minutes", "share_within"])
        for curve in drawn {
            for point in curve.points {
                csv.text(curve.caseName); csv.text(curve.strategy); csv.number(point.x); csv.number(point.y)
                csv.endRow()
            }
        }
        let encoding = JSONValue.object([
            ("x", VegaLite.channel("response_minutes", "quantitative", title: strings[.cdfX])),
            ("y", VegaLite.channel("share_within", "quantitative", title: strings[.cdfY], [
                ("axis", .object([("format", .string("%"))])), ("scale", .object([("domain", .array([.number(0), .number(1)]))])),
            ])),
            ("color", VegaLite.channel("strategy", "nominal", title: nil,
                                       [("scale", VegaLite.scale(domain: strategies, range: strategies.map { color($0, strategies) }))])),
        ])
        let inner = JSONValue.object([("width", .number(360)), ("height", .number(220)),
                                      ("mark", VegaLite.mark("line", [("interpolate", .string("step-after"))])), ("encoding", encoding)])
        let spec = VegaLite.spec(id: id, text: text, numbers: ["response_minutes", "share_within"], body: [
            ("facet", VegaLite.channel("case", "nominal", title: nil, [("sort", .array(cases.map { .string($0) }))])),
            ("columns", .number(2)), ("spec", inner),
        ])
        return ReportChart(id: id, text: text, document: chart.document(), inline: chart.document(withText: false), csv: csv.bytes, vegaLite: spec)
    }

    static func color(_ strategy: String, _ strategies: [String]) -> String {
        Palette.color(strategies.firstIndex(of: strategy) ?? 0)
    }
}
