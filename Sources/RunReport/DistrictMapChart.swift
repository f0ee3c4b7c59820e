import Charts
import Reports
import Scenario

/// The district map: TPS coloured by coverage (guarded or not by the plan) or, when the run has
/// an incident log, by late or unanswered incidents per replication; shaped by access type;
/// posts as stars.
enum DistrictMapChart {
    static let id = "map"
    static let guardedColor = Palette.color(2)
    static let unguardedColor = Palette.color(1)
    static let postColor = Palette.color(0)
    static let shapes: [AccessType: MarkerShape] = [.road: .circle, .river: .triangle, .remote: .diamond]

    /// Colour classes for late incidents per replication: zero, then the intervals between nice ticks.
    struct LateClasses {
        let edges: [Double]
        let decimals: Int

        init(maximum: Double) {
            let ticks = NiceTicks(min: 0, max: max(maximum, 1e-6), count: min(Palette.sequential.count + 1, 6))
            edges = ticks.values
            decimals = ticks.decimals
        }

        /// Index into `colors`: 0 for none, then 1... by interval (lower end excluded).
        func index(_ value: Double) -> Int {
            guard value > 0 else { return 0 }
            return min(edges.firstIndex { value <= $0 } ?? edges.count - 1, edges.count - 1)
        }

        var colors: [String] {
            let n = edges.count - 1
            return [Palette.neutral] + (0..<n).map { Palette.sequential[n == 1 ? 0 : $0 * (Palette.sequential.count - 1) / (n - 1)] }
        }

        /// `0`, `≤ 0.2`, `0.2–0.4`, ...
        func labels(_ numbers: NumberText) -> [String] {
            let text = { numbers.string(edges[$0], decimals: decimals) }
            return ["0"] + (1..<edges.count).map { $0 == 1 ? "≤ " + text(1) : text($0 - 1) + "–" + text($0) }
        }
    }

    static func make(_ layer: TPSLayer, context: ReportContext, strategy: String) -> ReportChart {
        let strings = context.strings, scenario = context.scenario, tps = scenario.tps
        let size = tps.count > 400 ? 5.5 : 9.0
        let late = layer.hasIncidents ? LateClasses(maximum: layer.latePerReplication.compactMap { $0 }.max() ?? 0) : nil
        func fill(_ i: Int) -> String {
            if let late { return late.colors[late.index(layer.latePerReplication[i] ?? 0)] }
            return layer.guards[i] > 0 ? guardedColor : unguardedColor
        }
        let points = (0..<tps.count).map { i in
            PointMap.Point(longitude: tps.longitude[i], latitude: tps.latitude[i], shape: shapes[tps.access[i]]!, fill: fill(i), size: size)
        }
        let posts = scenario.posts.map { PointMap.Point(longitude: $0.longitude, latitude: $0.latitude, shape: .star, fill: postColor, size: 13) }
        let colors: Legend
        if let late {
            colors = Legend(title: strings[.lateLegend], items: zip(late.colors, late.labels(context.numbers)).map {
                Legend.Item(.box(color: $0.0, opacity: 1), $0.1)
            })
        } else {
            colors = Legend(items: [Legend.Item(.box(color: guardedColor, opacity: 1), strings[.guardedTPS]),
                                    Legend.Item(.box(color: unguardedColor, opacity: 1), strings[.unguardedTPS])])
        }
        let shapeLegend = Legend(items: AccessType.allCases.map {
            Legend.Item(.marker(Self.shapes[$0]!, fill: Palette.neutral, size: 9), "TPS: " + context.accessLabel($0).lowercased())
        } + [Legend.Item(.marker(.star, fill: postColor, size: 11), strings[.post])])
        let guarded = layer.guards.filter { $0 > 0 }.count
        let targets = scenario.dispatch.responseTargetMinutes
        let minutes = { (a: AccessType) in context.numbers.string(targets[a] ?? .nan, decimals: 0) }
        let caption = late == nil
            ? strings.format(.mapCaptionCoverage, ["tps": context.numbers.string(Double(tps.count), decimals: 0), "strategy": strategy,
                                                   "guarded": context.numbers.string(Double(guarded), decimals: 0),
                                                   "posts": "\(scenario.posts.count)"])
            : strings.format(.mapCaptionLate, ["tps": context.numbers.string(Double(tps.count), decimals: 0), "strategy": strategy,
                                               "road": minutes(.road), "river": minutes(.river), "remote": minutes(.remote),
                                               "unguarded": context.numbers.string(Double(tps.count - guarded), decimals: 0),
                                               "posts": "\(scenario.posts.count)"])
        let text = ChartText(title: strings[.mapTitle], caption: caption)
        var map = PointMap(text: text, layers: [points, posts], legends: [colors, shapeLegend],
                           scaleLabel: { km in
                               strings.format(.scaleKilometres, ["km": context.numbers.string(km, decimals: PairedDifferencesChart.decimals(km))])
                           })
        map.north = strings[.north]
        map.idPrefix = id
        var csv = TidyCSV(columns: ["layer", "id", "kind", "longitude", "latitude", "access", "guarded", "late_per_replication"])
        for i in 0..<tps.count {
            csv.text("tps"); csv.text(tps.ids[i]); csv.text(tps.category[i].rawValue); csv.number(tps.longitude[i]); csv.number(tps.latitude[i])
            csv.text(tps.access[i].rawValue); csv.int(layer.guards[i] > 0 ? 1 : 0); csv.number(layer.latePerReplication[i] ?? .nan)
            csv.endRow()
        }
        for post in scenario.posts {
            csv.text("post"); csv.text(post.id); csv.text(post.kind.rawValue); csv.number(post.longitude); csv.number(post.latitude)
            csv.text(post.access.rawValue); csv.text(""); csv.text("")
            csv.endRow()
        }
        return ReportChart(id: id, text: text, document: map.document(), inline: map.document(withText: false), csv: csv.bytes,
                           vegaLite: spec(text, late: late != nil, context: context))
    }

    static func spec(_ text: ChartText, late: Bool, context: ReportContext) -> JSONValue {
        let strings = context.strings
        let shape = VegaLite.channel("access", "nominal", title: nil, [("scale", VegaLite.scale(
            domain: AccessType.allCases.map(\.rawValue), range: ["circle", "triangle-up", "diamond"]))])
        let color: JSONValue = late
            ? VegaLite.channel("late_per_replication", "quantitative", title: strings[.lateLegend],
                               [("scale", .object([("scheme", .string("viridis")), ("reverse", .bool(true))]))])
            : VegaLite.channel("guarded", "nominal", title: nil,
                               [("scale", VegaLite.scale(domain: ["1", "0"], range: [guardedColor, unguardedColor]))])
        let tps = JSONValue.object([
            ("transform", .array([.object([("filter", .string("datum.layer == 'tps'"))])])),
            ("mark", VegaLite.mark("point", [("filled", .bool(true)), ("size", .number(30))])),
            ("encoding", .object([("longitude", VegaLite.channel("longitude", "quantitative")),
                                  ("latitude", VegaLite.channel("latitude", "quantitative")), ("shape", shape), ("color", color)])),
        ])
        let posts = JSONValue.object([
            ("transform", .array([.object([("filter", .string("datum.layer == 'post'"))])])),
            ("mark", VegaLite.mark("point", [("shape", .string("cross")), ("filled", .bool(true)), ("size", .number(120)),
                                             ("color", .string(postColor))])),
            ("encoding", .object([("longitude", VegaLite.channel("longitude", "quantitative")),
                                  ("latitude", VegaLite.channel("latitude", "quantitative"))])),
        ])
        return VegaLite.spec(id: id, text: text, numbers: ["longitude", "latitude", "late_per_replication"], body: [
            ("width", .number(640)), ("height", .number(560)), ("projection", .object([("type", .string("equirectangular"))])),
            ("layer", .array([tps, posts])),
        ])
    }
}

/// The plan and results per TPS, shared by the map and the GeoJSON layer.
struct TPSLayer {
    /// Police of the guard group at each TPS (0: unguarded), and the group's id.
    var guards: [Int]
    var groups: [String?]
    var hasIncidents: Bool
    var incidentsPerReplication: [Double?]
    var latePerReplication: [Double?]
    var responseMeanMinutes: [Double?]

    init(scenario: Scenario, plan: DeploymentPlan, log: IncidentLog?, replications: Int) {
        let n = scenario.tps.count
        guards = (0..<n).map { i in
            let g = i < plan.tpsGuardGroup.count ? Int(plan.tpsGuardGroup[i]) : -1
            return g >= 0 ? plan.guardGroups[g].police : 0
        }
        groups = (0..<n).map { i in
            let g = i < plan.tpsGuardGroup.count ? Int(plan.tpsGuardGroup[i]) : -1
            return g >= 0 ? plan.guardGroups[g].id : nil
        }
        hasIncidents = log != nil
        let r = Double(max(replications, 1))
        let tallies = (0..<n).map { log?.tps[scenario.tps.ids[$0]] ?? (log == nil ? nil : IncidentLog.SiteTally()) }
        incidentsPerReplication = tallies.map { $0.map { Double($0.incidents) / r } }
        latePerReplication = tallies.map { $0.map { Double($0.late) / r } }
        responseMeanMinutes = tallies.map { tally in
            guard let tally, tally.answered > 0 else { return nil }
            return tally.responseMinutesSum / Double(tally.answered)
        }
    }
}
