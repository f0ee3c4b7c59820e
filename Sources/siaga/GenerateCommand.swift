import ArgumentParser
import Foundation
import Scenario
import Synthesis

/// `siaga generate`: write a synthetic district of any size, or the Ketapang reference.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a valid synthetic scenario (scenario.yaml, tps.csv, posts.csv) of any size.",
        discussion: """
        The same options and seed give the same files byte for byte. Force, fleet and budget are
        Ketapang's scaled by TPS / 1,752; kecamatan default to one per 113 TPS and the area to
        18 km² per TPS (both national 2024 ratios). --profile ketapang writes the reference
        district (its 20 real kecamatan, 1,752 TPS, 414,830 voters) and ignores the size options.
        """
    )

    @Option(help: "Polling stations (TPS) to generate (1 to 2,000,000).")
    var tps: Int = 1_752

    @Option(help: "Random seed; the same seed gives the same district.")
    var seed: UInt64 = 1

    @Option(help: "Folder to write; it must not exist or be empty unless --force is given.")
    var output: String

    @Option(help: "synthetic or ketapang.")
    var profile: String = "synthetic"

    @Option(help: "Kecamatan (default: one per 113 TPS).")
    var kecamatan: Int?

    @Option(name: .customLong("area-km2"), help: "Area in km² (default: 18 km² per TPS, at most 1,900,000).")
    var areaKm2: Double?

    @Option(help: "Share of TPS reached only by river (default 0.15).")
    var riverShare: Double = 0.15

    @Option(help: "Share of TPS that are remote (default 0.10).")
    var remoteShare: Double = 0.10

    @Option(help: "Share of TPS that are sangat rawan (default 16/1,752 as Ketapang).")
    var sangatRawanShare: Double = 16.0 / 1_752

    @Option(help: "Share of TPS that are rawan (default 79/1,752).")
    var rawanShare: Double = 79.0 / 1_752

    @Option(help: "Share of TPS that are khusus (default 3/1,752).")
    var khususShare: Double = 3.0 / 1_752

    @Flag(help: "Replace the output folder if it exists (wholesale: other files in it are removed).")
    var force = false

    func validate() throws {
        guard let chosen = GeneratorOptions.Profile(rawValue: profile) else {
            throw ValidationError("--profile: expected one of synthetic, ketapang; found '\(profile)'")
        }
        if chosen == .synthetic, let problem = options.problems().first {
            throw ValidationError("\(problem.option): expected \(problem.expected)")
        }
    }

    var options: GeneratorOptions {
        if profile == GeneratorOptions.Profile.ketapang.rawValue {
            var options = GeneratorOptions.ketapang
            options.seed = seed == 1 ? options.seed : seed
            return options
        }
        var options = GeneratorOptions()
        options.tps = tps
        options.seed = seed
        options.kecamatan = kecamatan
        options.areaKm2 = areaKm2
        options.riverShare = riverShare
        options.remoteShare = remoteShare
        options.sangatRawanShare = sangatRawanShare
        options.rawanShare = rawanShare
        options.khususShare = khususShare
        return options
    }

    func run() throws {
        let district = DistrictSynthesizer.generate(options)
        try reportingErrors {
            let folder = try AtomicFolder(output, replace: force)
            try folder.write("scenario.yaml", ScenarioTemplate.yaml(district))
            try folder.write("tps.csv", TableWriter.tpsCSV(district.tps, posts: district.posts))
            try folder.write("posts.csv", TableWriter.postsCSV(district.posts))
            try folder.commit()
        }
        let byCategory = district.tps.countByCategory()
        print("wrote \(output)/scenario.yaml, tps.csv (\(group(district.tps.count)) TPS, "
              + "\(group(byCategory[.sangatRawan] ?? 0)) sangat rawan, \(group(byCategory[.rawan] ?? 0)) rawan), posts.csv (\(group(district.posts.count)) posts)")
    }
}
