import Foundation
import Testing

/// End-to-end tests of `siaga plan`: the plan folder, the summary and the exit codes.
@Suite struct PlanCommandTests {
    /// The process helper shared with the other command-line suites.
    private let runner = CommandLineTests()
    static let root = CommandLineTests.root

    func siaga(_ arguments: String...) throws -> CommandLineTests.Run { try runner.siaga(arguments) }

    func temporaryFolder() -> String { runner.temporaryFolder() }

    @Test func doctrineOnTinyWritesThePlanFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try siaga("plan", "scenarios/tiny/scenario.yaml", "--strategy", "doctrine", "--output", folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == ["budget.csv", "guard_groups.csv", "plan-summary.json", "plan.json", "posts.csv", "tps_guards.csv", "vehicles.csv"])
        #expect(run.stdout.contains("Guards  8 police in 4 groups; 8 of 8 TPS guarded, 0 unguarded"))
        #expect(run.stdout.contains("Reserves  4: polres 4 (1 of 1 posts), polsek 0 (0 of 2 posts)"))
        #expect(run.stdout.contains("Deployed  12 of 12 deployable"))
        let json = try String(contentsOfFile: folder + "/plan.json", encoding: .utf8)
        #expect(json.contains("\"strategy\": \"doctrine\""))

        // Again without --force: refused, the folder untouched.
        let again = try siaga("plan", "scenarios/tiny/scenario.yaml", "--output", folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("pass --force to replace it"))
        #expect(try siaga("plan", "scenarios/tiny/scenario.yaml", "--output", folder, "--force").status == 0)
    }

    @Test func ketapangShowsTheGap() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try siaga("plan", "scenarios/ketapang/scenario.yaml", "--output", folder, "--scenarios", "8")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("160 police in 80 groups; 308 of 1,752 TPS guarded, 1,444 unguarded"))
        #expect(run.stdout.contains("1,444 TPS unguarded; 290 more police would guard them all"))
        #expect(run.stdout.contains("Deployed  225 of 368 deployable"))
        #expect(run.stdout.contains("Rp 1 million more on the allowance line is worth"))
        let budget = try String(contentsOfFile: folder + "/budget.csv", encoding: .utf8)
        #expect(budget.hasPrefix("line,planned_rupiah,allocated_rupiah,left_rupiah\nallowance,856710000,859526500,2816500\n"))
    }

    /// optimized on tiny: the summary's keys, the exported program, and the same bytes twice.
    @Test func optimizedWritesTheSummaryAndExportsTheProgram() throws {
        let folder = temporaryFolder(), mps = temporaryFolder() + ".mps"
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: mps) }
        let run = try siaga("plan", "scenarios/tiny/scenario.yaml", "--strategy", "optimized", "--output", folder,
                            "--scenarios", "12", "--seed", "5", "--export-lp", mps)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try String(contentsOfFile: folder + "/plan-summary.json", encoding: .utf8)
        for key in ["\"lp_objective\":", "\"integer_objective\":", "\"bound\":", "\"gap\":", "\"binding\":", "\"seed\": 5"] {
            #expect(json.contains(key), "\(key)")
        }
        let text = try String(contentsOfFile: mps, encoding: .utf8)
        #expect(text.hasPrefix("NAME siaga-deployment\nROWS\n N  unmet\n"))
        #expect(text.contains(" L  force\n"))
        #expect(run.stdout.contains("Exported the LP to \(mps)"))
        let solved = try siaga("solve", mps)
        #expect(solved.status == 0)
        let other = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: other) }
        #expect(try siaga("plan", "scenarios/tiny/scenario.yaml", "--strategy", "optimized", "--output", other,
                          "--scenarios", "12", "--seed", "5").status == 0)
        for name in ["guard_groups.csv", "tps_guards.csv", "posts.csv", "vehicles.csv", "budget.csv", "plan-summary.json"] {
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == FileManager.default.contents(atPath: other + "/" + name), "\(name)")
        }
    }

    @Test func aForceBelowTheMinimumExitsWith65AndWritesNothing() throws {
        let scenario = temporaryFolder()
        try FileManager.default.createDirectory(atPath: scenario, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scenario) }
        let yaml = try String(contentsOfFile: Self.root.appendingPathComponent("scenarios/tiny/scenario.yaml").path, encoding: .utf8)
        try yaml.replacingOccurrences(of: "{id: samapta, personnel: 12}", with: "{id: samapta, personnel: 3}")
            .write(toFile: scenario + "/scenario.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("scenarios/tiny/tps.csv").path, toPath: scenario + "/tps.csv")
        let folder = temporaryFolder()
        let run = try siaga("plan", scenario + "/scenario.yaml", "--strategy", "optimized", "--output", folder, "--scenarios", "4")
        #expect(run.status == 65)
        #expect(run.stderr.contains("the doctrine minimum needs 8 police"), "\(run.stderr)")
        #expect(run.stderr.contains("the deployable force is 6: short by 2 police"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func unknownStrategyIsAUsageError() throws {
        let folder = temporaryFolder()
        let run = try siaga("plan", "scenarios/tiny/scenario.yaml", "--strategy", "optimised", "--output", folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--strategy: expected one of doctrine, proportional, optimized, robust; found 'optimised'"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func badScenarioExitsWith66AndWritesNothing() throws {
        let folder = temporaryFolder()
        let run = try siaga("plan", "no/such/scenario.yaml", "--output", folder)
        #expect(run.status == 66)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}

/// `siaga compare` end to end on the tiny scenario.
@Suite struct CompareCommandTests {
    @Test func compareWritesItsTablesAndIsThreadIndependent() throws {
        let runner = CommandLineTests()
        let a = runner.temporaryFolder(), b = runner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let one = try runner.siaga("compare", "scenarios/tiny/scenario.yaml", "--strategies", "doctrine,proportional",
                                   "--contingencies", "flood,hoax-surge", "-r", "12", "--threads", "1", "--output", a)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("2 strategies x 3 cases x 12 replications"))
        let two = try runner.siaga("compare", "scenarios/tiny/scenario.yaml", "--strategies", "doctrine,proportional",
                                   "--contingencies", "flood,hoax-surge", "-r", "12", "--threads", "2", "--output", b)
        #expect(two.status == 0)
        let plans = ["doctrine", "proportional"].flatMap { s in Self.planFiles.map { "plans/\(s)/\($0)" } }
        for name in ["comparison.csv", "pairwise.csv", "ranking.csv", "response_cdf.csv", "findings.txt"] + plans {
            let first = FileManager.default.contents(atPath: a + "/" + name)
            #expect(first != nil && first == FileManager.default.contents(atPath: b + "/" + name), "\(name)")
        }
        let comparison = String(decoding: FileManager.default.contents(atPath: a + "/comparison.csv") ?? Data(), as: UTF8.self)
        #expect(comparison.hasPrefix("case,strategy,kpi,unit,replications,mean,mean_low,mean_high,p90,p90_low,p90_high\n"))
        #expect(comparison.contains("\nhoax-surge,doctrine,incidents,count,12,"))
        // response_cdf.csv: one curve per case and strategy, cases then strategies, same edges each.
        let cdf = String(decoding: FileManager.default.contents(atPath: a + "/response_cdf.csv") ?? Data(), as: UTF8.self)
        let rows = cdf.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(cdf.hasPrefix("case,strategy,response_minutes,share_within\n"))
        let curves = rows.map { "\($0[0]),\($0[1])" }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(curves == ["base,doctrine", "base,proportional", "flood,doctrine", "flood,proportional",
                           "hoax-surge,doctrine", "hoax-surge,proportional"])
        #expect(rows.count % 6 == 0 && rows.count / 6 >= 289)
        #expect(rows.allSatisfy { $0[3].isEmpty || (0...1).contains(Double($0[3])!) })
        let manifest = String(decoding: FileManager.default.contents(atPath: a + "/manifest.json") ?? Data(), as: UTF8.self)
        for name in ["response_cdf.csv"] + plans { #expect(manifest.contains("\"\(name)\""), "\(name) in the manifest") }
    }

    static let planFiles = ["guard_groups.csv", "tps_guards.csv", "posts.csv", "vehicles.csv", "plan.json", "budget.csv",
                            "plan-summary.json"]

    /// The plans compare simulated are those `siaga plan` writes, byte for byte (even when the
    /// environment asks OpenBLAS for more threads), and `siaga simulate` reads them back.
    @Test func compareWritesThePlansItSimulated() throws {
        let runner = CommandLineTests()
        let out = runner.temporaryFolder(), plan = runner.temporaryFolder(), sim = runner.temporaryFolder()
        defer { for f in [out, plan, sim] { try? FileManager.default.removeItem(atPath: f) } }
        let run = try runner.siaga("compare", "scenarios/tiny/scenario.yaml", "--strategies", "optimized,doctrine", "-r", "4",
                                   "--output", out)
        #expect(run.status == 0, "\(run.stderr)")
        for strategy in ["optimized", "doctrine"] {
            let folder = plan + "-" + strategy
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let made = try Self.siagaAskingTwoBLASThreads(["plan", "scenarios/tiny/scenario.yaml", "--strategy", strategy, "--output", folder])
            #expect(made == 0)
            for name in Self.planFiles {
                let expected = FileManager.default.contents(atPath: folder + "/" + name)
                #expect(expected != nil && expected == FileManager.default.contents(atPath: "\(out)/plans/\(strategy)/\(name)"),
                        "plans/\(strategy)/\(name)")
            }
        }
        let simulated = try runner.siaga("simulate", "scenarios/tiny/scenario.yaml", "--plan", out + "/plans/doctrine", "-r", "3",
                                         "--contingency", "flood", "--contingency", "hoax-surge", "--output", sim)
        #expect(simulated.status == 0, "\(simulated.stderr)")
        let cdf = String(decoding: FileManager.default.contents(atPath: sim + "/response_cdf.csv") ?? Data(), as: UTF8.self)
        #expect(cdf.hasPrefix("case,strategy,response_minutes,share_within\nflood+hoax-surge,doctrine,0,"))
        let manifest = String(decoding: FileManager.default.contents(atPath: sim + "/manifest.json") ?? Data(), as: UTF8.self)
        #expect(manifest.contains("\"response_cdf.csv\""))
    }

    /// Runs `siaga` with OPENBLAS_NUM_THREADS=2, which Siaga overrides (OpenBLAS
    /// is pinned to one thread, so the plan cannot depend on it); returns its exit status.
    static func siagaAskingTwoBLASThreads(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineTests.root
        process.environment = ProcessInfo.processInfo.environment.merging(["OPENBLAS_NUM_THREADS": "2"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func badStrategiesAndContingenciesAreRefused() throws {
        let runner = CommandLineTests()
        let out = runner.temporaryFolder()
        let unknown = try runner.siaga("compare", "scenarios/tiny/scenario.yaml", "--strategies", "doctrine,magic", "--output", out)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("found 'magic'"))
        let missing = try runner.siaga("compare", "scenarios/tiny/scenario.yaml", "--contingencies", "floood", "--output", out)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("did you mean 'flood'?"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
