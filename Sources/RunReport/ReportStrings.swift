import Charts
import Foundation

/// The language of a report's labels, titles, captions, legends and table headers.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en, id
}

/// Every word a report shows, in English and in Bahasa Indonesia, from one table.
///
/// Templates hold named placeholders in braces (`{n}`), filled by `format(_:_:)`. A test checks
/// that both languages have every key and the same placeholders.
public struct ReportStrings: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        // Page
        case reportTitle, simulationRun, comparisonRun, scenario, plan, strategies, replications, seed, contingencies, none
        case startedAt, files, data, svgFile, vegaLiteFile, mapLayers, mapLayersText, notes, footer, yes, no
        // Cases and phases
        case baseCase, contingencyCase
        case phaseCampaign, phaseQuiet, phaseVoting, phaseCounting, phaseRecapitulation, phaseOther, phaseNone
        case accessRoad, accessRiver, accessRemote
        // Response-time curves
        case cdfTitle, cdfX, cdfY, cdfCaption, cdfByStrategy, cdfByStrategyAndCase, cdfCaptionCut, cdfFromIncidents, cdfFromFile, cdfMissing, target
        // Paired differences
        case forestTitle, forestX, forestCaption, forestMissingValue, forestNoPairs
        case kpiResponseMean, kpiResponseP90, kpiWithinTargetRoad, kpiSpendTotal
        // Availability
        case availabilityTitle, reservesPanel, reservesUnit, vehiclesPanel, vehiclesUnit, daysAxis, availabilityCaption
        // Budget
        case budgetTitle, budgetAllocated, budgetPlanned, budgetSpent, budgetAxis, budgetCaption, budgetCaptionNoPlan
        case lineAllowance, lineFuel, lineMaintenance, lineBKO, lineContingency, lineOther
        // Incidents by phase and hour
        case hoursTitle, hoursX, hoursY, hoursCaption, hoursMissing
        // Map
        case mapTitle, guardedTPS, unguardedTPS, post, lateLegend, mapCaptionCoverage, mapCaptionLate, mapMissingPlans
        case scaleKilometres, north
        // Ranking
        case rankingTitle, rankingCaption, rankCase, rankKPI, rankStrategy, rank, rankMean, rankBestSubset
    }

    public let language: ReportLanguage
    private let table: [Key: String]

    public init(_ language: ReportLanguage) {
        self.language = language
        table = language == .en ? Self.english : Self.indonesian
    }

    public subscript(_ key: Key) -> String { table[key] ?? key.rawValue }

    /// The template of `key` with each `{name}` replaced by `values[name]`.
    public func format(_ key: Key, _ values: [String: String]) -> String {
        var text = self[key]
        for name in values.keys.sorted() { text = text.replacingOccurrences(of: "{\(name)}", with: values[name]!) }
        return text
    }

    /// Decimal and grouping separators of the language.
    public var numbers: NumberText { language == .en ? .english : .indonesian }

    /// The template's placeholder names, for the consistency test.
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>(), current: String?
        for character in template {
            if character == "{" { current = "" } else if character == "}", let name = current { names.insert(name); current = nil }
            else if current != nil { current!.append(character) }
        }
        return names
    }

    static let english: [Key: String] = [
        .reportTitle: "Siaga report: {scenario}",
        .simulationRun: "Simulation of one plan",
        .comparisonRun: "Comparison of strategies",
        .scenario: "Scenario", .plan: "Plan (strategy)", .strategies: "Strategies (the first is the baseline)",
        .replications: "Replications", .seed: "Seed", .contingencies: "Contingencies", .none: "none",
        .startedAt: "Run started (UTC)", .files: "Files", .data: "data (CSV)", .svgFile: "image (SVG)",
        .vegaLiteFile: "Vega-Lite spec", .mapLayers: "Map layers",
        .mapLayersText: "TPS and posts as GeoJSON (longitude, latitude; WGS 84) with the plan and results as properties, for QGIS or a web map:",
        .notes: "Notes", .footer: "Made by siaga report {version} from the run folder {folder}. Charts are drawn by Siaga as SVG; each has its data beside it as CSV.",
        .yes: "yes", .no: "no",
        .baseCase: "Base case", .contingencyCase: "Contingency: {name}",
        .phaseCampaign: "Campaign", .phaseQuiet: "Quiet period", .phaseVoting: "Voting", .phaseCounting: "Counting",
        .phaseRecapitulation: "Recapitulation", .phaseOther: "Other", .phaseNone: "Outside the timeline",
        .accessRoad: "Road", .accessRiver: "River", .accessRemote: "Remote",
        .cdfTitle: "Cumulative distribution of response times",
        .cdfX: "Response time (minutes)", .cdfY: "Incidents answered",
        .cdfByStrategy: "strategy", .cdfByStrategyAndCase: "strategy (colour) and case (panel)",
        .cdfCaption: "Share of all incidents, unanswered ones included, whose first responder arrived within the time on the horizontal axis, by {by}. A curve that rises sooner and higher is better; where it levels off below 100%, the rest were never answered. Dashed lines are the response targets by access type. {source}",
        .cdfCaptionCut: "Curves are drawn to {minutes} minutes, by which every curve has reached 90% of its final height.",
        .cdfFromIncidents: "Computed from incidents.csv over {n} replications.",
        .cdfFromFile: "From response_cdf.csv of the run folder.",
        .cdfMissing: "The run folder has no response_cdf.csv (and no incidents.csv to compute it from), so the response-time curves are left out.",
        .target: "{access} target",
        .forestTitle: "Paired differences against the baseline ({baseline})",
        .forestX: "Difference relative to {baseline} (%)",
        .forestCaption: "Each row is a strategy's KPI minus the baseline's ({baseline}) over the same replications (common random numbers), as a percentage of the baseline's mean, with its 95% interval. An interval clear of the dashed zero line is a clear difference. For response times and spend lower is better; for the share answered within target higher is better. One panel per case.",
        .forestMissingValue: "not defined", .forestNoPairs: "The comparison has a single strategy, so there are no paired differences to draw.",
        .kpiResponseMean: "Mean response time", .kpiResponseP90: "90th percentile response time",
        .kpiWithinTargetRoad: "Road incidents answered within target", .kpiSpendTotal: "Total spend",
        .availabilityTitle: "Reserves and vehicles available over time",
        .reservesPanel: "Idle reserve personnel", .reservesUnit: "persons",
        .vehiclesPanel: "Vehicles in working order", .vehiclesUnit: "vehicles",
        .daysAxis: "Days from election day (H)",
        .availabilityCaption: "Mean over {n} replications, at the start of each hour, of reserve and patrol personnel on duty and free to be sent, and of vehicles in working order. Shaded bands are the phases of the timeline.",
        .budgetTitle: "Budget: spend against plan by line",
        .budgetAllocated: "Budget (allocated)", .budgetPlanned: "Plan", .budgetSpent: "Simulated spend",
        .budgetAxis: "Rupiah (millions)",
        .budgetCaption: "For each budget line: the scenario's allocation, the plan's expected spend (budget.csv of the plan folder) and the mean simulated spend over {n} replications with its 95% interval. In total: allocated Rp {allocated}, planned Rp {planned}, spent Rp {spent} in the simulation.",
        .budgetCaptionNoPlan: "The plan folder has no budget.csv, so the planned spend is not shown.",
        .lineAllowance: "Allowance", .lineFuel: "Fuel", .lineMaintenance: "Maintenance", .lineBKO: "BKO",
        .lineContingency: "Contingency", .lineOther: "Other",
        .hoursTitle: "Incidents by phase and hour of day",
        .hoursX: "Hour of day (local time)", .hoursY: "Incidents per replication",
        .hoursCaption: "Incidents per replication by the hour of day in which they occurred, stacked by the phase of the timeline they fell in, over {n} replications (incidents.csv).",
        .hoursMissing: "The run folder has no incidents.csv (simulate --no-incident-log), so the chart of incidents by phase and hour is left out.",
        .mapTitle: "District map", .guardedTPS: "Guarded TPS", .unguardedTPS: "Unguarded TPS", .post: "Post",
        .lateLegend: "Late or unanswered incidents per replication",
        .mapCaptionCoverage: "{tps} TPS as points coloured by whether the plan ({strategy}) guards them ({guarded} guarded), shaped by how they are reached; {posts} posts as stars. Equirectangular projection scaled by the cosine of the mean latitude; the scale bar is true there.",
        .mapCaptionLate: "{tps} TPS as points coloured by incidents per replication answered late (first responder after the target of the TPS's access type: road {road}, river {river}, remote {remote} minutes) or never; shaped by how they are reached; {posts} posts as stars. {unguarded} TPS are not guarded by the plan ({strategy}). Equirectangular projection scaled by the cosine of the mean latitude; the scale bar is true there.",
        .mapMissingPlans: "The compare folder holds no plans (plans/{strategy}/), so the map of the baseline plan is left out.",
        .scaleKilometres: "{km} km", .north: "N",
        .rankingTitle: "Ranking of strategies",
        .rankingCaption: "Strategies ranked by mean for each headline KPI and case (1 is best). The last column says whether the strategy stays in the subset that cannot be ruled out as best at 95% confidence (Nelson, Swann, Goldsman and Song, 2001).",
        .rankCase: "Case", .rankKPI: "KPI", .rankStrategy: "Strategy", .rank: "Rank", .rankMean: "Mean",
        .rankBestSubset: "Can be best",
    ]

    static let indonesian: [Key: String] = [
        .reportTitle: "Laporan Siaga: {scenario}",
        .simulationRun: "Simulasi satu rencana",
        .comparisonRun: "Perbandingan strategi",
        .scenario: "Skenario", .plan: "Rencana (strategi)", .strategies: "Strategi (yang pertama sebagai acuan)",
        .replications: "Replikasi", .seed: "Benih acak", .contingencies: "Kontinjensi", .none: "tidak ada",
        .startedAt: "Waktu mulai (UTC)", .files: "Berkas", .data: "data (CSV)", .svgFile: "gambar (SVG)",
        .vegaLiteFile: "spesifikasi Vega-Lite", .mapLayers: "Lapisan peta",
        .mapLayersText: "TPS dan pos dalam GeoJSON (bujur, lintang; WGS 84) dengan rencana dan hasil sebagai atribut, untuk QGIS atau peta web:",
        .notes: "Catatan", .footer: "Dibuat oleh siaga report {version} dari folder hasil {folder}. Grafik digambar oleh Siaga sebagai SVG; datanya tersedia di sampingnya sebagai CSV.",
        .yes: "ya", .no: "tidak",
        .baseCase: "Kasus dasar", .contingencyCase: "Kontinjensi: {name}",
        .phaseCampaign: "Kampanye", .phaseQuiet: "Masa tenang", .phaseVoting: "Pemungutan suara", .phaseCounting: "Penghitungan suara",
        .phaseRecapitulation: "Rekapitulasi", .phaseOther: "Lainnya", .phaseNone: "Di luar tahapan",
        .accessRoad: "Jalan", .accessRiver: "Sungai", .accessRemote: "Terpencil",
        .cdfTitle: "Distribusi kumulatif waktu respons",
        .cdfX: "Waktu respons (menit)", .cdfY: "Kejadian tertangani",
        .cdfByStrategy: "strategi", .cdfByStrategyAndCase: "strategi (warna) dan kasus (panel)",
        .cdfCaption: "Persentase seluruh kejadian, termasuk yang tidak tertangani, yang responden pertamanya tiba dalam waktu pada sumbu mendatar, menurut {by}. Kurva yang naik lebih cepat dan lebih tinggi lebih baik; bila kurva mendatar di bawah 100%, sisanya tidak pernah tertangani. Garis putus-putus adalah target respons menurut jenis akses. {source}",
        .cdfCaptionCut: "Kurva digambar sampai {minutes} menit, saat setiap kurva telah mencapai 90% dari tinggi akhirnya.",
        .cdfFromIncidents: "Dihitung dari incidents.csv atas {n} replikasi.",
        .cdfFromFile: "Dari response_cdf.csv dalam folder hasil.",
        .cdfMissing: "Folder hasil tidak memuat response_cdf.csv (maupun incidents.csv untuk menghitungnya), sehingga kurva waktu respons tidak ditampilkan.",
        .target: "target {access}",
        .forestTitle: "Selisih berpasangan terhadap strategi acuan ({baseline})",
        .forestX: "Selisih relatif terhadap {baseline} (%)",
        .forestCaption: "Setiap baris adalah indikator suatu strategi dikurangi indikator strategi acuan ({baseline}) pada replikasi yang sama (bilangan acak bersama), sebagai persentase dari rata-rata acuan, dengan selang kepercayaan 95%. Selang yang tidak memotong garis nol putus-putus menunjukkan perbedaan yang jelas. Untuk waktu respons dan belanja, lebih rendah lebih baik; untuk persentase tertangani sesuai target, lebih tinggi lebih baik. Satu panel per kasus.",
        .forestMissingValue: "tidak terdefinisi", .forestNoPairs: "Perbandingan hanya memuat satu strategi, sehingga tidak ada selisih berpasangan untuk digambar.",
        .kpiResponseMean: "Rata-rata waktu respons", .kpiResponseP90: "Persentil ke-90 waktu respons",
        .kpiWithinTargetRoad: "Kejadian di jalan tertangani sesuai target", .kpiSpendTotal: "Total belanja",
        .availabilityTitle: "Personel cadangan dan kendaraan yang tersedia sepanjang waktu",
        .reservesPanel: "Personel cadangan siaga", .reservesUnit: "orang",
        .vehiclesPanel: "Kendaraan laik jalan", .vehiclesUnit: "unit",
        .daysAxis: "Hari dari hari pemungutan suara (H)",
        .availabilityCaption: "Rata-rata atas {n} replikasi, pada awal setiap jam, dari personel cadangan dan patroli yang bertugas dan siap diberangkatkan, serta kendaraan yang laik jalan. Pita berwarna adalah tahapan dalam linimasa.",
        .budgetTitle: "Anggaran: realisasi terhadap rencana per pos anggaran",
        .budgetAllocated: "Anggaran", .budgetPlanned: "Rencana", .budgetSpent: "Realisasi (simulasi)",
        .budgetAxis: "Rupiah (juta)",
        .budgetCaption: "Untuk setiap pos anggaran: alokasi dalam skenario, belanja yang direncanakan (budget.csv dalam folder rencana) dan rata-rata realisasi simulasi atas {n} replikasi dengan selang kepercayaan 95%. Secara total: anggaran Rp {allocated}, rencana Rp {planned}, realisasi simulasi Rp {spent}.",
        .budgetCaptionNoPlan: "Folder rencana tidak memuat budget.csv, sehingga belanja yang direncanakan tidak ditampilkan.",
        .lineAllowance: "Uang saku", .lineFuel: "BBM", .lineMaintenance: "Pemeliharaan", .lineBKO: "BKO",
        .lineContingency: "Kontinjensi", .lineOther: "Lain-lain",
        .hoursTitle: "Kejadian per fase dan jam",
        .hoursX: "Jam (waktu setempat)", .hoursY: "Kejadian per replikasi",
        .hoursCaption: "Kejadian per replikasi menurut jam terjadinya, ditumpuk menurut tahapan linimasa saat kejadian, atas {n} replikasi (incidents.csv).",
        .hoursMissing: "Folder hasil tidak memuat incidents.csv (simulate --no-incident-log), sehingga grafik kejadian per fase dan jam tidak ditampilkan.",
        .mapTitle: "Peta distrik", .guardedTPS: "TPS dijaga", .unguardedTPS: "TPS tidak dijaga", .post: "Pos",
        .lateLegend: "Kejadian terlambat atau tidak tertangani per replikasi",
        .mapCaptionCoverage: "{tps} TPS sebagai titik yang diwarnai menurut dijaga atau tidaknya oleh rencana ({strategy}) ({guarded} dijaga), dengan bentuk menurut jenis akses; {posts} pos sebagai bintang. Proyeksi ekuirektangular yang diskalakan dengan kosinus lintang rata-rata; skala batang berlaku pada lintang itu.",
        .mapCaptionLate: "{tps} TPS sebagai titik yang diwarnai menurut jumlah kejadian per replikasi yang tertangani terlambat (responden pertama tiba setelah target jenis akses TPS: jalan {road}, sungai {river}, terpencil {remote} menit) atau tidak tertangani; dengan bentuk menurut jenis akses; {posts} pos sebagai bintang. {unguarded} TPS tidak dijaga oleh rencana ({strategy}). Proyeksi ekuirektangular yang diskalakan dengan kosinus lintang rata-rata; skala batang berlaku pada lintang itu.",
        .mapMissingPlans: "Folder perbandingan tidak memuat rencana (plans/{strategy}/), sehingga peta rencana acuan tidak ditampilkan.",
        .scaleKilometres: "{km} km", .north: "U",
        .rankingTitle: "Peringkat strategi",
        .rankingCaption: "Strategi diurutkan menurut rata-rata untuk setiap indikator utama dan kasus (1 terbaik). Kolom terakhir menyatakan apakah strategi tetap berada dalam himpunan yang tidak dapat dikesampingkan sebagai terbaik pada tingkat kepercayaan 95% (Nelson, Swann, Goldsman dan Song, 2001).",
        .rankCase: "Kasus", .rankKPI: "Indikator", .rankStrategy: "Strategi", .rank: "Peringkat", .rankMean: "Rata-rata",
        .rankBestSubset: "Bisa terbaik",
    ]
}
