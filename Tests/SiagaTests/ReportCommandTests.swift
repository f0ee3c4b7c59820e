import Foundation
import Testing

/// End-to-end tests of `siaga report`: a simulate folder of the tiny scenario reported in both
/// languages, and bad run folders that give one line, the right exit code and no output folder.
@Suite struct ReportCommandTests {
    private let runner = CommandLineTests()

    func siaga(_ arguments: String...) throws -> CommandLineTests.Run { try runner.siaga(arguments) }

    /// Plans and simulates the tiny scenario into a new folder; returns the simulate folder.
    func simulation() throws -> String {
        let base = runner.temporaryFolder()
        #expect(try siaga("plan", "scenarios/tiny/scenario.yaml", "--output", base + "/plan").status == 0)
        let run = try siaga("simulate", "scenarios/tiny/scenario.yaml", "--plan", base + "/plan", "-r", "4", "--threads", "1",
                            "--output", base + "/sim")
        #expect(run.status == 0, "\(run.stderr)")
        return base + "/sim"
    }

    @Test func reportsASimulationInBothLanguages() throws {
        let folder = try simulation()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let run = try siaga("report", folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("5 charts (response-cdf, availability, budget, incidents-by-hour, map)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/report")
        #expect(files.contains("report.html") && files.contains("tps.geojson") && files.contains("map.vl.json"))
        let english = try Data(contentsOf: URL(fileURLWithPath: folder + "/report/report.html"))

        // Again without --force: refused (73), the folder untouched; with --force in Indonesian.
        #expect(try siaga("report", folder).status == 73)
        let other = runner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: other) }
        #expect(try siaga("report", folder, "--lang", "id", "--output", other).status == 0)
        let indonesian = try String(contentsOfFile: other + "/report.html", encoding: .utf8)
        #expect(indonesian.contains("Distribusi kumulatif waktu respons"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/report/report.html")) == english)

        // The same run folder gives the same bytes.
        #expect(try siaga("report", folder, "--force").status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/report/report.html")) == english)
    }

    @Test func badLanguageIsAUsageError() throws {
        let run = try siaga("report", "somewhere", "--lang", "fr")
        #expect(run.status == 64)
        #expect(run.stderr.contains("--lang: expected en or id, found 'fr'"))
    }

    @Test func missingFileExits66WithNoOutput() throws {
        let folder = try simulation()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try FileManager.default.removeItem(atPath: folder + "/timeseries.csv")
        let run = try siaga("report", folder)
        #expect(run.status == 66)
        #expect(run.stderr == "siaga: \(folder)/timeseries.csv: error: expected an existing file (a siaga simulate folder has it), found no such file\n")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/report"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty)
    }

    @Test func malformedCSVExits65NamingFileAndLine() throws {
        let folder = try simulation()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        var lines = try String(contentsOfFile: folder + "/timeseries.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        lines[4] = lines[4].replacingOccurrences(of: ",", with: ";")
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/timeseries.csv", atomically: true, encoding: .utf8)
        let run = try siaga("report", folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("siaga: \(folder)/timeseries.csv:5:1: error: expected 8 fields, as in the header"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/report"))
    }
}
