import Foundation
import Testing
@testable import RunReport
import Scenario

/// A missing or malformed run folder file gives one error naming the file (and line and column
/// for CSV), one wrong thing at a time.
@Suite struct BadRunFolderTests {
    func failure(_ folder: String) -> ScenarioError? {
        do {
            _ = try Fixture.build(folder)
            return nil
        } catch let error as ScenarioError {
            return error
        } catch {
            return nil
        }
    }

    @Test func missingFolder() {
        let error = failure("/no/such/run")
        #expect(error?.kind == .unreadable)
        #expect(error?.description == "/no/such/run: error: expected a run folder written by siaga simulate or siaga compare, found no such folder")
    }

    @Test func folderOfNeitherKind() throws {
        let folder = Fixture.temporaryFolder()
        try Fixture.write("{}", to: folder + "/manifest.json")
        let error = failure(folder)
        #expect(error?.kind == .invalid)
        #expect(error?.description.contains("expected a siaga simulate folder") == true)
    }

    @Test func missingTimeSeries() throws {
        let folder = try Fixture.simulation()
        try FileManager.default.removeItem(atPath: folder + "/timeseries.csv")
        let error = failure(folder)
        #expect(error?.kind == .unreadable)
        #expect(error?.description.hasPrefix(folder + "/timeseries.csv: error: expected an existing file") == true)
    }

    @Test func malformedNumberNamesFileLineAndColumn() throws {
        let folder = try Fixture.simulation()
        var summary = Fixture.summary()
        summary = summary.replacingOccurrences(of: "response_mean_minutes,x,\"a, description\",2,25.0",
                                               with: "response_mean_minutes,x,\"a, description\",2,twenty-five")
        try Fixture.write(summary, to: folder + "/summary.csv")
        let error = failure(folder)
        #expect(error?.kind == .invalid)
        #expect(error?.description == folder + "/summary.csv:3:44: error: column 'mean': expected a number or an empty field, found 'twenty-five'")
    }

    @Test func brokenQuotingInTheIncidentLog() throws {
        let folder = try Fixture.simulation()
        try Fixture.write(Fixture.incidents + "2,0,dispute,tps,\"tps-1,Hilir\n", to: folder + "/incidents.csv")
        let error = failure(folder)
        #expect(error?.kind == .syntax)
        #expect(error?.description.hasPrefix(folder + "/incidents.csv:6:") == true)
    }

    @Test func rowOfTheWrongWidth() throws {
        let folder = try Fixture.simulation()
        try Fixture.write(Fixture.incidents + "2,0,dispute\n", to: folder + "/incidents.csv")
        #expect(failure(folder)?.description == folder + "/incidents.csv:6:1: error: expected 20 fields, as in the header, found 3 fields")
    }

    @Test func missingColumn() throws {
        let folder = try Fixture.simulation()
        try Fixture.write(Fixture.timeseries(try Fixture.tiny()).replacingOccurrences(of: "idle_reserves_mean", with: "idle_reserve_mean"),
                          to: folder + "/timeseries.csv")
        let error = failure(folder)
        #expect(error?.description.hasPrefix(folder + "/timeseries.csv:1:1: error: header: expected a column named 'idle_reserves_mean'") == true)
    }

    @Test func manifestThatIsNotJSON() throws {
        let folder = try Fixture.simulation()
        try Fixture.write("{\"scenario\": ", to: folder + "/manifest.json")
        #expect(failure(folder)?.kind == .syntax)
    }

    @Test func scenarioThatMoved() throws {
        let folder = try Fixture.simulation()
        try Fixture.write(Fixture.manifest(scenario: "gone/scenario.yaml", plan: nil), to: folder + "/manifest.json")
        let error = failure(folder)
        #expect(error?.kind == .unreadable)
        #expect(error?.description == folder + "/manifest.json: error: scenario.path: expected an existing path (or pass --scenario FILE), found 'gone/scenario.yaml': no such file or folder")
    }

    @Test func responseCurveEdgesMustAscend() throws {
        let folder = try Fixture.comparison()
        try Fixture.write("case,strategy,response_minutes,share_within\nbase,doctrine,0,0\nbase,doctrine,10,0.5\nbase,doctrine,5,0.6\n",
                          to: folder + "/response_cdf.csv")
        let error = failure(folder)
        #expect(error?.description.hasPrefix(folder + "/response_cdf.csv:4:") == true)
        #expect(error?.description.contains("ascending") == true)
    }
}
