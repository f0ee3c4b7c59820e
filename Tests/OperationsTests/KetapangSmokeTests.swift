import Testing
@testable import Operations
@testable import Scenario

/// The reference scenario end to end: the invariants every replication must keep.
@Suite("Ketapang")
struct KetapangSmokeTests {
    @Test("A replication keeps the model's invariants")
    func invariants() throws {
        let scenario = try Fixture.ketapang()
        let model = try OperationsModel(scenario: scenario, plan: TestPlans.guardsAndPolsekReserves(scenario),
                                        contingencies: scenario.contingencies, options: SimulationOptions())
        for replication in 0..<3 {
            let result = model.run(replication: replication, seed: scenario.seed)
            #expect(result.kpis.count == KPI.all.count)
            #expect(Fixture.kpi(result, "incidents") == Double(result.incidents.count))
            #expect(result.incidents.count > 50)
            #expect(zip(result.incidents, result.incidents.dropFirst()).allSatisfy { $0.occurredMinute <= $1.occurredMinute })
            for record in result.incidents {
                #expect(record.firstArrivalMinute.isNaN || record.firstArrivalMinute >= record.occurredMinute)
                #expect(record.resolvedMinute.isNaN || record.resolvedMinute >= record.firstArrivalMinute)
                #expect(record.finalSeverity >= record.initialSeverity && record.finalSeverity <= 5)
            }
            for name in ["within_target_share_road", "reserve_utilization", "vehicle_utilization"] {
                let share = Fixture.kpi(result, name)
                #expect(share.isNaN || (0...1).contains(share), "\(name) = \(share)")
            }
            let lines = ["allowance", "fuel", "maintenance", "bko", "contingency"].map { Fixture.kpi(result, "spend_\($0)_rupiah") }
            #expect(abs(lines.reduce(0, +) - Fixture.kpi(result, "spend_total_rupiah")) < 1)
            let hours = Int(((scenario.timeline.endMinute - scenario.timeline.startMinute) / 60).rounded(.up))
            #expect(result.hourly.spendRupiah.count == hours && result.hourly.activeIncidents.count == hours)
            #expect(zip(result.hourly.spendRupiah, result.hourly.spendRupiah.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(result.personnelHoursByPhase.count == scenario.timeline.phases.count)
            #expect(abs(result.personnelHoursByPhase.reduce(0, +) - Fixture.kpi(result, "personnel_hours")) < 1e-6 * Fixture.kpi(result, "personnel_hours"))
        }
    }

    @Test("The KPI catalogue has unique names, each with a unit and a description")
    func catalogue() {
        let names = KPI.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(KPI.all.allSatisfy { !$0.unit.isEmpty && !$0.description.isEmpty })
        #expect(KPI.column(named: "response_p90_minutes") != nil)
    }

    @Test("A plan for another scenario is rejected")
    func planMismatch() throws {
        let scenario = try Fixture.ketapang()
        var plan = TestPlans.allAtHeadquarters(scenario)
        plan.tpsGuardGroup.removeLast()
        #expect(throws: OperationsError.self) {
            try OperationsModel(scenario: scenario, plan: plan, contingencies: [], options: SimulationOptions())
        }
    }
}
