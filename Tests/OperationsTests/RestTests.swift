import Testing
@testable import Operations
@testable import Scenario

/// Rest between reserve shifts: a pattern that leaves less than `force.shift.restHours` off counts
/// the shortfall as fatigue hours (Replication+Shifts.swift), worked out by hand.
@Suite("Rest")
struct RestTests {
    /// Two quiet days (no incidents) with `reserve` people at the Polsek in `shifts` shifts a day.
    static func fatigue(reserve: Int, shifts: Int, maxDutyHours: Double = 12, restHours: Double) throws -> Double {
        var scenario = Fixture.scenario(tpsOffsetsKm: Fixture.atPosts(1))
        scenario.force.shift.maxDutyHours = maxDutyHours
        scenario.force.shift.restHours = restHours
        var plan = Fixture.plan(scenario, reserve: reserve, cars: 1)
        plan.shifts.reserveShiftsPerDay = shifts
        let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: [], options: SimulationOptions())
        return Fixture.kpi(model.run(replication: 0, seed: 1), "fatigue_hours")
    }

    @Test("One shift a day: no rest at all from the second day")
    func oneShift() throws {
        // 3 people on 24-hour shifts: 12 hours beyond the maximum each day (3 · 12 · 2 = 72), and
        // at the change at 24:00 they start again with 0 of 8 hours' rest (3 · 8 = 24).
        #expect(try Self.fatigue(reserve: 3, shifts: 1, restHours: 8) == 72 + 24)
        #expect(try Self.fatigue(reserve: 3, shifts: 1, restHours: 10) == 72 + 30)
        #expect(try Self.fatigue(reserve: 3, shifts: 1, restHours: 0) == 72)
    }

    @Test("Two 12-hour shifts leave 12 hours off: short only of a longer rest")
    func twoShifts() throws {
        #expect(try Self.fatigue(reserve: 4, shifts: 2, restHours: 8) == 0)
        #expect(try Self.fatigue(reserve: 4, shifts: 2, restHours: 12) == 0)
        // Rest 14: 2 hours short per person and shift. Changes at 12:00 (that shift has not
        // worked yet), 24:00 and 36:00 (2 people each, back after 12 hours off): 2 · 2 · 2 = 8.
        #expect(try Self.fatigue(reserve: 4, shifts: 2, restHours: 14) == 8)
    }

    @Test("Three 8-hour shifts: 16 hours off, 18 wanted")
    func threeShifts() throws {
        // Changes at 08:00 and 16:00 start shifts that have not worked yet; those at 24:00, 32:00
        // and 40:00 start shifts of 2 people back after 16 hours off: 3 · 2 · 2 = 12.
        #expect(try Self.fatigue(reserve: 6, shifts: 3, restHours: 18) == 12)
    }
}
