import Foundation
import Testing
import Operations
import Planning
@testable import Reports
import Scenario

/// `response_cdf.csv`: shares of all incidents answered within each minute edge, pooled over
/// replications, from per-replication histograms.
@Suite struct ResponseCDFTests {
    /// Rows of a response_cdf.csv as (case, strategy, minutes, share text).
    static func rows(_ bytes: [UInt8]) -> [(String, String, Double, String)] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], Double(f[2])!, f[3])
        }
    }

    @Test func edgesAndBins() {
        #expect([0, 1, 180, 181, 182, 288, 289, 290].map(ResponseHistogram.edge) == [0, 1, 180, 185, 190, 720, 750, 780])
        // A response lands in the bin of the first edge at or above it.
        let cases: [(Double, Int)] = [(-1, 0), (0, 0), (0.2, 1), (1, 1), (1.0000001, 2), (179.5, 180), (180, 180), (180.1, 181),
                                      (185, 181), (719.9, 288), (720, 288), (720.000001, 289), (750, 289), (14_170, 737)]
        for (minutes, bin) in cases { #expect(ResponseHistogram.bin(minutes) == bin, "\(minutes) min") }
        // Just above a 30-minute edge far out, where the division rounds onto the edge.
        let r = 720 + 30 * 500.0
        #expect(ResponseHistogram.bin(r.nextUp) == ResponseHistogram.bin(r) + 1)
    }

    /// Two replications by hand. Replication A: responses 0 (guards on the spot), 0.5, 1, 1.2,
    /// 180, 180.1 minutes and one unanswered incident; replication B: 725 minutes and two
    /// unanswered. 10 incidents in all, so the shares are tenths:
    ///   within 0: 1; within 1: 3; within 2 ... 179: 4; within 180: 5; within 185 ... 720: 6; within 750: 7.
    @Test func sharesByHandPooledOverReplications() {
        var a = ResponseHistogram(), b = ResponseHistogram()
        for r in [0, 0.5, 1, 1.2, 180, 180.1, .nan] { a.add(responseMinutes: r) }
        for r in [725, Double.nan, .nan] { b.add(responseMinutes: r) }
        #expect(a.incidents == 7 && a.answered == 6 && a.counts.count == 182)
        var pooled = a
        pooled.merge(b)
        #expect(pooled.incidents == 10 && pooled.answered == 7 && pooled.counts.count == 290)

        let rows = Self.rows(ResponseCDF.csv([.init(caseName: "flood+hoax-surge", strategy: "doctrine", histogram: pooled)]))
        // Every minute 0...180, every 5 to 720, then 750: the first 30-minute edge at or above 725.
        let edges = rows.map(\.2)
        #expect(edges == (0...180).map(Double.init) + stride(from: 185.0, through: 720, by: 5) + [750])
        #expect(rows.allSatisfy { $0.0 == "flood+hoax-surge" && $0.1 == "doctrine" })
        func share(_ minutes: Double) -> String? { rows.first { $0.2 == minutes }?.3 }
        #expect(share(0) == "0.1")
        #expect(share(1) == "0.3")
        #expect(share(2) == "0.4" && share(179) == "0.4")
        #expect(share(180) == "0.5")
        #expect(share(185) == "0.6" && share(720) == "0.6")
        #expect(share(750) == "0.7")
        let header = String(decoding: ResponseCDF.csv([]), as: UTF8.self)
        #expect(header == "case,strategy,response_minutes,share_within\n")
    }

    /// Curves share the edges of the slowest; a curve without incidents has empty shares.
    @Test func curvesShareEdges() {
        var slow = ResponseHistogram()
        slow.add(responseMinutes: 800)
        let none = ResponseHistogram()
        let rows = Self.rows(ResponseCDF.csv([.init(caseName: "base", strategy: "a", histogram: slow),
                                              .init(caseName: "base", strategy: "b", histogram: none)]))
        #expect(rows.count == 2 * 292)
        #expect(rows.last!.2 == 810 && rows.last!.1 == "b" && rows.last!.3 == "")
        #expect(rows[291].2 == 810 && rows[291].3 == "1" && rows[290].3 == "0")
    }

    /// The histogram a replication fills agrees with its incident log: on the tiny scenario, the
    /// share within each edge counted from `incidents` by hand equals the table's.
    @Test func simulationHistogramMatchesTheIncidentLog() throws {
        let scenario = try Scenario.load(path: CommonRandomNumbersTests.tiny)
        let plan = try DoctrineStrategy().plan(scenario)
        let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies, options: SimulationOptions())
        var accumulator = RunAccumulator(scenario: scenario, kpis: KPI.all)
        var responses: [Double] = []
        for r in 0..<20 {
            let result = model.run(replication: r, seed: 5)
            _ = accumulator.add(result)
            responses += result.incidents.map { $0.firstArrivalMinute - $0.occurredMinute }
            #expect(result.responses.incidents == result.incidents.count)
        }
        #expect(!responses.isEmpty)
        let rows = Self.rows(accumulator.responseCDFCSV(caseName: "base", strategy: plan.strategy))
        #expect(rows.allSatisfy { $0.0 == "base" && $0.1 == "doctrine" })
        let slowest = responses.filter { !$0.isNaN }.max() ?? 0
        #expect(rows.last!.2 >= slowest && (rows.count == ResponseHistogram.fixedBins || rows[rows.count - 2].2 < slowest))
        for row in rows {
            let within = responses.filter { !$0.isNaN && $0 <= row.2 }.count
            #expect(Double(row.3)! == Double(within) / Double(responses.count), "within \(row.2) min")
        }
    }
}
