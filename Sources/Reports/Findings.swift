import Foundation

/// Plain-language sentences for a briefing: each strategy against the baseline (the first one)
/// on the headline KPIs, in each case, with the paired 95% interval of the relative difference.
///
/// "optimized answers 23% more road incidents within target than doctrine (95% CI 18% to 28%)
/// in the flood contingency."
public struct Findings {
    public let sentences: [String]

    /// The KPIs a briefing leads with, and how to say them.
    struct Phrase {
        let kpi: String
        /// Words for "more" and "fewer" of the thing (for a relative difference).
        let more: String
        let fewer: String
        let thing: String
        /// Difference in percentage points of a probability, not relative.
        var isProbability = false
    }

    static let phrases = [
        Phrase(kpi: "within_target_share_road", more: "answers", fewer: "answers", thing: "road incidents within the response target"),
        Phrase(kpi: "severe_late", more: "leaves", fewer: "leaves", thing: "severe incidents answered late"),
        Phrase(kpi: "response_mean_minutes", more: "has a", fewer: "has a", thing: "mean response time"),
        Phrase(kpi: "tps_hours_uncovered", more: "leaves", fewer: "leaves", thing: "TPS-hours uncovered"),
        Phrase(kpi: "spend_total_rupiah", more: "spends", fewer: "spends", thing: ""),
        Phrase(kpi: "overrun", more: "", fewer: "", thing: "chance of overrunning the budget", isProbability: true),
    ]

    public init(_ cube: ComparisonCube, confidence: Double = 0.95) {
        var sentences: [String] = []
        let level = Int((confidence * 100).rounded())
        guard cube.strategies.count > 1 else { self.sentences = []; return }
        let base = cube.strategies[0]
        for c in cube.cases.indices {
            let place = cube.cases[c] == "base" ? "in the base case" : "in the \(cube.cases[c]) contingency"
            let magnitude = Self.magnitude
            for s in 1..<cube.strategies.count {
                for phrase in Self.phrases {
                    guard let k = cube.kpiIndex(phrase.kpi) else { continue }
                    let d = PairedComparison.difference(cube.values[c][s][k], cube.values[c][0][k], confidence: confidence)
                    guard d.count > 1, d.mean.isFinite else { continue }
                    let name = cube.strategies[s]
                    if phrase.isProbability {
                        let points = { (x: Double) in Self.number(x * 100) }
                        let word = d.mean > 0 ? "raises" : "lowers"
                        let covers = d.low <= 0 && d.high >= 0
                        sentences.append(covers && d.mean != 0
                            ? "\(name) shows no clear difference from \(base) in the \(phrase.thing) \(place) (\(level)% CI \(points(d.low)) to \(points(d.high)) points)."
                            : "\(name) \(d.mean == 0 ? "does not change" : word) the \(phrase.thing) \(d.mean == 0 ? "" : "by \(points(abs(d.mean))) points ")against \(base) \(place)\(d.mean == 0 ? "" : " (\(level)% CI \(points(d.low)) to \(points(d.high)) points)").")
                        continue
                    }
                    guard d.relative.isFinite else { continue }
                    let pct = { (x: Double) in Self.number(x * 100) + "%" }
                    let covers = d.relativeLow <= 0 && d.relativeHigh >= 0
                    if covers {
                        let what = phrase.thing.isEmpty ? "spend" : phrase.thing
                        sentences.append("\(name) shows no clear difference from \(base) in \(what) \(place) (\(level)% CI \(pct(d.relativeLow)) to \(pct(d.relativeHigh))).")
                    } else if phrase.kpi == "response_mean_minutes" {
                        sentences.append("\(name) has a \(pct(abs(d.relative))) \(d.mean < 0 ? "shorter" : "longer") mean response time than \(base) \(place) (\(level)% CI \(magnitude(d))).")
                    } else {
                        let verb = d.mean > 0 ? phrase.more : phrase.fewer
                        let amount = phrase.thing.isEmpty ? (d.mean > 0 ? "more" : "less") : (d.mean > 0 ? "more" : "fewer") + " " + phrase.thing
                        sentences.append("\(name) \(verb) \(pct(abs(d.relative))) \(amount) than \(base) \(place) (\(level)% CI \(magnitude(d))).")
                    }
                }
            }
        }
        self.sentences = sentences
    }

    /// The interval of a relative difference as magnitudes in the sentence's direction: a fall of
    /// 33% with interval [-35%, -31%] reads "31% to 35%".
    static func magnitude(_ d: PairedComparison.Difference) -> String {
        let (a, b) = d.mean < 0 ? (-d.relativeHigh, -d.relativeLow) : (d.relativeLow, d.relativeHigh)
        return number(a * 100) + "% to " + number(b * 100) + "%"
    }

    /// A percentage with no more precision than a briefing needs.
    static func number(_ x: Double) -> String {
        abs(x) >= 10 ? String(Int(x.rounded())) : String(format: "%.1f", x)
    }
}
