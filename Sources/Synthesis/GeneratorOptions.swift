/// What `siaga generate` makes: a synthetic district of any size, or the Ketapang reference.
public struct GeneratorOptions: Sendable, Hashable {
    /// Which district to build.
    public enum Profile: String, CaseIterable, Sendable {
        /// A plausible synthetic district; every figure scaled from Ketapang's by `tps / 1,752`.
        case synthetic
        /// Kabupaten Ketapang: its 20 real kecamatan, 1,752 TPS, 414,830 voters, sourced figures.
        case ketapang
    }

    public var profile: Profile = .synthetic
    /// Polling stations.
    public var tps: Int = 1_752
    public var seed: UInt64 = 1
    /// Kecamatan; nil means one per 113 TPS (national 2024: 7,277 kecamatan for 820,161 TPS).
    public var kecamatan: Int?
    /// Area, km²; nil means 18 km² per TPS (Ketapang: 31,588 km² for 1,752 TPS), at most 1.9 million.
    public var areaKm2: Double?
    /// Share of TPS that are sangat rawan, rawan and khusus (Kalbar 2024: 0.9%, 4.5%; 3 of 1,752 khusus).
    public var sangatRawanShare: Double = 16.0 / 1_752
    public var rawanShare: Double = 79.0 / 1_752
    public var khususShare: Double = 3.0 / 1_752
    /// Share of TPS reached only by river.
    public var riverShare: Double = 0.15
    /// Share of TPS that are remote (hard to reach by road).
    public var remoteShare: Double = 0.10
    /// Centre of the district, degrees (Ketapang: about 1.85 S, 110.4 E).
    public var centreLatitude: Double = -1.85
    public var centreLongitude: Double = 110.4

    public init() {}

    /// Ketapang's reference options: 1,752 TPS with the baseline vulnerability split.
    public static var ketapang: GeneratorOptions {
        var options = GeneratorOptions()
        options.profile = .ketapang
        options.tps = 1_752
        options.seed = 20_240_214
        options.kecamatan = 20
        options.areaKm2 = 31_588
        return options
    }

    /// Kecamatan to generate.
    public var kecamatanCount: Int { kecamatan ?? max(1, Int((Double(tps) / 113).rounded())) }

    /// Area to generate, km².
    public var area: Double { areaKm2 ?? min(1_900_000, max(50, 18 * Double(tps))) }

    /// The factor every force, fleet and budget figure is scaled by: `tps / 1,752`.
    public var scale: Double { Double(tps) / 1_752 }

    /// Problems with the options, as (flag, expected) pairs; empty when they are usable.
    public func problems() -> [(option: String, expected: String)] {
        var result: [(String, String)] = []
        if !(1...2_000_000).contains(tps) { result.append(("--tps", "1 to 2,000,000 polling stations")) }
        if let kecamatan, !(1...max(1, tps)).contains(kecamatan) { result.append(("--kecamatan", "1 to the number of TPS")) }
        if let areaKm2, !(areaKm2.isFinite && areaKm2 >= 1 && areaKm2 <= 2_000_000) {
            result.append(("--area-km2", "an area from 1 to 2,000,000 km²"))
        }
        for (name, value) in [("--sangat-rawan-share", sangatRawanShare), ("--rawan-share", rawanShare),
                              ("--khusus-share", khususShare), ("--river-share", riverShare), ("--remote-share", remoteShare)]
        where !(value.isFinite && value >= 0 && value <= 1) {
            result.append((name, "a share from 0 to 1"))
        }
        if sangatRawanShare + rawanShare + khususShare > 1 {
            result.append(("--sangat-rawan-share", "vulnerability shares that add up to at most 1"))
        }
        if riverShare + remoteShare > 1 { result.append(("--river-share", "river and remote shares that add up to at most 1")) }
        return result
    }
}
