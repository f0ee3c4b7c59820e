import Foundation
import Operations
import Testing
@testable import Planning
import Scenario

/// Every strategy's plan, on four scenarios, against every constraint, each checked from the plan
/// itself: the deployable force, the operable vehicles, the doctrine minimum by category and per
/// TPS, the budget rows as the ledger counts them, and the plan format (it loads back unchanged).
@Suite("Every strategy keeps every constraint", .serialized)
struct StrategyConstraintTests {
    @Test(arguments: ["tiny", "ketapang", "generated-300-7", "generated-600-11"])
    func everyStrategyKeepsEveryConstraint(_ name: String) throws {
        let scenario = try Fixture.scenario(named: name)
        let budget = BudgetModel(scenario: scenario)
        let minimum = scenario.security.minimumPolice(scenario.tps.countByCategory())
        for strategy in Fixture.strategies {
            let plan = try strategy.plan(scenario)
            let label = "\(strategy.name) on \(name)"
            #expect(plan.deployedPersonnel <= scenario.force.deployablePersonnel, "\(label): force")
            for (v, vehicle) in scenario.vehicles.enumerated() {
                #expect(plan.vehicleCount(type: v) <= vehicle.operableCount, "\(label): \(vehicle.id)")
            }
            let guarded = PlanCheck.guardPoliceByCategory(plan, scenario: scenario)
            for (category, police) in minimum {
                #expect(guarded[category, default: 0] + 1e-9 >= Double(police), "\(label): minimum \(category)")
            }
            let spend = budget.spend(guards: plan.guardPolice, reserves: plan.reservePersonnel, patrols: plan.patrolPersonnel)
            for row in budget.rows(guardRange: 0...0) {
                #expect(spend[row.name]! <= row.limitRupiah + 0.5, "\(label): budget \(row.name)")
            }
            #expect(PlanCheck.violations(plan, scenario: scenario) == [], "\(label)")
            let folder = try Fixture.write(plan, for: scenario)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect(try DeploymentPlan.load(folder: folder, scenario: scenario) == plan, "\(label): loads back")
        }
    }

    /// The budget model's allowance is the ledger's: one simulated replication of each plan
    /// charges exactly the planned allowance (the allowance accrues at fixed rates; BKO and
    /// contingencies are charged to other lines).
    @Test(arguments: ["tiny", "ketapang"])
    func theAllowanceIsTheLedgers(_ name: String) throws {
        let scenario = try Fixture.scenario(named: name)
        let column = try #require(KPI.column(named: "spend_allowance_rupiah"))
        for strategy in Fixture.strategies {
            let plan = try strategy.plan(scenario)
            var options = SimulationOptions()
            options.recordIncidents = false
            options.recordHourly = false
            let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies, options: options)
            let charged = model.run(replication: 0, seed: scenario.seed).kpis[column]
            let planned = BudgetModel(scenario: scenario).allowanceRupiah(guards: plan.guardPolice, reserves: plan.reservePersonnel,
                                                                         patrols: plan.patrolPersonnel)
            #expect(abs(charged - planned) <= 1, "\(strategy.name) on \(name): ledger \(charged), planned \(planned)")
        }
    }

    /// In the model, the optimized plan's expected unmet demand is below doctrine's and
    /// proportional's, and no plan beats the LP bound.
    @Test(arguments: ["tiny", "ketapang", "generated-600-11"])
    func optimizedBeatsDoctrineInTheModel(_ name: String) throws {
        let scenario = try Fixture.scenario(named: name)
        let planner = DeploymentPlanner(options: Fixture.fastOptions, strategy: "optimized")
        let outcome = try planner.solve(scenario)
        for baseline in [DoctrineStrategy() as any Strategy, ProportionalStrategy()] {
            let stage = FirstStage(plan: try baseline.plan(scenario), instance: outcome.instance)
            let value = try planner.evaluate(stage, instance: outcome.instance).objective
            #expect(outcome.integerObjective <= value + 1e-6, "\(baseline.name) on \(name): \(value) < \(outcome.integerObjective)")
            #expect(outcome.lpObjective <= value + 1e-6)
        }
        #expect(outcome.lpObjective <= outcome.integerObjective + 1e-6)
    }
}
