import Foundation
import Scenario
import Simulation

extension DistrictSynthesizer {
    /// Marks the `share` of TPS farthest from their kecamatan centre (where the Polsek stands) as remote,
    /// among those not already reached by river.
    static func markRemote(_ tps: inout PollingStations, distance: [Double], share: Double) {
        let target = Int((Double(tps.count) * share).rounded())
        guard target > 0 else { return }
        let candidates = tps.access.indices.filter { tps.access[$0] == .road }
            .sorted { (distance[$0], $1) > (distance[$1], $0) }
        for i in candidates.prefix(target) { tps.access[i] = .remote }
    }

    /// Exact category counts by weighted sampling without replacement; risk scores within each category's band.
    static func assignCategories(_ tps: inout PollingStations, options: GeneratorOptions, random: inout RandomStream) {
        let n = tps.count
        tps.category = [VulnerabilityCategory](repeating: .kurangRawan, count: n)
        tps.risk = [Double](repeating: 0, count: n)
        let counts: [(VulnerabilityCategory, Int)] = [
            (.sangatRawan, Int((Double(n) * options.sangatRawanShare).rounded())),
            (.rawan, Int((Double(n) * options.rawanShare).rounded())),
            (.khusus, Int((Double(n) * options.khususShare).rounded())),
        ]
        var isFree = [Bool](repeating: true, count: n)
        for (category, count) in counts where count > 0 {
            var keyed: [(key: Double, index: Int)] = []
            keyed.reserveCapacity(n)
            for i in 0..<n where isFree[i] {
                let weight: Double = category == .khusus ? 1 : (tps.access[i] == .remote ? 3 : tps.access[i] == .river ? 2 : 1)
                keyed.append((random.uniformPositive().logarithm / weight, i))
            }
            keyed.sort { ($0.key, $1.index) > ($1.key, $0.index) }
            for entry in keyed.prefix(count) {
                tps.category[entry.index] = category
                isFree[entry.index] = false
            }
        }
        for i in 0..<n {
            let (low, high): (Double, Double) = switch tps.category[i] {
            case .kurangRawan: (0.05, 0.45)
            case .rawan: (0.40, 0.75)
            case .sangatRawan: (0.70, 1.00)
            case .khusus: (0.50, 0.90)
            }
            tps.risk[i] = (random.uniform(low, high) * 1000).rounded() / 1000
        }
    }

    /// Voters per TPS: normal around the mean (sd 40), within 60 to 300 (the Pemilu maximum [11]),
    /// then nudged one voter at a time until they add up to `total` exactly.
    static func voters(count: Int, total: Int, random: inout RandomStream) -> [Int32] {
        let mean = Double(total) / Double(count)
        var voters = (0..<count).map { _ in Int32(clamp(random.normal(mean: mean, sd: 40).rounded(), 60, 300)) }
        var difference = total - voters.reduce(0) { $0 + Int($1) }
        let (low, high): (Int32, Int32) = (min(60, Int32(mean)), 300)
        while difference != 0 {
            let i = Int(random.integer(below: UInt64(count)))
            if difference > 0, voters[i] < high { voters[i] += 1; difference -= 1 }
            if difference < 0, voters[i] > low { voters[i] -= 1; difference += 1 }
        }
        return voters
    }
}

/// Zero-padded decimal.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double { min(high, max(low, value)) }

/// `Sungai Melayu Rayak` -> `sungai-melayu-rayak`.
func slugify(_ name: String) -> String {
    String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
}

extension Double {
    var logarithm: Double { log(self) }
}
