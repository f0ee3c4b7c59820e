import Foundation
import Testing
@testable import Reports

@Suite struct StudentTTests {
    /// Two-sided 95% critical values from standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    @Test(arguments: [(1.0, 12.706), (2, 4.303), (5, 2.571), (10, 2.228), (30, 2.042), (120, 1.980), (1e6, 1.960)])
    func quantileMatchesTables(nu: Double, expected: Double) {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: nu) - expected) < 0.0006)
    }

    @Test func cdfKnownValues() {
        // nu = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi.
        for t in [-3.0, -0.5, 0, 0.7, 2, 10] {
            #expect(abs(StudentT.cdf(t, degreesOfFreedom: 1) - (0.5 + atan(t) / .pi)) < 1e-12)
        }
        // nu = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)).
        for t in [-4.0, -1, 0.3, 1.5, 8] {
            #expect(abs(StudentT.cdf(t, degreesOfFreedom: 2) - (0.5 + t / (2 * (2 + t * t).squareRoot()))) < 1e-12)
        }
    }

    @Test func quantileInvertsCdf() {
        for nu in [1.0, 3, 9.5, 50] {
            for p in [0.01, 0.2, 0.5, 0.8, 0.995] {
                #expect(abs(StudentT.cdf(StudentT.quantile(p, degreesOfFreedom: nu), degreesOfFreedom: nu) - p) < 1e-10)
            }
        }
    }
}

@Suite struct SampleSummaryTests {
    @Test func meanIntervalByHand() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd sqrt(32/7), t(0.975, 7) = 2.364624.
        let s = SampleSummary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(s.count == 8)
        #expect(s.mean == 5)
        #expect(abs(s.standardDeviation - (32.0 / 7).squareRoot()) < 1e-12)
        let half = 2.364624252 * (32.0 / 7).squareRoot() / 8.0.squareRoot()
        #expect(abs(s.meanLow - (5 - half)) < 1e-8)
        #expect(abs(s.meanHigh - (5 + half)) < 1e-8)
    }

    @Test func type7QuantilesMatchNumPy() {
        // numpy.percentile([1, 2, 3, 4, 10], [50, 90, 95]) = [3, 7.6, 8.8]
        let s = SampleSummary([10, 1, 3, 2, 4])
        for (q, expected) in zip(s.quantiles.map(\.estimate), [3, 7.6, 8.8]) { #expect(abs(q - expected) < 1e-12) }
    }

    @Test func nanValuesAreLeftOut() {
        let s = SampleSummary([1, .nan, 3])
        #expect(s.count == 2)
        #expect(s.mean == 2)
    }

    @Test func orderStatisticRanksForTheMedian() {
        // n = 20, p = 0.5: P(B <= 5) = 0.0207 <= 0.025 < P(B <= 6) = 0.0577, so l = 6, u = 15 (coverage 0.9586).
        let (l, u) = OrderStatisticInterval.ranks(n: 20, p: 0.5, confidence: 0.95)
        #expect(l == 6)
        #expect(u == 15)
        // Too few observations for a 95% interval on p95: the upper end is open.
        let (_, upper) = OrderStatisticInterval.ranks(n: 10, p: 0.95, confidence: 0.95)
        #expect(upper == nil)
    }

    @Test func quantileIntervalCoversTheTruthAtTheNominalRate() {
        // Uniform(0, 1) samples of 50: the 90% quantile's interval should cover 0.9 in about 95% of trials.
        var generator = SystemRandomNumberGeneratorStandIn(seed: 2024)
        var covered = 0
        let trials = 2_000
        for _ in 0..<trials {
            let sample = (0..<50).map { _ in generator.uniform() }
            let q = SampleSummary(sample).quantiles[1]
            if q.low <= 0.9 && 0.9 <= q.high { covered += 1 }
        }
        let rate = Double(covered) / Double(trials)
        #expect(rate > 0.93 && rate < 0.99, "coverage \(rate)")
    }
}

/// A small seeded generator (SplitMix64) so the coverage test is reproducible.
struct SystemRandomNumberGeneratorStandIn {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / 9_007_199_254_740_992
    }
}
