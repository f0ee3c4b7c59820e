import Testing
@testable import Optimization

/// Every catalogue LP on both KKT solvers, with and without presolve: the
/// status, the hand-worked answer, the optimality conditions, and for
/// infeasible problems a certificate that verifies on the original data.
@Suite struct CatalogueTests {
    static let variants: [(String, Settings)] = [
        ("dense", settings(.dense)), ("sparse", settings(.sparse)),
        ("dense, no presolve", settings(.dense, presolve: false)),
        ("sparse, no presolve, no scaling", settings(.sparse, presolve: false, scaling: false)),
    ]

    @Test(arguments: catalogue)
    func knownAnswer(_ known: KnownLP) throws {
        let problem = try fixture(known.file)
        for (variant, settings) in Self.variants {
            let solution = solve(problem, settings: settings)
            #expect(solution.status == known.status, "\(known.file) [\(variant)]")
            guard solution.status == known.status else { continue }
            switch known.status {
            case .optimal: checkOptimum(known, problem, solution, variant)
            case .primalInfeasible, .dualInfeasible: checkCertificate(known, problem, solution, variant)
            default: break
            }
        }
    }

    func checkOptimum(_ known: KnownLP, _ problem: LinearProgram, _ solution: Solution, _ variant: String) {
        let label = "\(known.file) [\(variant)]"
        if let objective = known.objective {
            #expect(abs(solution.objective - objective) <= 1e-7 * (1 + abs(objective)), "\(label): objective \(solution.objective)")
        }
        let column = Dictionary(uniqueKeysWithValues: problem.columnNames.enumerated().map { ($1, $0) })
        let row = Dictionary(uniqueKeysWithValues: problem.rowNames.enumerated().map { ($1, $0) })
        func expectClose(_ values: [Double], _ index: [String: Int], _ known: [String: Double], _ what: String) {
            for (name, value) in known {
                guard let k = index[name] else {
                    Issue.record("\(label): no \(what) named '\(name)' in \(index.keys.sorted())")
                    continue
                }
                #expect(abs(values[k] - value) <= 1e-6, "\(label): \(what) \(name) = \(values[k]), expected \(value)")
            }
        }
        expectClose(solution.columnValues, column, known.primal, "x")
        expectClose(solution.rowDuals, row, known.duals, "y")
        expectClose(solution.reducedCosts, column, known.reducedCosts, "d")
        let violation = KKTViolation(problem, solution)
        #expect(violation.largest <= 1e-7, "\(label): \(violation)")
    }

    func checkCertificate(_ known: KnownLP, _ problem: LinearProgram, _ solution: Solution, _ variant: String) {
        switch (known.status, solution.certificate) {
        case let (.primalInfeasible, .farkas(y)?):
            #expect(problem.verifiesFarkas(y), "\(known.file) [\(variant)]: Farkas ray \(y)")
        case let (.dualInfeasible, .unboundedRay(d)?):
            #expect(problem.verifiesUnboundedRay(d), "\(known.file) [\(variant)]: ray \(d)")
        default:
            Issue.record("\(known.file) [\(variant)]: expected a certificate for \(known.status), found \(String(describing: solution.certificate))")
        }
    }

    /// The duplicate rows' duals are not unique, but their sum is.
    @Test func duplicateRowsDualSum() throws {
        let problem = try fixture("duplicate_rows.mps")
        for (variant, settings) in Self.variants {
            let y = solve(problem, settings: settings).rowDuals
            #expect(abs(y[0] + y[1] - 2) <= 1e-6, "\(variant): \(y)")
        }
    }

    /// The degenerate LP's duals lie on the optimal face y = (-(1-t), -(1-t), -t), t in [0, 1].
    @Test func degenerateDualsOnTheFace() throws {
        let problem = try fixture("degenerate.mps")
        for (variant, settings) in Self.variants {
            let y = solve(problem, settings: settings).rowDuals
            let t = -y[2]
            #expect(t >= -1e-7 && t <= 1 + 1e-7 && abs(y[0] + 1 - t) <= 1e-6 && abs(y[1] + 1 - t) <= 1e-6, "\(variant): \(y)")
        }
    }

    /// Presolve removes R1 (redundant), R3 (singleton), R4 (empty), FREE, z (fixed) and e (empty).
    @Test func presolveShrinksTheProblem() throws {
        let solution = solve(try fixture("presolve.mps"))
        #expect(solution.info.presolvedRows == 1)
        #expect(solution.info.presolvedColumns == 2)
    }

    /// Infeasibility found in presolve needs no interior-point iteration.
    @Test func presolveFindsInfeasibleAndUnbounded() throws {
        #expect(solve(try fixture("infeasible_bounds.mps")).info.iterations == 0)
        #expect(solve(try fixture("unbounded_column.mps")).info.iterations == 0)
    }
}
