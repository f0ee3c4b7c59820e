import Testing
import Operations
@testable import Reports

@Suite struct FindingsTests {
    static func cube(_ base: [Double], _ other: [Double], kpi: String) -> ComparisonCube {
        var cube = ComparisonCube(cases: ["base", "flood"], strategies: ["doctrine", "optimized"],
                                  kpis: [KPI(name: kpi, unit: "share", description: "")])
        for c in 0..<2 {
            for (s, values) in [base, other].enumerated() {
                for (r, v) in values.enumerated() {
                    cube.add(case: c, strategy: s, ReplicationResult(replication: r, kpis: [v], incidents: [], hourly: HourlySeries()))
                }
            }
        }
        return cube
    }

    /// Differences 0.1, 0.1, 0.1, 0.12: mean 0.105, sd 0.01, t(0.975, 3) = 3.182446, half-width
    /// 0.015912; the baseline mean is 0.5, so +21% (95% CI 17.8% to 24.2%).
    @Test func aClearImprovementReadsAsASentence() {
        let findings = Findings(Self.cube([0.5, 0.4, 0.6, 0.5], [0.6, 0.5, 0.7, 0.62], kpi: "within_target_share_road"))
        #expect(findings.sentences.first == "optimized answers 21% more road incidents within the response target than doctrine in the base case (95% CI 18% to 24%).")
        #expect(findings.sentences.contains { $0.contains("in the flood contingency") })
    }

    @Test func anIntervalAcrossZeroSaysNoClearDifference() {
        let findings = Findings(Self.cube([10, 20, 30, 40], [11, 19, 31, 39], kpi: "severe_late"))
        #expect(findings.sentences.first?.hasPrefix("optimized shows no clear difference from doctrine in severe incidents answered late in the base case (95% CI") == true)
    }

    /// Differences -1, -2, -3, -4: mean -2.5, sd sqrt(5/3), half-width 3.182446 · 1.290994 / 2 =
    /// 2.0543; on a baseline mean of 25 that is -10% (95% CI -18.2% to -1.8%). A fall reads as
    /// "fewer", with the interval as magnitudes.
    @Test func aFallReadsAsFewerWithPositiveMagnitudes() {
        let findings = Findings(Self.cube([10, 20, 30, 40], [9, 18, 27, 36], kpi: "severe_late"))
        #expect(findings.sentences.first == "optimized leaves 10% fewer severe incidents answered late than doctrine in the base case (95% CI 1.8% to 18%).")
    }
}
