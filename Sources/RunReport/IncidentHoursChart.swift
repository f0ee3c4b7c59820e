import Charts
import Foundation
import Reports

/// Incidents per replication by hour of day, stacked by phase (incidents.csv and the timeline).
enum IncidentHoursChart {
    static let id = "incidents-by-hour"

    static func make(_ log: IncidentLog, context: ReportContext) -> ReportChart {
        let strings = context.strings, replications = Double(context.replications)
        let phases = log.byPhaseHour.indices.filter { log.byPhaseHour[$0].contains { $0 > 0 } }
        let series = phases.map { p in
            BarChart.Series(name: context.phaseLabel(p), color: context.phaseColor(p),
                            values: log.byPhaseHour[p].map { Double($0) / replications })
        }
        let text = ChartText(title: strings[.hoursTitle], caption: strings.format(.hoursCaption, ["n": "\(context.replications)"]))
        let legend = Legend(items: series.map { Legend.Item(.box(color: $0.color, opacity: 1), $0.name) })
        var chart = BarChart(text: text, categories: (0..<24).map { String($0) }, series: series, mode: .stacked, legend: legend,
                             xTitle: strings[.hoursX], yTitle: strings[.hoursY],
                             yLabel: { context.numbers.string($0, decimals: PairedDifferencesChart.decimals($0)) })
        chart.idPrefix = id
        var csv = TidyCSV(columns: ["phase", "hour_of_day", "incidents_per_replication"])
        for p in phases {
            for hour in 0..<24 {
                csv.text(phaseId(p, context)); csv.int(hour); csv.number(Double(log.byPhaseHour[p][hour]) / replications)
                csv.endRow()
            }
        }
        let ids = phases.map { phaseId($0, context) }
        let spec = VegaLite.spec(id: id, text: text, numbers: ["hour_of_day", "incidents_per_replication"], body: [
            ("width", .number(640)), ("height", .number(280)), ("mark", VegaLite.mark("bar")),
            ("encoding", .object([
                ("x", VegaLite.channel("hour_of_day", "ordinal", title: strings[.hoursX])),
                ("y", VegaLite.channel("incidents_per_replication", "quantitative", title: strings[.hoursY],
                                       [("stack", .string("zero"))])),
                ("color", VegaLite.channel("phase", "nominal", title: nil, [("scale", VegaLite.scale(
                    domain: ids, range: phases.map { context.phaseColor($0) }))])),
                ("order", .object([("field", .string("phase_order")), ("type", .string("quantitative"))])),
            ])),
            ("transform", .array([.object([("calculate", .string("indexof(\(arrayLiteral(ids)), datum.phase)")),
                                           ("as", .string("phase_order"))])])),
        ])
        return ReportChart(id: id, text: text, document: chart.document(), inline: chart.document(withText: false), csv: csv.bytes, vegaLite: spec)
    }

    /// The phase id in the CSV; empty outside every phase (as in timeseries.csv).
    static func phaseId(_ index: Int, _ context: ReportContext) -> String {
        let phases = context.scenario.timeline.phases
        return index < phases.count ? phases[index].id : ""
    }

    /// A Vega expression array of strings: `['campaign','voting']`.
    static func arrayLiteral(_ values: [String]) -> String {
        "[" + values.map { "'" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }
            .joined(separator: ",") + "]"
    }
}
