import ArgumentParser
import Foundation
import RunReport

/// `siaga report RUN_FOLDER`: charts, maps and an HTML page from a simulate or compare folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write charts, map layers and an HTML report from a simulate or compare folder.",
        discussion: """
        Reads a `siaga simulate` folder (summary.csv, timeseries.csv, incidents.csv, manifest.json)
        or a `siaga compare` folder (comparison.csv, pairwise.csv, ranking.csv, manifest.json), with
        the scenario and plan its manifest names, and writes one folder atomically (default
        RUN_FOLDER/report): report.html (self-contained: inline SVG and CSS, nothing fetched), and
        for each chart <chart>.svg, <chart>.csv (the data drawn) and <chart>.vl.json (a Vega-Lite v5
        spec over that CSV), plus tps.geojson and posts.geojson (docs/outputs.md). Charts: cumulative
        curves of response times; paired differences against the baseline (compare); reserves and
        vehicles over time, budget against plan, incidents by phase and hour (simulate); the
        district map. --lang id writes every word in Bahasa Indonesia. The same run folder gives
        byte-identical files. A missing or malformed input is one line naming the file (and line
        and column), exit 66 or 65, and no output.
        """
    )

    @Argument(help: "A folder written by `siaga simulate` or `siaga compare`.")
    var runFolder: String

    @Option(help: "Language of labels, titles and captions: en or id (Bahasa Indonesia).")
    var lang: String = "en"

    @Option(help: "Folder to write (default: RUN_FOLDER/report); it must not exist or be empty unless --force is given.")
    var output: String?

    @Option(help: "The scenario's YAML main file, if it is no longer where the run's manifest says.")
    var scenario: String?

    @Option(help: "The plan folder of a simulate run, if it is no longer where the run's manifest says.")
    var plan: String?

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    func validate() throws {
        guard ReportLanguage(rawValue: lang) != nil else {
            throw ValidationError("--lang: expected en or id, found '\(lang)'")
        }
    }

    func run() throws {
        let destination = output ?? (runFolder.hasSuffix("/") ? runFolder + "report" : runFolder + "/report")
        let options = ReportOptions(folder: runFolder, language: ReportLanguage(rawValue: lang)!, scenarioPath: scenario,
                                    planPath: plan, siagaVersion: Siaga.version)
        let report = try reportingErrors {
            let report = try ReportBuilder.build(options)
            let folder = try AtomicFolder(destination, replace: force)
            for file in report.files { try folder.write(file.name, file.bytes) }
            try folder.commit()
            return report
        }
        var text = "Report of a \(report.kind == .simulation ? "simulate" : "compare") folder: \(report.charts.count) charts "
        text += "(\(report.charts.joined(separator: ", "))), \(report.files.count) files.\n"
        for note in report.notes { text += "Note: \(note)\n" }
        text += "Open \(destination)/report.html\n"
        print(text, terminator: "")
    }
}
