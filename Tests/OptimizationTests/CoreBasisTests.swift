import Foundation
import Testing
@testable import Optimization

/// The compressed ``CoreBasis``: on a problem whose block columns share a few
/// core patterns up to scale (the deployment LP's shape), the blocks factor
/// in atoms, solve the regularized Newton system to rounding level (backward
/// error), and reach the general path's optimum.
@Suite struct CoreBasisTests {
    /// A seeded two-stage LP shaped like the deployment model: first-stage
    /// guards per zone and reserves per post; per block, one demand row per
    /// zone (guards + dispatch + unmet ≥ demand), one capacity row per post
    /// (dispatch ≤ reserves) and one seat row per route (dispatch ≤ seats of
    /// the route's first-stage vehicles).
    /// Every dispatch column of a route has the route's core pattern
    /// `(capacity, seats)` times its own scale, so atoms are shared and scaled.
    static func patternedProblem(seed: UInt64, blocks: Int = 3, zones: Int = 12, posts: Int = 3) throws -> (LinearProgram, BlockStructure) {
        var random = SplitMix(seed: seed)
        let routes = (0..<posts).flatMap { p in [(p, 0), (p, 1)] }
        let routeValues = routes.map { _ in (1 + random.uniform(), 0.5 + random.uniform()) }
        let reaches: [[Int]] = (0..<zones).map { z in routes.indices.filter { r in (r + z) % 3 != 0 || random.uniform() < 0.3 } }
        var triplets: [(row: Int, column: Int, value: Double)] = [], objective: [Double] = []
        var lower: [Double] = [], upper: [Double] = [], columnUpper: [Double] = []
        var columns = 0, rows = 0
        func column(cost: Double, upper: Double = .infinity) -> Int {
            objective.append(cost)
            columnUpper.append(upper)
            columns += 1
            return columns - 1
        }
        func row(_ low: Double, _ high: Double, _ entries: [(Int, Double)]) {
            for (j, v) in entries { triplets.append((rows, j, v)) }
            (lower, upper) = (lower + [low], upper + [high])
            rows += 1
        }
        let guards = (0..<zones).map { _ in column(cost: 0.01 * random.uniform()) }
        let reserves = (0..<posts).map { _ in column(cost: 0.01 * random.uniform()) }
        let vehicles = routes.map { _ in column(cost: 0.01 * random.uniform(), upper: 3) }
        row(-.infinity, Double(zones + posts), (guards + reserves).map { ($0, 1.0) })
        var layout: [BlockStructure.Block] = []
        for _ in 0..<blocks {
            let (c0, r0) = (columns, rows)
            var dispatch: [[(column: Int, route: Int)]] = []
            for z in 0..<zones {
                dispatch.append(reaches[z].map { r in (column(cost: 0.001 * random.uniform()), r) })
            }
            let unmet = (0..<zones).map { _ in column(cost: 1 + random.uniform()) }
            for z in 0..<zones {
                row(2 * random.uniform(), .infinity, [(guards[z], 1.0), (unmet[z], 1.0)] + dispatch[z].map { ($0.column, 1.0) })
            }
            let all = dispatch.flatMap { $0 }
            // Each dispatch column's scale multiplies its route's pattern;
            // powers of two, so that scaled patterns stay proportional bit for bit.
            let scale = all.map { _ in [0.5, 1, 2, 4][Int(random.next() % 4)] }
            for p in 0..<posts {
                let entries = all.indices.filter { routes[all[$0].route].0 == p }
                    .map { (all[$0].column, scale[$0] * routeValues[all[$0].route].0) }
                row(-.infinity, 0, entries + [(reserves[p], -1.0)])
            }
            for r in routes.indices {
                let entries = all.indices.filter { all[$0].route == r }.map { (all[$0].column, scale[$0] * routeValues[r].1) }
                row(-.infinity, random.uniform(), entries + [(vehicles[r], -1 - random.uniform())])
            }
            layout.append(.init(columns: c0..<columns, rows: r0..<rows))
        }
        let a = try SparseMatrix(rows: rows, columns: columns, triplets: triplets)
        let problem = try LinearProgram(
            objective: objective, constraints: a, rowLower: lower, rowUpper: upper,
            columnLower: Array(repeating: 0, count: columns), columnUpper: columnUpper)
        return (problem, try BlockStructure(columnCount: columns, rowCount: rows, blocks: layout))
    }

    /// `max |K_reg v - r|` for `K_reg = [-(D + ρI) Aᵀ; A δI]`, the backward
    /// error a direct solve must keep at rounding level whatever the conditioning.
    static func residual(_ a: SparseMatrix, diagonal: [Double], rho: Double, delta: Double,
                         _ rx: [Double], _ ry: [Double], _ dx: [Double], _ dy: [Double]) -> Double {
        var resX = zip(rx, zip(diagonal, dx)).map { $0 + ($1.0 + rho) * $1.1 }
        var resY = zip(ry, dy).map { $0 - delta * $1 }
        for j in 0..<a.columns {
            for e in a.entries(ofColumn: j) {
                resX[j] -= a.values[e] * dy[a.rowIndices[e]]
                resY[a.rowIndices[e]] -= a.values[e] * dx[j]
            }
        }
        return (resX + resY).map(abs).max()!
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func solvesTheRegularizedSystem(seed: UInt64) throws {
        let (problem, structure) = try Self.patternedProblem(seed: seed)
        let a = problem.constraints
        var random = SplitMix(seed: seed &+ 7)
        let diagonal = (0..<a.columns).map { _ in exp(random.uniform() * 16 - 8) }
        let rx = (0..<a.columns).map { _ in random.uniform() - 0.5 }, ry = (0..<a.rows).map { _ in random.uniform() - 0.5 }
        for basis in [CoreBasisChoice.identity, .compressed] {
            for update in [SchurUpdate.dense, .sparse] {
                let block = try BlockAngularKKT(a, structure: structure, update: update, basis: basis)
                _ = try block.factor(diagonal: diagonal, primalRegularization: 1e-8, dualRegularization: 1e-8)
                var dx = [Double](repeating: 0, count: a.columns), dy = [Double](repeating: 0, count: a.rows)
                block.solve(rx, ry, dx: &dx, dy: &dy)
                let size = 1 + (dx + dy).map(abs).max()! * (diagonal.max()! + 8)
                let residual = Self.residual(a, diagonal: diagonal, rho: 1e-8, delta: 1e-8, rx, ry, dx, dy)
                #expect(residual <= 1e-10 * size, "seed \(seed), \(basis), \(update): residual \(residual), size \(size)")
                #expect(block.name.contains("in atoms") == (basis == .compressed), "\(block.name)")
            }
        }
    }

    /// The atoms: one per route (its capacity and seat rows, first entry 1)
    /// plus the reserves' and the vehicles' rows; every dispatch column is one atom times its scale.
    @Test func atomsAreSharedPatternsUpToScale() throws {
        let (problem, structure) = try Self.patternedProblem(seed: 4, blocks: 1, zones: 60, posts: 2)
        let a = problem.constraints
        let block = try BlockAngularKKT(a, structure: structure, update: .sparse, basis: .automatic)
        // 2 posts x 2 routes with two rows each, then the reserves' capacity
        // rows and the vehicles' seat rows, one row each.
        #expect(block.name.contains("in atoms ≤ 10"), "\(block.name)")
    }

    @Test(arguments: [UInt64(11), 12])
    func sameOptimumAsGeneralPath(seed: UInt64) throws {
        let (problem, structure) = try Self.patternedProblem(seed: seed, blocks: 4, zones: 60)
        let general = solve(problem, settings: settings(.dense))
        let block = try solve(problem, structure: structure)
        #expect(general.status == .optimal && block.status == .optimal)
        #expect(abs(general.objective - block.objective) <= 1e-8 * (1 + abs(general.objective)))
        #expect(KKTViolation(problem, block).largest <= 1e-7)
        #expect(block.info.linearSolver.contains("in atoms"), "\(block.info.linearSolver)")
    }
}
