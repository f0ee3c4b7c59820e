/// Kabupaten Ketapang's 20 kecamatan (sourced: portal.ketapangkab.go.id/geografis [34]) with
/// centroids and TPS shares that are NOT public: hand-placed from public maps (approximate, within
/// about 20 km) and DEFAULT weights (larger for Delta Pawan, the town, and the big inland
/// kecamatan). `riverShare` is the DEFAULT share of a kecamatan's TPS reached only by boat, higher
/// along the Pawan (197 km [35]) and Jelai rivers and on the coast.
struct KecamatanSeed {
    var name: String
    var latitude: Double
    var longitude: Double
    var weight: Double
    var riverShare: Double
    /// Spread of TPS around the centroid, degrees (the town is compact, inland kecamatan are wide).
    var spread: Double
}

enum KetapangGeography {
    static let kecamatan: [KecamatanSeed] = [
        .init(name: "Delta Pawan", latitude: -1.84, longitude: 109.98, weight: 17, riverShare: 0.02, spread: 0.03),
        .init(name: "Benua Kayong", latitude: -1.90, longitude: 110.03, weight: 8, riverShare: 0.10, spread: 0.06),
        .init(name: "Muara Pawan", latitude: -1.72, longitude: 110.13, weight: 3, riverShare: 0.45, spread: 0.07),
        .init(name: "Matan Hilir Utara", latitude: -1.60, longitude: 110.03, weight: 3, riverShare: 0.30, spread: 0.07),
        .init(name: "Matan Hilir Selatan", latitude: -2.10, longitude: 110.10, weight: 6, riverShare: 0.20, spread: 0.10),
        .init(name: "Kendawangan", latitude: -2.45, longitude: 110.35, weight: 8, riverShare: 0.30, spread: 0.18),
        .init(name: "Manis Mata", latitude: -2.20, longitude: 110.70, weight: 5, riverShare: 0.05, spread: 0.12),
        .init(name: "Air Upas", latitude: -2.02, longitude: 110.85, weight: 3, riverShare: 0.05, spread: 0.08),
        .init(name: "Singkup", latitude: -2.25, longitude: 110.98, weight: 2, riverShare: 0.10, spread: 0.08),
        .init(name: "Marau", latitude: -1.98, longitude: 111.08, weight: 3, riverShare: 0.10, spread: 0.10),
        .init(name: "Jelai Hulu", latitude: -1.78, longitude: 111.18, weight: 4, riverShare: 0.35, spread: 0.12),
        .init(name: "Tumbang Titi", latitude: -1.72, longitude: 110.65, weight: 5, riverShare: 0.15, spread: 0.12),
        .init(name: "Sungai Melayu Rayak", latitude: -1.82, longitude: 110.38, weight: 3, riverShare: 0.10, spread: 0.08),
        .init(name: "Pemahan", latitude: -1.58, longitude: 110.50, weight: 1.5, riverShare: 0.20, spread: 0.07),
        .init(name: "Nanga Tayap", latitude: -1.45, longitude: 110.62, weight: 6, riverShare: 0.25, spread: 0.14),
        .init(name: "Sungai Laur", latitude: -1.22, longitude: 110.42, weight: 4, riverShare: 0.30, spread: 0.12),
        .init(name: "Sandai", latitude: -1.28, longitude: 110.72, weight: 6, riverShare: 0.35, spread: 0.13),
        .init(name: "Hulu Sungai", latitude: -1.02, longitude: 110.98, weight: 2, riverShare: 0.55, spread: 0.14),
        .init(name: "Simpang Dua", latitude: -1.05, longitude: 110.28, weight: 1.5, riverShare: 0.15, spread: 0.08),
        .init(name: "Simpang Hulu", latitude: -0.75, longitude: 110.38, weight: 6, riverShare: 0.25, spread: 0.14),
    ]

    /// Registered voters (DPT) for Pemilu 2024 [36].
    static let voters = 414_830
    /// Desa and kelurahan [36].
    static let desa = 262
}
