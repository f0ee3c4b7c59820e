import Foundation
import Testing
@testable import Scenario
@testable import Synthesis

/// Writes a generated district into a fresh temporary folder and returns the scenario path.
func writeDistrict(_ district: GeneratedDistrict) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("siaga-gen-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(ScenarioTemplate.yaml(district).utf8).write(to: URL(fileURLWithPath: folder + "/scenario.yaml"))
    try Data(TableWriter.tpsCSV(district.tps, posts: district.posts)).write(to: URL(fileURLWithPath: folder + "/tps.csv"))
    try Data(TableWriter.postsCSV(district.posts)).write(to: URL(fileURLWithPath: folder + "/posts.csv"))
    return folder + "/scenario.yaml"
}

@Suite struct GeneratorTests {
    @Test(arguments: [1, 7, 113, 2_000, 25_000])
    func generatedScenarioLoadsWithTheRequestedCounts(tps: Int) throws {
        var options = GeneratorOptions()
        options.tps = tps
        options.seed = UInt64(tps)
        let district = DistrictSynthesizer.generate(options)
        let scenario = try Scenario.load(path: writeDistrict(district))
        #expect(scenario.tps.count == tps)
        let categories = scenario.tps.countByCategory()
        #expect(categories[.sangatRawan, default: 0] == Int((Double(tps) * 16 / 1_752).rounded()))
        #expect(categories[.rawan, default: 0] == Int((Double(tps) * 79 / 1_752).rounded()))
        #expect(categories[.khusus, default: 0] == Int((Double(tps) * 3 / 1_752).rounded()))
        #expect(scenario.tps.totalVoters == 237 * tps)
        #expect(scenario.tps.voters.allSatisfy { $0 <= 300 })
        let kecamatan = max(1, Int((Double(tps) / 113).rounded()))
        #expect(scenario.tps.kecamatanNames.count == kecamatan)
        #expect(scenario.posts.filter { $0.kind == .polsek }.count == kecamatan)
        #expect(scenario.posts.filter { $0.kind == .ppk }.count == kecamatan)
        #expect(scenario.posts.filter { $0.kind == .polres }.count == max(1, Int((Double(tps) / 1_752).rounded())))
        // Remote TPS are the requested share of all TPS (rounded), never more.
        let remote = scenario.tps.countByAccess()[.remote, default: 0]
        #expect(remote <= Int((Double(tps) * 0.10).rounded()))
        // Force, fleet and budget scale with the TPS count and stay valid (deployable covers the reserve).
        #expect(scenario.force.reservePersonnel <= scenario.force.deployablePersonnel)
        #expect(scenario.force.tniPersonnel <= scenario.force.tniCap)
    }

    @Test func sameOptionsGiveTheSameBytesAndAnotherSeedDoesNot() {
        var options = GeneratorOptions()
        options.tps = 3_000
        options.seed = 11
        let first = DistrictSynthesizer.generate(options), second = DistrictSynthesizer.generate(options)
        #expect(TableWriter.tpsCSV(first.tps, posts: first.posts) == TableWriter.tpsCSV(second.tps, posts: second.posts))
        #expect(ScenarioTemplate.yaml(first) == ScenarioTemplate.yaml(second))
        options.seed = 12
        let other = DistrictSynthesizer.generate(options)
        #expect(TableWriter.tpsCSV(first.tps, posts: first.posts) != TableWriter.tpsCSV(other.tps, posts: other.posts))
    }

    /// The committed reference scenario is exactly what `siaga generate --profile ketapang` writes,
    /// so anyone can regenerate it and see how every number was made.
    @Test func committedKetapangIsReproducible() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scenarios/ketapang").standardized.path
        let district = DistrictSynthesizer.generate(.ketapang)
        let yaml = try String(contentsOfFile: folder + "/scenario.yaml", encoding: .utf8)
        #expect(yaml == ScenarioTemplate.yaml(district))
        let tps = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/tps.csv")))
        #expect(tps == TableWriter.tpsCSV(district.tps, posts: district.posts))
        let posts = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/posts.csv")))
        #expect(posts == TableWriter.postsCSV(district.posts))
    }

    @Test func ketapangHasItsSourcedFigures() {
        let district = DistrictSynthesizer.generate(.ketapang)
        #expect(district.tps.count == 1_752)
        #expect(district.voters == 414_830)
        #expect(district.tps.kecamatanNames.count == 20)
        #expect(district.tps.desaNames.count == 262)
        let categories = district.tps.countByCategory()
        #expect(categories == [.kurangRawan: 1_654, .rawan: 79, .sangatRawan: 16, .khusus: 3])
    }

    @Test func apportionIsExactAndProportional() {
        #expect(DistrictSynthesizer.apportion(10, weights: [1, 1, 1], minimum: 0) == [4, 3, 3])
        #expect(DistrictSynthesizer.apportion(552, weights: [140, 55, 40, 55, 25, 30, 110, 97], minimum: 0)
                == [140, 55, 40, 55, 25, 30, 110, 97])
        #expect(DistrictSynthesizer.apportion(5, weights: [100, 1, 1], minimum: 1) == [3, 1, 1])
        #expect(DistrictSynthesizer.apportion(7, weights: [0.5, 0.25, 0.25], minimum: 0).reduce(0, +) == 7)
    }

    @Test func fixedFormattingRoundsHalfAwayAndDropsNegativeZero() {
        func fixed(_ value: Double, _ decimals: Int) -> String {
            var out: [UInt8] = []
            TableWriter.appendFixed(&out, value, decimals: decimals)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(fixed(110.4, 5) == "110.40000")
        #expect(fixed(-1.830124, 5) == "-1.83012")
        #expect(fixed(-0.000004, 5) == "0.00000")
        #expect(fixed(0.0005, 3) == "0.001")
    }

    @Test func badOptionsAreReported() {
        var options = GeneratorOptions()
        options.tps = 0
        #expect(options.problems().map(\.option) == ["--tps"])
        options.tps = 10
        options.riverShare = 0.95
        options.remoteShare = 0.1
        #expect(options.problems().map(\.option) == ["--river-share"])
    }
}
