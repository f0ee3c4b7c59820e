import Optimization

/// A tiny LP with its answer worked out by hand, written beside its fixture
/// (the OR-Tools PDLP convention). The MPS file's header comment shows the work.
struct KnownLP: CustomStringConvertible, Sendable {
    var file: String
    var status: Status
    var objective: Double? = nil
    /// Column values by name.
    var primal: [String: Double] = [:]
    /// Row duals by name (shadow prices of the problem's own objective); empty when not unique.
    var duals: [String: Double] = [:]
    /// Reduced costs by name; empty when not unique.
    var reducedCosts: [String: Double] = [:]
    var description: String { file }
}

/// The catalogue: feasible, infeasible, unbounded, degenerate, free variables,
/// equality rows, ranges, every bound type, presolve reductions, empty rows and
/// columns, rank deficiency, fixed format.
let catalogue: [KnownLP] = [
    KnownLP(file: "wyndor.mps", status: .optimal, objective: 36,
            primal: ["x": 2, "y": 6], duals: ["PLANT1": 0, "PLANT2": 1.5, "PLANT3": 1],
            reducedCosts: ["x": 0, "y": 0]),
    KnownLP(file: "diet.mps", status: .optimal, objective: 9,
            primal: ["x": 3, "y": 1], duals: ["ENERGY": 1.5, "PROTEIN": 0.5], reducedCosts: ["x": 0, "y": 0]),
    KnownLP(file: "diet_fixed.mps", status: .optimal, objective: 9,
            primal: ["FOOD A": 3, "FOOD B": 1], duals: ["KCAL MIN": 1.5, "PROTEIN": 0.5]),
    KnownLP(file: "free_equality.mps", status: .optimal, objective: 5,
            primal: ["x": 2, "y": 1], duals: ["BALANCE": 4.0 / 3, "LIMIT": -1.0 / 3], reducedCosts: ["x": 0, "y": 0]),
    KnownLP(file: "degenerate.mps", status: .optimal, objective: 8, primal: ["x": 1, "y": 1]),
    KnownLP(file: "beale.mps", status: .optimal, objective: -1.25,
            primal: ["x4": 1, "x5": 0, "x6": 1, "x7": 0], duals: ["R1": 0, "R2": -1.5, "R3": -1.25],
            reducedCosts: ["x4": 0, "x5": 2, "x6": 0, "x7": 10.5]),
    KnownLP(file: "ranges.mps", status: .optimal, objective: 8.0 / 3,
            primal: ["x": 4.0 / 3, "y": 2.0 / 3], duals: ["R1": 2.0 / 3, "R2": 0, "R3": 1.0 / 3],
            reducedCosts: ["x": 0, "y": 0]),
    KnownLP(file: "bounds.mps", status: .optimal, objective: -6,
            primal: ["x1": 1, "x2": 3, "x3": 2, "x4": -2, "x5": 4, "x6": 0, "x7": 1, "x8": -2, "x9": 7, "x10": 2],
            duals: ["R1": 1, "R2": 0],
            reducedCosts: ["x1": 1, "x2": -1, "x3": 5, "x4": 0, "x5": -1, "x6": 2, "x7": -1, "x8": -1, "x9": -1, "x10": 1]),
    KnownLP(file: "presolve.mps", status: .optimal, objective: 0.5,
            primal: ["x": 2, "y": 2.5, "z": 2, "e": 1], duals: ["R1": 0, "R2": -0.5, "R3": -0.5, "R4": 0, "FREE": 0],
            reducedCosts: ["x": 0, "y": 0, "z": 1.5, "e": 3]),
    KnownLP(file: "duplicate_rows.mps", status: .optimal, objective: 2.5,
            primal: ["x": 1.5, "y": 0.5], reducedCosts: ["x": -1, "y": 0]),
    KnownLP(file: "infeasible_rows.mps", status: .primalInfeasible),
    KnownLP(file: "infeasible_bounds.mps", status: .primalInfeasible),
    KnownLP(file: "unbounded.mps", status: .dualInfeasible),
    KnownLP(file: "unbounded_free.mps", status: .dualInfeasible),
    KnownLP(file: "unbounded_column.mps", status: .dualInfeasible),
]
