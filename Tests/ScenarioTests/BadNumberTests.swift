import Testing
@testable import Scenario

// One wrong number at a time in a copy of scenarios/tiny (see BadInputTests.swift).

@Suite("Bad input: numbers out of range")
struct BadNumberTests {
    @Test("a negative head count")
    func negative() throws {
        let error = try Fixture.loadError(.yaml("reserve_personnel: 4", with: "reserve_personnel: -4"))
        expectError(error, .invalid, at: "scenario.yaml:30:22", keyPath: "force.reserve_personnel",
                    expected: "a whole number of personnel from 0 to 1000000", found: "'-4'")
    }

    @Test("a non-finite number", arguments: [".nan", ".inf", "-.inf", "nan", "inf"])
    func nonFinite(text: String) throws {
        let error = try Fixture.loadError(.yaml("rate_per_site_day: 0.05", with: "rate_per_site_day: \(text)"))
        expectError(error, .invalid, at: "scenario.yaml:61:26", keyPath: "incidents.types[0].rate_per_site_day",
                    expected: "finite number of incidents per site per day from 0 to 100", found: "'\(text)'")
    }

    @Test("a deployable fraction outside (0, 1]", arguments: ["0", "1.5", "3/2", "2/0", "66%"])
    func deployableFraction(text: String) throws {
        let error = try Fixture.loadError(.yaml("deployable_fraction: 2/3", with: "deployable_fraction: \(text)"))
        expectError(error, .invalid, at: "scenario.yaml:29:24", keyPath: "force.deployable_fraction",
                    expected: "a fraction in (0, 1]", found: "'\(text)'")
    }

    @Test("a billion vehicles")
    func billionVehicles() throws {
        let error = try Fixture.loadError(.yaml("count: 4,", with: "count: 1_000_000_000,"))
        expectError(error, .invalid, at: "scenario.yaml:37:39", keyPath: "vehicles[1].count",
                    expected: "a whole number of vehicles from 0 to 1000000", found: "'1_000_000_000'")
    }

    @Test("budget lines that add up to more than the total")
    func budgetLinesExceedTotal() throws {
        let error = try Fixture.loadError(.yaml("allowance: 30_000_000", with: "allowance: 40_000_000"))
        expectError(error, .invalid, at: "scenario.yaml:42:10", keyPath: "budget.lines",
                    expected: "lines that add up to at most total_rupiah (50000000)", found: "lines adding up to 55000000")
    }

    @Test("a reserve larger than the deployable force")
    func reserveAboveDeployable() throws {
        let error = try Fixture.loadError(.yaml("reserve_personnel: 4", with: "reserve_personnel: 13"))
        expectError(error, .invalid, at: "scenario.yaml:30:22", keyPath: "force.reserve_personnel",
                    expected: "a reserve within the deployable force of 12", found: "13")
    }

    @Test("TNI above two-thirds of Polri")
    func tniAboveCap() throws {
        let error = try Fixture.loadError(.yaml("tni_personnel: 2", with: "tni_personnel: 13"))
        expectError(error, .invalid, at: "scenario.yaml:31:18", keyPath: "force.tni_personnel",
                    expected: "at most 12 TNI (2/3 of Polri's 18", found: "13")
    }

    @Test("a force of nobody")
    func zeroForce() throws {
        let error = try Fixture.loadError(.yaml("personnel: 12}\n    - {id: binmas, personnel: 6}",
                                                with: "personnel: 0}\n    - {id: binmas, personnel: 0}"))
        expectError(error, .invalid, at: "scenario.yaml:27:7", keyPath: "force.units[0]",
                    expected: "a force of at least one person", found: "0 personnel in all units")
    }

    @Test("an hourly profile of 23 values")
    func hourlyProfile23() throws {
        let values = [String](repeating: "1", count: 23).joined(separator: ", ")
        let error = try Fixture.loadError(.yaml("incidents:\n", with: "incidents:\n  hourly_profile: [\(values)]\n"))
        expectError(error, .invalid, at: "scenario.yaml:56:19", keyPath: "incidents.hourly_profile",
                    expected: "24 multipliers, one per hour", found: "23 values")
    }

    @Test("a triangular distribution with min above max")
    func triangularOrder() throws {
        let error = try Fixture.loadError(.yaml("min: 30,", with: "min: 130,"))
        expectError(error, .invalid, at: "scenario.yaml:66:30", keyPath: "incidents.types[1].time_on_scene_minutes",
                    expected: "min <= mode <= max", found: "min 130")
    }

    @Test("a contagion branching ratio that would explode")
    func branchingRatio() throws {
        let error = try Fixture.loadError(.yaml("incidents:\n", with: "incidents:\n  contagion: {branching_ratio: 1}\n"))
        expectError(error, .invalid, at: "scenario.yaml:56:32", keyPath: "incidents.contagion.branching_ratio",
                    expected: "from 0 to 0.95", found: "'1'")
    }
}
