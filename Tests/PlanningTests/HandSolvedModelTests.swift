import Optimization
import Testing
@testable import Planning
import Scenario

/// A deployment model small enough to solve by hand: 2 zones, 1 post, 1 vehicle type, 2 peak
/// hours, one shift a day, deployable 2, a rawan minimum of 1 guard.
///
/// ```
/// zone 0: rawan, weight 3          hour 0 (p = 1/2): zone 0 needs 3 responders
/// zone 1: kurang rawan, weight 1   hour 1 (p = 1/2): zone 1 needs 2 responders
/// post 0 reaches both zones in time with its car (4 seats, 1 operable)
///
/// minimize   1.5 u_00 + 0.5 u_11                       (p_k w_z)
/// subject to g_0 ≥ 1                                   minimum.rawan       y = +0.5
///            g_0 + g_1 + r ≤ 2                         force               y = -2
///            m ≤ 1                                     operable.car        y = 0
///            g_0 + s_00 + u_00 ≥ 3,  s_00 - r ≤ 0,  s_00 - 4m ≤ 0        y = 1.5, -1.5, 0
///            g_1 + s_11 + u_11 ≥ 2,  s_11 - r ≤ 0,  s_11 - 4m ≤ 0        y = 0.5, -0.5, 0
/// ```
///
/// A reserve helps both hours (worth 1.5 + 0.5 = 2 while both are short), a guard at zone 0 only
/// hour 0 (1.5), at zone 1 only hour 1 (0.5). The minimum forces g_0 = 1; the other person is a
/// reserve: u_00 = 3 - 1 - 1 = 1, u_11 = 2 - 1 = 1, objective 1.5 + 0.5 = 2. Alternatives: g_0 = 2
/// gives 1.5 + 1 = 2.5; g_1 = 1 gives 3 + 0.5 = 3.5. Duals: one more person (a second reserve)
/// clears both hours, -2; raising the minimum to 2 turns the reserve into a guard, +0.5; the demand
/// rows' duals are their unmet costs 1.5 and 0.5, and the capacity rows pass them on to r.
/// Reduced costs check: d(r) = -(y_force - y_cap0 - y_cap1) = -(-2 + 1.5 + 0.5) = 0, d(g_1) =
/// -(y_force + y_dem1) = 1.5 ≥ 0. The car is needed for a quarter only (m = 1/4 at the tie-break).
@Suite("Deployment model solved by hand")
struct HandSolvedModelTests {
    static func instance() -> DeploymentInstance {
        let zones = [
            DeploymentZone(label: "z0", category: .rawan, access: .road, polsek: 0, tps: [0], latitude: 0, longitude: 0, weight: 3),
            DeploymentZone(label: "z1", category: .kurangRawan, access: .road, polsek: 0, tps: [1], latitude: 0, longitude: 0, weight: 1),
        ]
        return DeploymentInstance(
            zones: zones, posts: [.init(scenarioIndex: 0, label: "polsek")],
            vehicles: [.init(scenarioIndex: 0, label: "car", seats: 4, operable: 1)],
            routes: [[.init(post: 0, vehicle: 0)], [.init(post: 0, vehicle: 0)]],
            samples: [.init(probability: 0.5, zones: [0], responders: [3]), .init(probability: 0.5, zones: [1], responders: [2])],
            minimum: [.rawan: 1], deployable: 2, shiftsPerDay: 1, budgetRows: [])
    }

    func row(_ model: DeploymentModel, _ name: String) -> Int { model.program.rowNames.firstIndex(of: name)! }
    func column(_ model: DeploymentModel, _ name: String) -> Int { model.program.columnNames.firstIndex(of: name)! }

    @Test func theShapeIsBlockAngular() throws {
        let model = try DeploymentModel(Self.instance())
        #expect(model.program.rowCount == 9 && model.program.columnCount == 8)
        #expect(model.firstStageColumnCount == 4 && model.firstStageRowCount == 3)
        #expect(model.program.columnNames.prefix(4) == ["g.z0", "g.z1", "r.polsek", "m.polsek.car"])
        #expect(model.structure.blocks == [.init(columns: 4..<6, rows: 3..<6), .init(columns: 6..<8, rows: 6..<9)])
        #expect(throws: Never.self) { try model.structure.validate(model.program) }
    }

    @Test func theOptimumAndItsDualsAreTheHandSolution() throws {
        let model = try DeploymentModel(Self.instance())
        let solution = Optimization.solve(model.program)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 2) < 1e-4)
        let x = solution.columnValues, y = solution.rowDuals
        #expect(abs(x[column(model, "g.z0")] - 1) < 1e-4 && abs(x[column(model, "g.z1")]) < 1e-4)
        #expect(abs(x[column(model, "r.polsek")] - 1) < 1e-4)
        #expect(abs(x[column(model, "u.k0.z0")] - 1) < 1e-4 && abs(x[column(model, "u.k1.z1")] - 1) < 1e-4)
        let expected: [String: Double] = ["minimum.rawan": 0.5, "force": -2, "demand.k0.z0": 1.5, "demand.k1.z1": 0.5,
                                          "capacity.k0.polsek": -1.5, "capacity.k1.polsek": -0.5, "operable.car": 0]
        for (name, dual) in expected { #expect(abs(y[row(model, name)] - dual) < 1e-4, "\(name): \(y[row(model, name)])") }
        #expect(abs(solution.reducedCosts[column(model, "g.z1")] - 1.5) < 1e-4)

        let values = MarginalValues(model: model, duals: y)
        #expect(abs(values.reserves[0] - 2) < 1e-4 && abs(values.guards[0] - 1.5) < 1e-4 && abs(values.guards[1] - 0.5) < 1e-4)
        let binding = ShadowPrice.binding(model, solution)
        #expect(binding.map(\.row) == ["minimum.rawan", "force"])
        #expect(binding[1].sentence == "One more deployable person is worth 2.000 less unmet demand.")
    }

    @Test func roundingKeepsTheWholeOptimumAndPlacesTheCar() throws {
        let instance = Self.instance()
        let model = try DeploymentModel(instance)
        let solution = Optimization.solve(model.program)
        let values = MarginalValues(model: model, duals: solution.rowDuals)
        let integer = try #require(IntegerRepair(instance: instance, guardValue: values.guards, reserveValue: values.reserves)
            .round(model.firstStage(solution.columnValues)))
        #expect(integer == FirstStage(guards: [1, 0], reserves: [1], vehicles: [[1]]))
        let evaluation = try DeploymentPlanner(options: .init(), strategy: "optimized").evaluate(integer, instance: instance)
        #expect(abs(evaluation.objective - 2) < 1e-4 && abs(evaluation.expectedUnmet - 2) < 1e-4)
    }

    @Test func aForceBelowTheMinimumIsNamedByTheCertificate() throws {
        var instance = Self.instance()
        instance.minimum = [.rawan: 5]
        let model = try DeploymentModel(instance)
        let solution = Optimization.solve(model.program)
        #expect(solution.status == .primalInfeasible)
        let report = InfeasibilityReport(model: model, solution: solution)
        #expect(report.rows == ["minimum.rawan", "force"])
        #expect(report.message == "no plan meets these constraints together: the doctrine minimum needs 5 police (rawan 5); "
                + "the deployable force is 2: short by 3 police")
    }

    @Test func cvarAddsTheWorstHoursTail() throws {
        // Losses L_k = Σ_z w_z u_zk: hour 0 3 · 1 = 3, hour 1 1 · 1 = 1. With alpha = 0.5 the tail
        // is the worse hour alone, CVaR = 3, for any eta in [1, 3]: eta + 2 · 1/2 · (3 - eta) = 3.
        // The first stage stays (g_0 = 2 would give 2.5 + 3): objective 2 + 3 = 5.
        let model = try DeploymentModel(Self.instance(), cvar: .init(alpha: 0.5, weight: 1))
        let solution = Optimization.solve(model.program)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 5) < 1e-4)
        let eta = solution.columnValues[model.etaColumn!]
        #expect(eta > 1 - 1e-4 && eta < 3 + 1e-4)
        #expect(abs(model.expectedUnmet(solution.columnValues) - 2) < 1e-4)
    }
}
