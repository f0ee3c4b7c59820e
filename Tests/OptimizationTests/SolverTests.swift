import Testing
@testable import Optimization

/// Determinism, the two KKT solvers against each other, limits, the custom
/// KKT-solver seam and bad input.
@Suite struct SolverTests {
    /// Solving the same LP twice gives bit-identical iterates and solutions.
    @Test(arguments: [LinearSolverChoice.dense, .sparse].indices)
    func resolveIsBitIdentical(_ k: Int) throws {
        let choice = [LinearSolverChoice.dense, .sparse][k]
        let problem = try randomFeasibleLP(rows: 120, columns: 260, density: 0.05, seed: 11)
        let first = solve(problem, settings: settings(choice)), second = solve(problem, settings: settings(choice))
        #expect(first.status == .optimal)
        #expect(first.info.log.map(\.checksum) == second.info.log.map(\.checksum))
        let bits = { (log: [IterationRecord]) in
            log.map { [$0.primalObjective, $0.dualObjective, $0.mu, $0.tau, $0.kappa, $0.sigma, $0.step].map(\.bitPattern) }
        }
        #expect(bits(first.info.log) == bits(second.info.log))
        #expect(first.columnValues.map(\.bitPattern) == second.columnValues.map(\.bitPattern))
        #expect(first.rowDuals.map(\.bitPattern) == second.rowDuals.map(\.bitPattern))
    }

    /// Medium random feasible LPs: the dense (BLAS/LAPACK) and sparse (CHOLMOD)
    /// paths agree, and each solution meets the optimality conditions to 1e-7.
    @Test(arguments: [(150, 300, 0.05, 1), (300, 500, 0.02, 2), (400, 900, 0.01, 3), (200, 200, 0.05, 4)] as [(Int, Int, Double, UInt64)])
    func denseAndSparseAgree(_ rows: Int, _ columns: Int, _ density: Double, _ seed: UInt64) throws {
        let problem = try randomFeasibleLP(rows: rows, columns: columns, density: density, seed: seed)
        let dense = solve(problem, settings: settings(.dense)), sparse = solve(problem, settings: settings(.sparse))
        #expect(dense.status == .optimal && sparse.status == .optimal, "seed \(seed)")
        #expect(abs(dense.objective - sparse.objective) <= 1e-7 * (1 + abs(dense.objective)), "seed \(seed)")
        for (name, solution) in [("dense", dense), ("sparse", sparse)] {
            let violation = KKTViolation(problem, solution)
            #expect(violation.largest <= 1e-7, "seed \(seed), \(name): \(violation)")
        }
    }

    @Test func iterationAndTimeLimitsAreStatuses() throws {
        let problem = try randomFeasibleLP(rows: 60, columns: 120, density: 0.1, seed: 5)
        var limited = Settings()
        limited.iterationLimit = 2
        let stopped = solve(problem, settings: limited)
        #expect(stopped.status == .iterationLimit && stopped.info.iterations == 2)
        #expect(stopped.columnValues.count == problem.columnCount)
        var timed = Settings()
        timed.timeLimitSeconds = 1e-9
        #expect(solve(problem, settings: timed).status == .timeLimit)
    }

    /// A caller's ``KKTSolver`` plugs in through `.custom` (the seam the
    /// block-angular Schur-complement solver uses).
    @Test func customKKTSolverPlugsIn() throws {
        final class Counting: @unchecked Sendable { var factorizations = 0 }
        struct Wrapped: KKTSolver {
            var inner: DenseNormalEquations
            let counter: Counting
            var name: String { "wrapped " + inner.name }
            mutating func factor(diagonal: [Double], primalRegularization: Double, dualRegularization: Double) throws(KKTSolverError) -> Double {
                counter.factorizations += 1
                return try inner.factor(diagonal: diagonal, primalRegularization: primalRegularization, dualRegularization: dualRegularization)
            }
            func solve(_ rx: [Double], _ ry: [Double], dx: inout [Double], dy: inout [Double]) {
                inner.solve(rx, ry, dx: &dx, dy: &dy)
            }
        }
        let counter = Counting()
        var custom = Settings()
        custom.linearSolver = .custom { Wrapped(inner: DenseNormalEquations($0), counter: counter) }
        let solution = solve(try fixture("beale.mps"), settings: custom)
        #expect(solution.status == .optimal && abs(solution.objective + 1.25) < 1e-8)
        #expect(counter.factorizations == solution.info.iterations + 1)
        #expect(solution.info.linearSolver.hasPrefix("wrapped"))
    }

    @Test func certificatesThatDoNotProveAnythingAreRejected() throws {
        let problem = try fixture("infeasible_rows.mps")
        #expect(problem.verifiesFarkas([-1, 1]))
        #expect(!problem.verifiesFarkas([1, -1]))
        #expect(!problem.verifiesFarkas([0, 1]))
        #expect(!problem.verifiesFarkas([0, 0]))
        let unbounded = try fixture("unbounded.mps")
        #expect(unbounded.verifiesUnboundedRay([1, 1]))
        #expect(!unbounded.verifiesUnboundedRay([1, 0]))
        #expect(!unbounded.verifiesUnboundedRay([-1, -1]))
    }

    @Test func badInputIsAnErrorNamingTheRowOrColumn() throws {
        let a = try SparseMatrix(dense: [[1, 1]])
        #expect(throws: LinearProgramError.notFinite(location: "objective coefficient of column y", value: .infinity)) {
            try LinearProgram(objective: [1, .infinity], constraints: a, rowLower: [0], rowUpper: [1],
                              columnLower: [0, 0], columnUpper: [1, 1], columnNames: ["x", "y"])
        }
        do {
            _ = try LinearProgram(objective: [1, .nan], constraints: a, rowLower: [0], rowUpper: [1],
                                  columnLower: [0, 0], columnUpper: [1, 1], columnNames: ["x", "y"])
        } catch {
            #expect("\(error)".contains("column y"))
        }
        #expect(throws: LinearProgramError.dimensionMismatch(what: "objective coefficients", expected: 2, found: 3)) {
            try LinearProgram(objective: [1, 2, 3], constraints: a, rowLower: [0], rowUpper: [1],
                              columnLower: [0, 0], columnUpper: [1, 1])
        }
        #expect(throws: LinearProgramError.inconsistentBounds(location: "row cap", lower: 2, upper: 1)) {
            try LinearProgram(objective: [1, 2], constraints: a, rowLower: [2], rowUpper: [1],
                              columnLower: [0, 0], columnUpper: [1, 1], rowNames: ["cap"])
        }
        #expect(throws: LinearProgramError.duplicateName(what: "column", name: "x")) {
            try LinearProgram(objective: [1, 2], constraints: a, rowLower: [0], rowUpper: [1],
                              columnLower: [0, 0], columnUpper: [1, 1], columnNames: ["x", "x"])
        }
        #expect(throws: LinearProgramError.self) {
            try SparseMatrix(rows: 1, columns: 1, triplets: [(0, 0, 1), (0, 0, 2)])
        }
        #expect(throws: LinearProgramError.indexOutOfRange(what: "row", index: 3, count: 1)) {
            try SparseMatrix(rows: 1, columns: 1, triplets: [(3, 0, 1)])
        }
        #expect(throws: LinearProgramError.self) {
            try SparseMatrix(rows: 1, columns: 1, triplets: [(0, 0, .infinity)])
        }
    }

    /// Maximization returns shadow prices of the maximum and a verified ray.
    @Test func maximizationSignsAndRay() throws {
        let a = try SparseMatrix(dense: [[1, -1]])
        let unbounded = try LinearProgram(sense: .maximize, objective: [1, 1], constraints: a, senses: [.lessOrEqual],
                                          rightHandSides: [1], columnLower: [0, 0], columnUpper: [.infinity, .infinity])
        let solution = solve(unbounded)
        #expect(solution.status == .dualInfeasible)
        if case let .unboundedRay(d)? = solution.certificate {
            #expect(d[0] + d[1] > 0)
        } else {
            Issue.record("expected a ray")
        }
    }
}

/// Shapes at the edges: no rows, no columns, everything removed by presolve.
@Suite struct EdgeShapeTests {
    @Test(arguments: [true, false])
    func noRows(_ presolve: Bool) throws {
        let problem = try LinearProgram(
            objective: [1, -1], constraints: SparseMatrix(rows: 0, columns: 2), rowLower: [], rowUpper: [],
            columnLower: [0, -1], columnUpper: [3, 2])
        let solution = solve(problem, settings: settings(.sparse, presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective + 2) < 1e-7)
        #expect(abs(solution.columnValues[0]) < 1e-7 && abs(solution.columnValues[1] - 2) < 1e-7)
    }

    @Test(arguments: [true, false])
    func noColumns(_ presolve: Bool) throws {
        let feasible = try LinearProgram(
            objective: [], constraints: SparseMatrix(rows: 2, columns: 0), rowLower: [-1, 0], rowUpper: [1, .infinity],
            columnLower: [], columnUpper: [])
        #expect(solve(feasible, settings: settings(.dense, presolve: presolve)).status == .optimal)
        let infeasible = try LinearProgram(
            objective: [], constraints: SparseMatrix(rows: 1, columns: 0), rowLower: [1], rowUpper: [2],
            columnLower: [], columnUpper: [])
        let solution = solve(infeasible, settings: settings(.dense, presolve: presolve))
        #expect(solution.status == .primalInfeasible)
        if case let .farkas(y)? = solution.certificate { #expect(infeasible.verifiesFarkas(y)) }
    }

    @Test func emptyProblem() throws {
        let problem = try LinearProgram(
            objective: [], objectiveOffset: 4, constraints: SparseMatrix(rows: 0, columns: 0), rowLower: [], rowUpper: [],
            columnLower: [], columnUpper: [])
        let solution = solve(problem)
        #expect(solution.status == .optimal && solution.objective == 4)
    }
}

/// A problem that is primal and dual infeasible at once may end with either
/// verdict; whichever it is, its certificate must verify.
@Suite struct BothInfeasibleTests {
    @Test(arguments: [LinearSolverChoice.dense, .sparse].indices)
    func eitherVerdictWithAVerifiedCertificate(_ k: Int) throws {
        // min -x - y  s.t.  x - y = 1,  x - y = 2,  x, y >= 0: the rows contradict each other,
        // and d = (1, 1) keeps x - y fixed while the objective falls.
        let a = try SparseMatrix(dense: [[1, -1], [1, -1]])
        let problem = try LinearProgram(objective: [-1, -1], constraints: a, senses: [.equal, .equal],
                                        rightHandSides: [1, 2], columnLower: [0, 0], columnUpper: [.infinity, .infinity])
        let solution = solve(problem, settings: settings([LinearSolverChoice.dense, .sparse][k]))
        switch (solution.status, solution.certificate) {
        case let (.primalInfeasible, .farkas(y)?): #expect(problem.verifiesFarkas(y))
        case let (.dualInfeasible, .unboundedRay(d)?): #expect(problem.verifiesUnboundedRay(d))
        default: Issue.record("expected an infeasible verdict with a certificate, found \(solution.status)")
        }
    }
}
