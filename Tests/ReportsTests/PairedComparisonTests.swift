import Testing
@testable import Reports

@Suite struct PairedComparisonTests {
    /// Differences 1, 2, 3, 4, 5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445; base mean of b = 10.
    @Test func pairedDifferenceByHand() {
        let b = [10.0, 8, 12, 9, 11]
        let a = zip(b, [1.0, 2, 3, 4, 5]).map { $0 + $1 }
        let d = PairedComparison.difference(a, b)
        let half = 2.776445105 * 2.5.squareRoot() / 5.0.squareRoot()
        #expect(d.count == 5)
        #expect(abs(d.mean - 3) < 1e-12)
        #expect(abs(d.standardDeviation - 2.5.squareRoot()) < 1e-12)
        #expect(abs(d.low - (3 - half)) < 1e-8)
        #expect(abs(d.high - (3 + half)) < 1e-8)
        #expect(abs(d.relative - 0.3) < 1e-12)
        #expect(abs(d.relativeLow - (3 - half) / 10) < 1e-8)
    }

    @Test func identicalSystemsDifferByExactlyZero() {
        let a = [3.0, 7, 1, 9, 4]
        let d = PairedComparison.difference(a, a)
        #expect(d.mean == 0 && d.standardDeviation == 0 && d.low == 0 && d.high == 0)
    }

    @Test func pairsWithAMissingValueAreLeftOut() {
        let d = PairedComparison.difference([1, .nan, 5], [0, 2, 1])
        #expect(d.count == 2)
        #expect(d.mean == 2.5)
    }

    /// Three systems, 4 replications. Higher is better. Means: A 10.5, B 10, C 5.
    /// k = 3: t quantile at 0.95^(1/2) = 0.974679 with 3 df = 3.1824 (approximately).
    /// A - B: differences 0, 1, 0, 1: sd 0.57735, W = t * 0.57735 / 2 = 0.9187: B >= A - W (10 >= 9.58) keeps B.
    /// C - A: differences -5, -6, -5, -6, the same sd, W 0.9187: C = 5 < 10.5 - 0.92: C is out.
    @Test func subsetKeepsTheCloseSystemsAndDropsTheClearlyWorse() {
        let a = [10.0, 11, 10, 11], b = [10.0, 10, 10, 10], c = [5.0, 5, 5, 5]
        #expect(PairedComparison.subset([a, b, c], direction: .higherIsBetter) == [true, true, false])
        // Lower is better: C is best and alone.
        #expect(PairedComparison.subset([a, b, c], direction: .lowerIsBetter) == [false, false, true])
    }

    @Test func comparisonWithTheBestIntervals() {
        let a = [10.0, 11, 10, 11], b = [10.0, 10, 10, 10], c = [5.0, 5, 5, 5]
        let t = StudentT.quantile(0.95.squareRoot(), degreesOfFreedom: 3)
        let w = t * (1.0 / 3).squareRoot() / 2
        let mcb = PairedComparison.comparisonWithTheBest([a, b, c], direction: .higherIsBetter)
        // A: min over j of (A - j) - W = min(0.5 - w, 5.5 - w) = 0.5 - w < 0; upper: min(0.5 + w, 5.5 + w) = 0.5 + w.
        #expect(abs(mcb[0].low - min(0, 0.5 - w)) < 1e-9)
        #expect(abs(mcb[0].high - (0.5 + w)) < 1e-9)
        // C: its upper end min(C - A + w, C - B + w) = -5.5 + w < 0, so it is clamped to 0 ... and the whole interval is below 0 but for the clamp.
        #expect(mcb[2].high == 0)
        #expect(mcb[2].low < -4)
    }

    @Test func subsetCoverageUnderTheNullIsAtLeastNominal() {
        // Five equal systems with independent noise: the best (any of them) must be kept;
        // check that the true best (system 0, shifted up by 0.2 sd) is kept in at least 95% of trials.
        var g = SystemRandomNumberGeneratorStandIn(seed: 99)
        var kept = 0
        let trials = 400
        for _ in 0..<trials {
            let systems = (0..<5).map { s in (0..<20).map { _ in normal(&g) + (s == 0 ? 0.2 : 0) } }
            if PairedComparison.subset(systems, direction: .higherIsBetter)[0] { kept += 1 }
        }
        #expect(Double(kept) / Double(trials) >= 0.93)
    }

    private func normal(_ g: inout SystemRandomNumberGeneratorStandIn) -> Double {
        // Box-Muller.
        let u = max(g.uniform(), 1e-300), v = g.uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

import Foundation
