import Foundation
import Testing

/// End-to-end tests of the `siaga` executable: output, exit codes, and no partial output.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The built `siaga` next to the test bundle.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" { folder.deleteLastPathComponent() }
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("siaga")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/siaga")
    }

    func siaga(_ arguments: String...) throws -> Run { try siaga(arguments) }

    /// Runs the built `siaga` with `arguments` from the repository root.
    func siaga(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("siaga-cli-\(UUID().uuidString)").path
    }

    @Test func validatePrintsTheSummaryOfTheTinyScenario() throws {
        let run = try siaga("validate", "scenarios/tiny/scenario.yaml")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Polling stations (TPS)  8 in 2 kecamatan and 4 desa; 1,860 voters"))
        #expect(run.stdout.contains("deployable at fraction 2/3: 12; routine duty 6"))
        #expect(run.stdout.contains("Rp 50,000,000"))
        #expect(run.stdout.hasSuffix("Valid.\n"))
    }

    @Test func validateSummarisesKetapang() throws {
        let run = try siaga("validate", "scenarios/ketapang/scenario.yaml")
        #expect(run.status == 0)
        #expect(run.stdout.contains("1,752 in 20 kecamatan and 262 desa; 414,830 voters"))
        #expect(run.stdout.contains("deployable at fraction 2/3: 368; routine duty 184"))
        #expect(run.stdout.contains("Rp 1,227,895,000"))
    }

    @Test func missingFileExitsWith66AndNamesIt() throws {
        let run = try siaga("validate", "no/such/scenario.yaml")
        #expect(run.status == 66)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "siaga: no/such/scenario.yaml: error: expected an existing file, found no such file\n")
    }

    @Test func invalidDataExitsWith65WithLineAndColumn() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let tiny = Self.root.appendingPathComponent("scenarios/tiny").path
        for name in ["scenario.yaml", "tps.csv"] {
            try FileManager.default.copyItem(atPath: tiny + "/" + name, toPath: folder + "/" + name)
        }
        let yaml = try String(contentsOfFile: folder + "/scenario.yaml", encoding: .utf8)
            .replacingOccurrences(of: "reserve_personnel: 4", with: "reserve_personel: 4")
        try yaml.write(toFile: folder + "/scenario.yaml", atomically: true, encoding: .utf8)
        let run = try siaga("validate", folder + "/scenario.yaml")
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("siaga: \(folder)/scenario.yaml:30:3: error: force.reserve_personel: "))
        #expect(run.stderr.contains("did you mean 'reserve_personnel'?"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try siaga("validate").status == 64)
        #expect(try siaga("validate", "a.yaml", "--no-such-flag").status == 64)
        #expect(try siaga("frobnicate").status == 64)
    }

    @Test func generateIsDeterministicAndValid() throws {
        let a = temporaryFolder(), b = temporaryFolder()
        #expect(try siaga("generate", "--tps", "400", "--seed", "5", "--output", a).status == 0)
        #expect(try siaga("generate", "--tps", "400", "--seed", "5", "--output", b).status == 0)
        for name in ["scenario.yaml", "tps.csv", "posts.csv"] {
            let first = FileManager.default.contents(atPath: a + "/" + name)
            #expect(first != nil)
            #expect(first == FileManager.default.contents(atPath: b + "/" + name), "\(name) differs")
        }
        let run = try siaga("validate", a + "/scenario.yaml")
        #expect(run.status == 0)
        #expect(run.stdout.contains("400 in 4 kecamatan"))
    }

    @Test func generateRefusesToOverwriteAndLeavesNoPartialOutput() throws {
        // A private parent, so that other runs' staging folders in /tmp cannot confuse the check.
        let folder = temporaryFolder() + "/out"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "keep me".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let run = try siaga("generate", "--tps", "50", "--output", folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("pass --force to replace it"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".partial-") }.isEmpty)

        let bad = temporaryFolder()
        let badRun = try siaga("generate", "--tps", "0", "--output", bad)
        #expect(badRun.status == 64)
        #expect(badRun.stderr.contains("--tps: expected 1 to 2,000,000 polling stations"))
        #expect(!FileManager.default.fileExists(atPath: bad))
    }

    @Test func helpListsTheCommands() throws {
        let run = try siaga("--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("validate"))
        #expect(run.stdout.contains("generate"))
    }
}
