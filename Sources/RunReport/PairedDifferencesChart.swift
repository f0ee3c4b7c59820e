import Charts
import Reports

/// The forest plot of a comparison: each strategy against the baseline (the first strategy) on the
/// headline KPIs, as relative paired differences with 95% intervals, one panel per case.
enum PairedDifferencesChart {
    static let id = "paired-differences"

    static func make(_ data: ComparisonData, context: ReportContext) -> ReportChart? {
        let strings = context.strings
        guard let baseline = data.baseline, data.strategies.count > 1 else { return nil }
        let others = Array(data.strategies.dropFirst())
        var index: [String: ComparisonData.Pair] = [:]
        for pair in data.pairs where pair.strategyB == baseline { index[pair.caseName + "\u{0}" + pair.kpi + "\u{0}" + pair.strategyA] = pair }
        var csv = TidyCSV(columns: ["case", "kpi", "strategy", "baseline", "replications", "relative_difference_percent",
                                   "relative_low_percent", "relative_high_percent", "better"])
        var panels: [ForestPlot.Panel] = []
        for caseName in data.cases {
            var rows: [ForestPlot.Row] = []
            for (kpi, label, _) in context.mainKPIs {
                for strategy in others {
                    let pair = index[caseName + "\u{0}" + kpi + "\u{0}" + strategy]
                    let (estimate, low, high) = (100 * (pair?.relative ?? .nan), 100 * (pair?.relativeLow ?? .nan),
                                                 100 * (pair?.relativeHigh ?? .nan))
                    rows.append(ForestPlot.Row(label: others.count == 1 ? label : "\(label): \(strategy)", group: kpi,
                                               estimate: estimate, low: low, high: high,
                                               color: ResponseCDFChart.color(strategy, data.strategies)))
                    csv.text(caseName); csv.text(kpi); csv.text(strategy); csv.text(baseline); csv.int(pair?.replications ?? 0)
                    csv.number(estimate); csv.number(low); csv.number(high); csv.text(pair?.better ?? "")
                    csv.endRow()
                }
            }
            panels.append(ForestPlot.Panel(title: context.caseLabel(caseName), rows: rows))
        }
        let text = ChartText(title: strings.format(.forestTitle, ["baseline": baseline]),
                             caption: strings.format(.forestCaption, ["baseline": baseline]))
        let legend = Legend(items: others.map { Legend.Item(.interval(color: ResponseCDFChart.color($0, data.strategies)), $0) })
        var plot = ForestPlot(text: text, panels: panels, legend: legend,
                              xTitle: strings.format(.forestX, ["baseline": baseline]), missing: strings[.forestMissingValue],
                              xLabel: { context.numbers.string($0, decimals: decimals($0)) + "%" })
        plot.idPrefix = id
        return ReportChart(id: id, text: text, document: plot.document(), inline: plot.document(withText: false), csv: csv.bytes,
                           vegaLite: spec(text: text, data: data, context: context))
    }

    /// Decimals that show a tick exactly (ticks are nice numbers).
    static func decimals(_ value: Double) -> Int {
        var d = 0, v = abs(value)
        while d < 4, (v - v.rounded()).magnitude > 1e-9 { v *= 10; d += 1 }
        return d
    }

    static func spec(text: ChartText, data: ComparisonData, context: ReportContext) -> JSONValue {
        let strings = context.strings, others = Array(data.strategies.dropFirst())
        let y = VegaLite.channel("kpi", "nominal", title: nil, [("sort", .array(context.mainKPIs.map { .string($0.kpi) }))])
        let color = VegaLite.channel("strategy", "nominal", title: nil, [("scale", VegaLite.scale(
            domain: others, range: others.map { ResponseCDFChart.color($0, data.strategies) }))])
        let x = VegaLite.channel("relative_difference_percent", "quantitative",
                                 title: strings.format(.forestX, ["baseline": data.baseline ?? ""]))
        let rule = JSONValue.object([("mark", VegaLite.mark("rule")), ("encoding", .object([
            ("x", VegaLite.channel("relative_low_percent", "quantitative")), ("x2", .object([("field", .string("relative_high_percent"))])),
            ("y", y), ("yOffset", VegaLite.channel("strategy", "nominal")), ("color", color),
        ]))])
        let point = JSONValue.object([("mark", VegaLite.mark("point", [("shape", .string("diamond")), ("filled", .bool(true))])),
                                      ("encoding", .object([("x", x), ("y", y), ("yOffset", VegaLite.channel("strategy", "nominal")),
                                                            ("color", color)]))])
        let zero = JSONValue.object([("mark", VegaLite.mark("rule", [("strokeDash", .array([.number(3), .number(3)]))])),
                                     ("encoding", .object([("x", .object([("datum", .number(0))]))]))])
        return VegaLite.spec(id: id, text: text, numbers: ["replications", "relative_difference_percent", "relative_low_percent",
                                                           "relative_high_percent"], body: [
            ("facet", .object([("row", VegaLite.channel("case", "nominal", title: nil,
                                                        [("sort", .array(data.cases.map { .string($0) }))]))])),
            ("spec", .object([("width", .number(560)), ("layer", .array([zero, rule, point]))])),
        ])
    }
}
