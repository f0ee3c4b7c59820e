import Charts
import Foundation
import Scenario

/// What to report on, and how.
public struct ReportOptions: Sendable {
    /// The run folder (`siaga simulate` or `siaga compare`).
    public var folder: String
    public var language: ReportLanguage
    /// The scenario, when it is no longer where the manifest says.
    public var scenarioPath: String?
    /// The plan folder of a simulate run, when it is no longer where the manifest says.
    public var planPath: String?
    /// Written in the page's footer.
    public var siagaVersion: String

    public init(folder: String, language: ReportLanguage = .en, scenarioPath: String? = nil, planPath: String? = nil,
                siagaVersion: String) {
        self.folder = folder
        self.language = language
        self.scenarioPath = scenarioPath
        self.planPath = planPath
        self.siagaVersion = siagaVersion
    }
}

/// A finished report: its files (not yet written) and what it holds.
public struct ReportOutput: Sendable {
    public var kind: RunFolder.Kind
    public var files: [ReportFile]
    /// Chart ids, in page order.
    public var charts: [String]
    /// Why charts were left out.
    public var notes: [String]
}

/// Builds the report of a run folder: reads the run, its scenario and plan, draws every chart,
/// and returns the files. Pure: it writes nothing, so the command line can write the folder
/// atomically, and the same run folder always gives the same bytes.
public enum ReportBuilder {
    /// - Throws: `ScenarioError` naming the file (and line and column, for CSV) of the first
    ///   missing or malformed input.
    public static func build(_ options: ReportOptions) throws -> ReportOutput {
        let folder = try RunFolder(path: options.folder)
        let strings = ReportStrings(options.language)
        let scenario = try Scenario.load(path: try locate(options.scenarioPath, recorded: folder.manifest.scenarioPath,
                                                          key: "scenario.path", option: "--scenario FILE", in: folder))
        var sections: [ReportSection] = []
        var files: [ReportFile] = []
        var facts = [(strings[.scenario], "\(scenario.name) (\(folder.manifest.scenarioPath))")]
        let layer: TPSLayer?, plan: DeploymentPlan?
        switch folder.kind {
        case .simulation:
            let planFolder = try locate(options.planPath, recorded: folder.manifest.planPath, key: "plan.path", option: "--plan DIR",
                                        in: folder)
            let loaded = try DeploymentPlan.load(folder: planFolder, scenario: scenario)
            let context = ReportContext(folder: folder, scenario: scenario, strings: strings, plan: loaded, planFolder: planFolder)
            let log = folder.has("incidents.csv")
                ? try IncidentLog(path: folder.file("incidents.csv"), timeline: scenario.timeline,
                                  targets: scenario.dispatch.responseTargetMinutes) : nil
            sections = try simulationSections(context, log: log)
            plan = loaded
            layer = TPSLayer(scenario: scenario, plan: loaded, log: log, replications: folder.manifest.replications)
            sections.append(.chart(DistrictMapChart.make(layer!, context: context, strategy: folder.manifest.planName ?? loaded.strategy)))
            facts.append((strings[.plan], folder.manifest.planName ?? loaded.strategy))
        case .comparison:
            let data = try ComparisonData(folder: folder)
            let baselinePlan = data.baseline.map { folder.file("plans/" + $0) }.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
            plan = try baselinePlan.map { try DeploymentPlan.load(folder: $0, scenario: scenario) }
            let context = ReportContext(folder: folder, scenario: scenario, strings: strings, plan: plan, planFolder: baselinePlan)
            sections = try comparisonSections(context, data: data)
            if let plan {
                layer = TPSLayer(scenario: scenario, plan: plan, log: nil, replications: folder.manifest.replications)
                sections.append(.chart(DistrictMapChart.make(layer!, context: context, strategy: data.baseline ?? plan.strategy)))
            } else {
                layer = nil
                sections.append(.note(strings.format(.mapMissingPlans, ["strategy": data.baseline ?? "?"])))
            }
            facts.append((strings[.strategies], data.strategies.joined(separator: ", ")))
        }
        let contingencies = ordered(folder.manifest.contingencies)
        facts += [(strings[.replications], "\(folder.manifest.replications)"), (strings[.seed], folder.manifest.seed),
                  (strings[.contingencies], contingencies.isEmpty ? strings[.none] : contingencies.joined(separator: ", ")),
                  (strings[.startedAt], folder.manifest.startedAt)]
        var layers: [String] = []
        if let layer {
            files.append(ReportFile(name: "tps.geojson", bytes: Array(GeoJSONWriter.tps(scenario, layer: layer).utf8)))
            layers.append("tps.geojson")
        }
        files.append(ReportFile(name: "posts.geojson", bytes: Array(GeoJSONWriter.posts(scenario, plan: plan).utf8)))
        layers.append("posts.geojson")
        for section in sections {
            switch section {
            case let .chart(chart):
                files.append(ReportFile(name: chart.id + ".svg", bytes: Array(chart.document.file.utf8)))
                files.append(ReportFile(name: chart.id + ".csv", bytes: chart.csv))
                files.append(ReportFile(name: chart.id + ".vl.json", bytes: Array((chart.vegaLite.pretty() + "\n").utf8)))
            case let .table(table): files.append(ReportFile(name: table.id + ".csv", bytes: table.csv))
            case .note: continue
            }
        }
        let page = HTMLPage(language: options.language, title: strings.format(.reportTitle, ["scenario": scenario.name]),
                            subtitle: strings[folder.kind == .simulation ? .simulationRun : .comparisonRun], facts: facts,
                            sections: sections, strings: strings, layers: layers,
                            footer: strings.format(.footer, ["version": options.siagaVersion,
                                                             "folder": URL(fileURLWithPath: options.folder).standardizedFileURL.lastPathComponent]))
        files.append(ReportFile(name: "report.html", bytes: Array(page.html.utf8)))
        let charts = sections.compactMap { if case let .chart(chart) = $0 { chart.id } else { nil } }
        let notes = sections.compactMap { if case let .note(text) = $0 { text } else { nil } }
        return ReportOutput(kind: folder.kind, files: files.sorted { $0.name < $1.name }, charts: charts, notes: notes)
    }

    static func simulationSections(_ context: ReportContext, log: IncidentLog?) throws -> [ReportSection] {
        let folder = context.folder, strings = context.strings
        var sections: [ReportSection] = []
        let strategy = folder.manifest.planName ?? context.plan?.strategy ?? "plan"
        if folder.has("response_cdf.csv") {
            sections.append(.chart(ResponseCDFChart.make(try ResponseCurves(path: folder.file("response_cdf.csv")), fromIncidents: false,
                                                         context: context)))
        } else if let log {
            let curves = ResponseCurves(curves: [log.curve(caseName: "base", strategy: strategy)])
            sections.append(.chart(ResponseCDFChart.make(curves, fromIncidents: true, context: context)))
        } else {
            sections.append(.note(strings[.cdfMissing]))
        }
        sections.append(.chart(AvailabilityChart.make(try HourlyTable(path: folder.file("timeseries.csv")), context: context)))
        let budgetFile = context.planFolder.map { RunFolder.join($0, "budget.csv") }
        let budget = try budgetFile.flatMap { FileManager.default.fileExists(atPath: $0) ? try PlanBudget(path: $0) : nil }
        sections.append(.chart(BudgetChart.make(summary: try SummaryTable(path: folder.file("summary.csv")), plan: budget,
                                                context: context)))
        if let log {
            sections.append(.chart(IncidentHoursChart.make(log, context: context)))
        } else {
            sections.append(.note(strings[.hoursMissing]))
        }
        return sections
    }

    static func comparisonSections(_ context: ReportContext, data: ComparisonData) throws -> [ReportSection] {
        let folder = context.folder, strings = context.strings
        var sections: [ReportSection] = []
        if folder.has("response_cdf.csv") {
            sections.append(.chart(ResponseCDFChart.make(try ResponseCurves(path: folder.file("response_cdf.csv")), fromIncidents: false,
                                                         context: context)))
        } else {
            sections.append(.note(strings[.cdfMissing]))
        }
        if let forest = PairedDifferencesChart.make(data, context: context) {
            sections.append(.chart(forest))
        } else {
            sections.append(.note(strings[.forestNoPairs]))
        }
        sections.append(.table(RankingTable.make(data, context: context)))
        return sections
    }

    /// The path of an input the manifest records: the command line's choice, else where the run
    /// found it (see `RunFolder.locate`).
    /// - Throws: `.unreadable` at manifest.json's key when it cannot be found, or `.invalid` when it is not recorded.
    static func locate(_ given: String?, recorded: String?, key: String, option: String, in folder: RunFolder) throws -> String {
        if let given { return given }
        let manifest = folder.file("manifest.json")
        guard let recorded else {
            throw ScenarioError(.invalid, at: SourceLocation(file: manifest), keyPath: key,
                                expected: "the path the run was made from (or pass \(option))", found: "no such key")
        }
        guard let found = folder.locate(recorded) else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: manifest), keyPath: key,
                                expected: "an existing path (or pass \(option))", found: "'\(recorded)': no such file or folder")
        }
        return found
    }
}
