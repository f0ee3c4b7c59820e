import Foundation
import Optimization

/// The folder of MPS fixtures next to this file.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Reads a fixture by file name.
func fixture(_ name: String) throws -> LinearProgram {
    try MPSReader.read(path: fixtures.appendingPathComponent(name).path).problem
}

/// Settings for one of the linear-solver and presolve variants the catalogue runs.
func settings(_ solver: LinearSolverChoice, presolve: Bool = true, scaling: Bool = true) -> Settings {
    var settings = Settings()
    settings.linearSolver = solver
    settings.presolve = presolve
    settings.scaling = scaling
    return settings
}

/// How far a solution is from satisfying the optimality conditions of the
/// original problem, each relative to the data:
/// - primal: bound and row violations;
/// - dual: reduced costs and duals of the wrong sign for an infinite bound;
/// - complementarity: `|d| · distance to its bound` (and for rows);
/// - gap: primal objective minus the dual objective built from y and d.
struct KKTViolation: CustomStringConvertible {
    var primal = 0.0, dual = 0.0, complementarity = 0.0, gap = 0.0
    var largest: Double { max(primal, dual, complementarity, gap) }
    var description: String { "primal \(primal), dual \(dual), complementarity \(complementarity), gap \(gap)" }

    init(_ p: LinearProgram, _ s: Solution) {
        let sign = p.sense == .minimize ? 1.0 : -1.0
        var dualObjective = sign * p.objectiveOffset
        func check(_ value: Double, _ lower: Double, _ upper: Double, _ multiplier: Double) {
            let scale = 1 + max(abs(value), lower.isFinite ? abs(lower) : 0, upper.isFinite ? abs(upper) : 0)
            primal = max(primal, (lower - value) / scale, (value - upper) / scale)
            let m = sign * multiplier  // minimization form: m > 0 at a lower bound, m < 0 at an upper bound
            if m > 0 {
                if lower.isFinite {
                    complementarity = max(complementarity, m * (value - lower) / scale)
                    dualObjective += m * lower
                } else { dual = max(dual, m) }
            } else if m < 0 {
                if upper.isFinite {
                    complementarity = max(complementarity, -m * (upper - value) / scale)
                    dualObjective += m * upper
                } else { dual = max(dual, -m) }
            }
        }
        for j in 0..<p.columnCount { check(s.columnValues[j], p.columnLower[j], p.columnUpper[j], s.reducedCosts[j]) }
        for i in 0..<p.rowCount { check(s.rowActivities[i], p.rowLower[i], p.rowUpper[i], s.rowDuals[i]) }
        gap = abs(sign * s.objective - dualObjective) / (1 + abs(s.objective))
    }
}

/// SplitMix64: a small seeded generator for reproducible random problems.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// A random feasible, bounded LP with a known feasible point and a known dual
/// feasible point (so it has an optimum): rows of every type, some free and
/// boxed columns. `density` is the share of nonzeros.
func randomFeasibleLP(rows m: Int, columns n: Int, density: Double, seed: UInt64) throws -> LinearProgram {
    var g = SeededGenerator(seed: seed)
    var triplets: [(row: Int, column: Int, value: Double)] = []
    for j in 0..<n {
        for i in 0..<m where Double.random(in: 0..<1, using: &g) < density || i == j % m {
            triplets.append((i, j, Double.random(in: -1...1, using: &g)))
        }
    }
    let a = try SparseMatrix(rows: m, columns: n, triplets: triplets)
    // A feasible x0 inside its bounds, and row bounds around A x0.
    var lower = [Double](), upper = [Double](), x0 = [Double]()
    for _ in 0..<n {
        let kind = Int.random(in: 0..<10, using: &g)
        let x = Double.random(in: 0...2, using: &g)
        x0.append(x)
        switch kind {
        case 0: (lower, upper) = (lower + [-.infinity], upper + [.infinity])
        case 1...4: (lower, upper) = (lower + [0], upper + [.infinity])
        default: (lower, upper) = (lower + [0], upper + [x + Double.random(in: 0.1...3, using: &g)])
        }
    }
    var ax = [Double](repeating: 0, count: m)
    for t in triplets { ax[t.row] += t.value * x0[t.column] }
    var rowLower = [Double](), rowUpper = [Double]()
    for i in 0..<m {
        switch Int.random(in: 0..<4, using: &g) {
        case 0: (rowLower, rowUpper) = (rowLower + [ax[i]], rowUpper + [ax[i]])
        case 1: (rowLower, rowUpper) = (rowLower + [-.infinity], rowUpper + [ax[i] + Double.random(in: 0...1, using: &g)])
        case 2: (rowLower, rowUpper) = (rowLower + [ax[i] - Double.random(in: 0...1, using: &g)], rowUpper + [.infinity])
        default: (rowLower, rowUpper) = (rowLower + [ax[i] - 1], rowUpper + [ax[i] + 1])
        }
    }
    // Costs c = Aᵀy0 + d0 with d0 ≥ 0 on lower-bounded columns, 0 on free ones, and
    // y0 of the sign each row type allows: a dual feasible point, so the LP is bounded.
    let y0 = (0..<m).map { i -> Double in
        let v = Double.random(in: 0...1, using: &g)
        return rowLower[i] == rowUpper[i] ? v - 0.5 : rowLower[i] == -.infinity ? -v : rowUpper[i] == .infinity ? v : v - 0.5
    }
    var c = [Double](repeating: 0, count: n)
    for t in triplets { c[t.column] += t.value * y0[t.row] }
    for j in 0..<n where lower[j] == 0 { c[j] += Double.random(in: 0...1, using: &g) }
    return try LinearProgram(
        objective: c, constraints: a, rowLower: rowLower, rowUpper: rowUpper, columnLower: lower, columnUpper: upper)
}
