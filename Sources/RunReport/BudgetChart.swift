import Charts
import Reports
import Scenario

/// Budget by line: the scenario's allocation, the plan's expected spend (the plan folder's
/// budget.csv) and the simulated spend (summary.csv's spend_* KPIs) with its interval.
enum BudgetChart {
    static let id = "budget"
    /// Allocated sky blue, planned blue, spent vermillion.
    static let colors = [Palette.color(5), Palette.color(0), Palette.color(1)]
    static let measures = ["allocated", "planned", "spent"]

    static func make(summary: SummaryTable, plan: PlanBudget?, context: ReportContext) -> ReportChart {
        let strings = context.strings, budget = context.scenario.budget
        let allocatedKinds = Set(budget.lines.map(\.kind))
        struct Row { var kind: Budget.LineKind; var allocated: Double; var planned: Double; var spent: Estimate }
        let rows: [Row] = Budget.LineKind.allCases.compactMap { kind in
            let allocated = allocatedKinds.contains(kind) ? Double(budget.allocated(kind)) : .nan
            let planned = plan?.planned(kind.rawValue) ?? .nan
            let spent = summary["spend_\(kind.rawValue)_rupiah"] ?? Estimate(mean: .nan, low: .nan, high: .nan)
            let shown = [allocated, planned, spent.mean].contains { $0.isFinite && $0 > 0 }
            return shown ? Row(kind: kind, allocated: allocated, planned: planned, spent: spent) : nil
        }
        let million = 1_000_000.0
        let series = [
            BarChart.Series(name: strings[.budgetAllocated], color: colors[0], values: rows.map { $0.allocated / million }),
            BarChart.Series(name: strings[.budgetPlanned], color: colors[1], values: rows.map { $0.planned / million }),
            BarChart.Series(name: strings[.budgetSpent], color: colors[2], values: rows.map { $0.spent.mean / million },
                            low: rows.map { $0.spent.low / million }, high: rows.map { $0.spent.high / million }),
        ].filter { plan != nil || $0.color != colors[1] }
        let rupiah = { (value: Double) in context.numbers.string(value, decimals: 0) }
        let plannedTotal = plan?.planned("total") ?? .nan
        var caption = strings.format(.budgetCaption, [
            "n": "\(context.replications)", "allocated": rupiah(Double(budget.totalRupiah)), "planned": rupiah(plannedTotal),
            "spent": rupiah(summary["spend_total_rupiah"]?.mean ?? .nan),
        ])
        if plan == nil { caption += " " + strings[.budgetCaptionNoPlan] }
        let text = ChartText(title: strings[.budgetTitle], caption: caption)
        let legend = Legend(items: series.map { Legend.Item(.box(color: $0.color, opacity: 1), $0.name) })
        var chart = BarChart(text: text, categories: rows.map { label($0.kind, strings) }, series: series, mode: .grouped,
                             legend: legend, xTitle: nil, yTitle: strings[.budgetAxis],
                             yLabel: { context.numbers.string($0, decimals: PairedDifferencesChart.decimals($0)) })
        chart.idPrefix = id
        var csv = TidyCSV(columns: ["line", "measure", "rupiah", "rupiah_low", "rupiah_high"])
        for row in rows {
            for (measure, value, low, high) in [("allocated", row.allocated, Double.nan, Double.nan), ("planned", row.planned, .nan, .nan),
                                                ("spent", row.spent.mean, row.spent.low, row.spent.high)]
                where measure != "planned" || plan != nil {
                csv.text(row.kind.rawValue); csv.text(measure); csv.number(value); csv.number(low); csv.number(high)
                csv.endRow()
            }
        }
        return ReportChart(id: id, text: text, document: chart.document(), inline: chart.document(withText: false), csv: csv.bytes,
                           vegaLite: spec(text, lines: rows.map(\.kind.rawValue), context: context))
    }

    static func label(_ kind: Budget.LineKind, _ strings: ReportStrings) -> String {
        switch kind {
        case .allowance: strings[.lineAllowance]
        case .fuel: strings[.lineFuel]
        case .maintenance: strings[.lineMaintenance]
        case .bko: strings[.lineBKO]
        case .contingency: strings[.lineContingency]
        case .other: strings[.lineOther]
        }
    }

    static func spec(_ text: ChartText, lines: [String], context: ReportContext) -> JSONValue {
        let x = VegaLite.channel("line", "nominal", title: nil, [("sort", .array(lines.map { .string($0) }))])
        let offset = VegaLite.channel("measure", "nominal", title: nil, [("sort", .array(measures.map { .string($0) }))])
        let bars = JSONValue.object([("mark", VegaLite.mark("bar")), ("encoding", .object([
            ("x", x), ("xOffset", offset), ("y", VegaLite.channel("rupiah", "quantitative", title: "Rupiah")),
            ("color", VegaLite.channel("measure", "nominal", title: nil, [("scale", VegaLite.scale(domain: measures, range: colors))])),
        ]))])
        let whiskers = JSONValue.object([("mark", VegaLite.mark("rule")), ("encoding", .object([
            ("x", x), ("xOffset", offset), ("y", VegaLite.channel("rupiah_low", "quantitative")),
            ("y2", .object([("field", .string("rupiah_high"))])),
        ]))])
        return VegaLite.spec(id: id, text: text, numbers: ["rupiah", "rupiah_low", "rupiah_high"], body: [
            ("width", .number(640)), ("height", .number(280)), ("layer", .array([bars, whiskers])),
        ])
    }
}
