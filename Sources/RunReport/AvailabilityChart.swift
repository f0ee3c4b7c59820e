import Charts
import Reports

/// Idle reserves and vehicles in working order through the operation (timeseries.csv), over
/// bands for the phases of the timeline.
enum AvailabilityChart {
    static let id = "availability"
    /// Reserves blue, vehicles vermillion: strong Okabe-Ito colours over the light phase bands.
    static let lineColors = [Palette.color(0), Palette.color(1)]

    static func make(_ hourly: HourlyTable, context: ReportContext) -> ReportChart {
        let strings = context.strings, timeline = context.scenario.timeline
        let days = hourly.rows.map { (timeline.startMinute + Double($0.hour) * 60) / 1440 }
        let reserves = zip(days, hourly.rows).map { (x: $0, y: $1.idleReserves) }
        let vehicles = zip(days, hourly.rows).map { (x: $0, y: $1.workingVehicles) }
        let bands = timeline.phases.indices.map { i in
            TimeSeriesChart.Band(start: timeline.phases[i].startMinute / 1440, end: timeline.phases[i].endMinute / 1440,
                                 label: context.phaseLabel(i), color: context.phaseColor(i))
        }
        let (reservesColor, vehiclesColor) = (lineColors[0], lineColors[1])
        let panels = [
            TimeSeriesChart.Panel(title: strings[.reservesPanel], yTitle: strings[.reservesUnit],
                                  series: [.init(name: strings[.reservesPanel], color: reservesColor, points: reserves)]),
            TimeSeriesChart.Panel(title: strings[.vehiclesPanel], yTitle: strings[.vehiclesUnit],
                                  series: [.init(name: strings[.vehiclesPanel], color: vehiclesColor, points: vehicles)]),
        ]
        let text = ChartText(title: strings[.availabilityTitle],
                             caption: strings.format(.availabilityCaption, ["n": "\(context.replications)"]))
        let legend = Legend(items: bands.map { Legend.Item(.box(color: $0.color, opacity: TimeSeriesChart.bandOpacity * 2), $0.label) })
        var chart = TimeSeriesChart(text: text, panels: panels, bands: bands, legend: legend, xTitle: strings[.daysAxis],
                                    xLabel: context.dayLabel, yLabel: { context.numbers.string($0, decimals: PairedDifferencesChart.decimals($0)) })
        chart.idPrefix = id
        chart.xMinimumStep = 1
        var csv = TidyCSV(columns: ["hour", "time", "days_from_h0", "phase", "idle_reserves_persons", "working_vehicles_count"])
        for (row, day) in zip(hourly.rows, days) {
            csv.int(row.hour); csv.text(row.time); csv.number(day); csv.text(row.phase)
            csv.number(row.idleReserves); csv.number(row.workingVehicles)
            csv.endRow()
        }
        return ReportChart(id: id, text: text, document: chart.document(), inline: chart.document(withText: false), csv: csv.bytes,
                           vegaLite: spec(text, context: context))
    }

    static func spec(_ text: ChartText, context: ReportContext) -> JSONValue {
        let strings = context.strings, phases = context.scenario.timeline.phases
        let x = VegaLite.channel("days_from_h0", "quantitative", title: strings[.daysAxis])
        let bands = JSONValue.object([
            ("transform", .array([.object([("aggregate", .array([
                .object([("op", .string("min")), ("field", .string("days_from_h0")), ("as", .string("start"))]),
                .object([("op", .string("max")), ("field", .string("days_from_h0")), ("as", .string("end"))]),
            ])), ("groupby", .array([.string("phase")]))])])),
            ("mark", VegaLite.mark("rect", [("opacity", .number(TimeSeriesChart.bandOpacity))])),
            ("encoding", .object([("x", VegaLite.channel("start", "quantitative")), ("x2", .object([("field", .string("end"))])),
                                  ("color", VegaLite.channel("phase", "nominal", title: nil, [("scale", VegaLite.scale(
                                      domain: phases.map(\.id), range: phases.indices.map { context.phaseColor($0) }))]))])),
        ])
        func panel(_ field: String, _ title: String, _ unit: String, _ color: String) -> JSONValue {
            let line = JSONValue.object([("mark", VegaLite.mark("line", [("color", .string(color))])), ("encoding", .object([
                ("x", x), ("y", VegaLite.channel(field, "quantitative", title: unit)),
            ]))])
            return .object([("title", .string(title)), ("width", .number(720)), ("height", .number(160)),
                            ("layer", .array([bands, line]))])
        }
        return VegaLite.spec(id: id, text: text, numbers: ["hour", "days_from_h0", "idle_reserves_persons", "working_vehicles_count"],
                             body: [("vconcat", .array([
                                 panel("idle_reserves_persons", strings[.reservesPanel], strings[.reservesUnit], lineColors[0]),
                                 panel("working_vehicles_count", strings[.vehiclesPanel], strings[.vehiclesUnit], lineColors[1]),
                             ]))])
    }
}
