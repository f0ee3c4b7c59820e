import Foundation
import Testing
@testable import Optimization

/// The block-angular Schur-complement solver against the dense normal
/// equations: the same Newton directions, the same optima through
/// ``solve(_:structure:settings:)``, degenerate blocks, determinism.
@Suite struct BlockAngularTests {
    /// A seeded random two-stage LP: `first` first-stage columns in
    /// `firstRows` rows, `blocks` blocks of `columns x rows`, boxed columns,
    /// a mix of `=`, `≤`, `≥` and range rows around a known feasible point.
    /// `zeroBlock` empties one block's `W`; `orphanRow` gives every block a
    /// row with first-stage entries only (a post no zone reaches).
    static func randomProblem(
        seed: UInt64, first: Int = 4, firstRows: Int = 2, blocks: Int = 3, columns: Int = 6, rows: Int = 4,
        zeroBlock: Bool = false, orphanRow: Bool = false
    ) throws -> (LinearProgram, BlockStructure) {
        var random = SplitMix(seed: seed)
        let blockRows = rows + (orphanRow ? 1 : 0)
        let n = first + blocks * columns, m = firstRows + blocks * blockRows
        var triplets: [(row: Int, column: Int, value: Double)] = []
        func entry(_ i: Int, _ j: Int, density: Double) {
            if random.uniform() < density { triplets.append((i, j, random.uniform() * 4 - 2)) }
        }
        for i in 0..<firstRows { for j in 0..<first { entry(i, j, density: 0.7) } }
        var layout: [BlockStructure.Block] = []
        for k in 0..<blocks {
            let r0 = firstRows + k * blockRows, c0 = first + k * columns
            layout.append(.init(columns: c0..<(c0 + columns), rows: r0..<(r0 + blockRows)))
            for i in r0..<(r0 + blockRows) {
                for j in 0..<first { entry(i, j, density: 0.4) }
                guard !(zeroBlock && k == 1), !(orphanRow && i == r0 + blockRows - 1) else { continue }
                for j in c0..<(c0 + columns) { entry(i, j, density: 0.45) }
            }
        }
        let a = try SparseMatrix(rows: m, columns: n, triplets: triplets)
        let x = (0..<n).map { _ in random.uniform() * 3 }
        let activity = a.times(x)
        var lower = activity, upper = activity
        for i in 0..<m {
            switch i % 4 {
            case 0: break
            case 1: upper[i] = .infinity; lower[i] -= random.uniform()
            case 2: lower[i] = -.infinity; upper[i] += random.uniform()
            default: lower[i] -= random.uniform(); upper[i] += random.uniform()
            }
        }
        let problem = try LinearProgram(
            objective: (0..<n).map { _ in random.uniform() * 2 - 0.5 }, constraints: a, rowLower: lower, rowUpper: upper,
            columnLower: Array(repeating: 0, count: n), columnUpper: Array(repeating: 4, count: n))
        return (problem, try BlockStructure(columnCount: n, rowCount: m, blocks: layout))
    }

    @Test(arguments: [(UInt64(1), 1, false, false), (2, 3, false, false), (3, 5, false, false),
                      (4, 1, false, true), (5, 3, true, false), (6, 4, true, true)])
    func directionsMatchDenseNormalEquations(seed: UInt64, blocks: Int, zeroBlock: Bool, orphanRow: Bool) throws {
        let (problem, structure) = try Self.randomProblem(seed: seed, blocks: blocks, zeroBlock: zeroBlock, orphanRow: orphanRow)
        let a = problem.constraints
        var random = SplitMix(seed: seed &+ 100)
        let diagonal = (0..<a.columns).map { _ in exp(random.uniform() * 16 - 8) }
        let rx = (0..<a.columns).map { _ in random.uniform() - 0.5 }, ry = (0..<a.rows).map { _ in random.uniform() - 0.5 }
        var dense = DenseNormalEquations(a)
        // An empty block makes the system singular but for δ; at δ = 1e-8 both answers are
        // conditioning noise, so compare there at a δ where the comparison means something.
        let delta = zeroBlock ? 1e-4 : 1e-8
        let deltaDense = try dense.factor(diagonal: diagonal, primalRegularization: 1e-8, dualRegularization: delta)
        var dx1 = [Double](repeating: 0, count: a.columns), dy1 = [Double](repeating: 0, count: a.rows)
        dense.solve(rx, ry, dx: &dx1, dy: &dy1)
        // Both Schur-complement updates (dsyrk over L⁻¹G, and Gᵀ C⁻¹ G over G's nonzeros).
        for update in [SchurUpdate.dense, .sparse] {
            let block = try BlockAngularKKT(a, structure: structure, update: update)
            let deltaBlock = try block.factor(diagonal: diagonal, primalRegularization: 1e-8, dualRegularization: delta)
            #expect(deltaDense == deltaBlock)
            var dx2 = [Double](repeating: 0, count: a.columns), dy2 = [Double](repeating: 0, count: a.rows)
            block.solve(rx, ry, dx: &dx2, dy: &dy2)
            let scale = 1 + (dx1 + dy1).map(abs).max()!
            let difference = zip(dx1 + dy1, dx2 + dy2).map { abs($0 - $1) }.max()!
            #expect(difference <= 1e-8 * scale, "seed \(seed), \(update): |Δ| = \(difference), scale \(scale)")
        }
    }

    @Test(arguments: [(UInt64(11), 1, false, false), (12, 3, false, false), (13, 6, false, false),
                      (14, 3, true, false), (15, 2, false, true), (16, 4, true, true)])
    func sameOptimumAsGeneralPath(seed: UInt64, blocks: Int, zeroBlock: Bool, orphanRow: Bool) throws {
        let (problem, structure) = try Self.randomProblem(seed: seed, blocks: blocks, zeroBlock: zeroBlock, orphanRow: orphanRow)
        let general = solve(problem, settings: settings(.dense))
        for update in SchurUpdate.allCases {
            let block = try solve(problem, structure: structure, update: update)
            #expect(general.status == .optimal && block.status == .optimal, "seed \(seed), \(update)")
            guard block.status == .optimal else { continue }
            #expect(abs(general.objective - block.objective) <= 1e-8 * (1 + abs(general.objective)), "seed \(seed), \(update)")
            let violation = KKTViolation(problem, block)
            #expect(violation.largest <= 1e-7, "seed \(seed), \(update): \(violation)")
            #expect(block.info.linearSolver.hasPrefix("block-angular"))
        }
    }

    @Test func deterministic() throws {
        let (problem, structure) = try Self.randomProblem(seed: 21, first: 8, blocks: 8, columns: 10, rows: 6, orphanRow: true)
        let first = try solve(problem, structure: structure), second = try solve(problem, structure: structure)
        #expect(first.info.log.map(\.checksum) == second.info.log.map(\.checksum))
        #expect(first.columnValues == second.columnValues && first.rowDuals == second.rowDuals)
    }

    @Test func structureIsValidated() throws {
        let (problem, _) = try Self.randomProblem(seed: 31, blocks: 2)
        #expect(throws: BlockStructureError.self) {
            try BlockStructure(columnCount: problem.columnCount, rowCount: problem.rowCount,
                               blocks: [.init(columns: 2..<8, rows: 2..<6), .init(columns: 6..<10, rows: 6..<10)])
        }
        // Block 0 claims the first-stage columns 0..<4, which meet block 1's rows.
        let wrong = try BlockStructure(columnCount: problem.columnCount, rowCount: problem.rowCount,
                                       blocks: [.init(columns: 0..<4, rows: 2..<6)])
        #expect(throws: BlockStructureError.self) { try solve(problem, structure: wrong) }
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}
