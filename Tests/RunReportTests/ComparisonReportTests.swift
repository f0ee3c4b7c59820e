import Foundation
import Testing
@testable import RunReport

/// The report of a compare folder: curves, forest plot, ranking table, and the baseline's map.
@Suite struct ComparisonReportTests {
    @Test func drawsCurvesForestRankingAndMap() throws {
        let output = try Fixture.build(try Fixture.comparison())
        #expect(output.kind == .comparison)
        #expect(output.charts == ["response-cdf", "paired-differences", "map"])
        #expect(output.notes.isEmpty)
        #expect(output.files.map(\.name).contains("ranking.csv"))
        let html = Fixture.text(output, "report.html")
        #expect(html.contains("<table class=\"data\">"))
        #expect(html.contains("Contingency: rain"))
    }

    /// One row per case, headline KPI and non-baseline strategy: 2 cases x 4 KPIs x 1 strategy,
    /// relative differences in percent (-0.1 -> -10).
    @Test func forestRowsAreEachStrategyAgainstTheBaseline() throws {
        let output = try Fixture.build(try Fixture.comparison())
        let lines = Fixture.text(output, "paired-differences.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "case,kpi,strategy,baseline,replications,relative_difference_percent,relative_low_percent,relative_high_percent,better")
        #expect(lines.count == 1 + 8)
        #expect(lines[1] == "base,response_mean_minutes,proportional,doctrine,2,-10,-20,0,neither")
        #expect(!lines.contains { $0.contains(",incidents,") })
        #expect(Fixture.text(output, "paired-differences.svg").contains("Paired differences against the baseline (doctrine)"))
    }

    @Test func curvesKeepCaseAndStrategyOrder() throws {
        let output = try Fixture.build(try Fixture.comparison())
        let csv = Fixture.text(output, "response-cdf.csv")
        #expect(csv.hasPrefix("case,strategy,response_minutes,share_within\nbase,doctrine,0,0\n"))
        #expect(csv.contains("\nrain,proportional,60,1\n"))
        let svg = Fixture.text(output, "response-cdf.svg")
        #expect(svg.contains(">Base case</text>") && svg.contains(">Contingency: rain</text>"))
    }

    /// `response_cdf.csv` leaves the shares of a curve without incidents empty: no line, no rows,
    /// and the other curves are drawn.
    @Test func aCurveWithoutIncidentsIsLeftEmpty() throws {
        let folder = try Fixture.comparison()
        try Fixture.write("case,strategy,response_minutes,share_within\nbase,doctrine,0,0\nbase,doctrine,10,0.5\n"
                          + "base,proportional,0,\nbase,proportional,10,\n", to: folder + "/response_cdf.csv")
        let output = try Fixture.build(folder)
        #expect(Fixture.text(output, "response-cdf.csv") == "case,strategy,response_minutes,share_within\nbase,doctrine,0,0\nbase,doctrine,10,0.5\n")
        #expect(Fixture.text(output, "response-cdf.svg").contains(">proportional</text>"))
    }

    @Test func rankingTableHasTheHeadlineKPIs() throws {
        let output = try Fixture.build(try Fixture.comparison(), .id)
        let lines = Fixture.text(output, "ranking.csv").split(separator: "\n")
        #expect(lines.first == "case,kpi,unit,direction,strategy,rank,mean,in_best_subset")
        #expect(lines.count == 1 + 2 * 4 * 2)
        let html = Fixture.text(output, "report.html")
        #expect(html.contains("<th>Peringkat</th>"))
        #expect(html.contains("<td>Kontinjensi: rain</td>"))
    }

    @Test func mapOfTheBaselinePlanShowsCoverage() throws {
        let output = try Fixture.build(try Fixture.comparison(), .id)
        let svg = Fixture.text(output, "map.svg")
        #expect(svg.contains(">TPS dijaga</text>") && svg.contains(">TPS tidak dijaga</text>") && svg.contains(">Pos</text>"))
        #expect(svg.contains("(4 dijaga)"))
    }

    @Test func withoutPlansOrCurvesSaysWhatIsLeftOut() throws {
        let output = try Fixture.build(try Fixture.comparison(plans: false, curves: false))
        #expect(output.charts == ["paired-differences"])
        #expect(output.notes.count == 2)
        #expect(output.notes.contains { $0.contains("plans/doctrine/") })
        #expect(output.notes.contains { $0.contains("response_cdf.csv") })
        #expect(!output.files.contains { $0.name == "tps.geojson" })
        #expect(Fixture.text(output, "report.html").contains("class=\"notes\""))
    }
}
