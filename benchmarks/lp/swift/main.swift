// lpbench: the deployment LP family (two-stage, block-angular), generated
// deterministically, written as MPS and solved by Siaga's block-angular path
// (and optionally the general sparse path). Prints CSV lines:
// zones,posts,scenarios,rows,columns,nonzeros,system,status,seconds,iterations,objective
//
//   lpbench ZONES POSTS SCENARIOS [--mps PATH] [--general] [--seed N] [--log] [--update automatic|dense|sparse] [--kernel ROUNDS]
import Foundation
import LinearAlgebra
import Optimization

/// SplitMix64: one seeded stream, so the same arguments give the same bytes.
struct SplitMix {
    var state: UInt64
    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
    }
}

/// The deployment LP of docs/architecture.md's `optimized` strategy, in the
/// shape Sources/Planning builds: first stage guards `g_z`, reserves `r_p`,
/// vehicles `m_pv` (road, boat); per scenario `s_pzk` (zone within reach of
/// post) and unmet demand `u_zk`; rows per scenario: demand (Z, ≥), post
/// capacity (P, ≤), seats per access class (2P, ≤); first-stage rows: force,
/// budget, vehicle stock per kind. Minimum guards are column lower bounds.
func deployment(zones z: Int, posts p: Int, scenarios k: Int, seed: UInt64) throws -> (LinearProgram, BlockStructure) {
    var random = SplitMix(state: seed)
    let zx = (0..<z).map { _ in random.uniform() }, zy = (0..<z).map { _ in random.uniform() }
    let px = (0..<p).map { _ in random.uniform() }, py = (0..<p).map { _ in random.uniform() }
    let river = (0..<z).map { _ in random.uniform() < 0.2 }
    let rate = (0..<z).map { _ in 1 + 4 * random.uniform() }
    let weight = (0..<z).map { _ in 1 + 9 * random.uniform() }
    let reach: [[Int]] = (0..<z).map { i in
        let order = (0..<p).sorted {
            let a = pow(zx[i] - px[$0], 2) + pow(zy[i] - py[$0], 2), b = pow(zx[i] - px[$1], 2) + pow(zy[i] - py[$1], 2)
            return (a, $0) < (b, $1)
        }
        return Array(order.prefix(min(p, 5 + i % 6)))
    }
    let seats = [4.0, 6.0]
    var triplets: [(row: Int, column: Int, value: Double)] = []
    var cost: [Double] = [], lower: [Double] = [], upper: [Double] = [], rowLower: [Double] = [], rowUpper: [Double] = []
    func column(_ c: Double, _ l: Double, _ u: Double = .infinity) -> Int {
        cost.append(c); lower.append(l); upper.append(u); return cost.count - 1
    }
    func row(_ l: Double, _ u: Double) -> Int { rowLower.append(l); rowUpper.append(u); return rowLower.count - 1 }
    let g = (0..<z).map { column(0, (0.5 * rate[$0]).rounded(.down)) }
    let r = (0..<p).map { _ in column(0, 0) }
    let m = (0..<p).map { _ in (0..<2).map { _ in column(0, 0) } }
    let totalRate = rate.reduce(0, +)
    let force = row(-.infinity, (0.5 * totalRate).rounded(.down) + 0.6 * totalRate)
    let budget = row(-.infinity, 1.2 * totalRate)
    let stock = (0..<2).map { v in row(-.infinity, Double(p * (v == 0 ? 3 : 1))) }
    for i in 0..<z { triplets += [(force, g[i], 1), (budget, g[i], 1 + 0.2 * random.uniform())] }
    for j in 0..<p {
        triplets += [(force, r[j], 1), (budget, r[j], 0.8), (budget, m[j][0], 0.5), (budget, m[j][1], 1.5)]
        for v in 0..<2 { triplets.append((stock[v], m[j][v], 1)) }
    }
    var blocks: [BlockStructure.Block] = []
    for _ in 0..<k {
        let (c0, r0) = (cost.count, rowLower.count)
        let demand = (0..<z).map { i in row(rate[i] * (0.5 + 1.5 * random.uniform()) * (random.uniform() < 0.1 ? 3 : 1), .infinity) }
        let capacity = (0..<p).map { _ in row(-.infinity, 0) }
        let seatRows = (0..<p).map { _ in (0..<2).map { _ in row(-.infinity, 0) } }
        for j in 0..<p {
            triplets.append((capacity[j], r[j], -1))
            for v in 0..<2 { triplets.append((seatRows[j][v], m[j][v], -seats[v])) }
        }
        for i in 0..<z {
            triplets.append((demand[i], g[i], 1))
            for j in reach[i] {
                let s = column(0, 0)
                triplets += [(demand[i], s, 1), (capacity[j], s, 1), (seatRows[j][river[i] ? 1 : 0], s, 1)]
            }
        }
        for i in 0..<z { triplets.append((demand[i], column(weight[i] / Double(k), 0), 1)) }
        blocks.append(.init(columns: c0..<cost.count, rows: r0..<rowLower.count))
    }
    let a = try SparseMatrix(rows: rowLower.count, columns: cost.count, triplets: triplets)
    let problem = try LinearProgram(
        name: "deployment_\(z)_\(p)_\(k)", objective: cost, constraints: a, rowLower: rowLower, rowUpper: rowUpper,
        columnLower: lower, columnUpper: upper)
    return (problem, try BlockStructure(columnCount: cost.count, rowCount: rowLower.count, blocks: blocks))
}

BLASKernels.selectFastKernels()
let arguments = CommandLine.arguments
guard arguments.count >= 4, let zones = Int(arguments[1]), let posts = Int(arguments[2]), let scenarios = Int(arguments[3]) else {
    FileHandle.standardError.write("usage: lpbench ZONES POSTS SCENARIOS [--mps PATH] [--general] [--seed N]\n".data(using: .utf8)!)
    exit(2)
}
func option(_ name: String) -> String? { arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
let seed = option("--seed").flatMap(UInt64.init) ?? 2024
let (problem, structure) = try deployment(zones: zones, posts: posts, scenarios: scenarios, seed: seed)
if let path = option("--mps") {
    try MPSWriter.text(problem).write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
    try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
}
func report(_ system: String, _ s: Solution, _ seconds: Double) {
    let timers = s.info.seconds.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\(String(format: "%.2f", $0.value))" }
    FileHandle.standardError.write("\(system): \(s.info.linearSolver); BLAS kernels \(BLASKernels.coreName); memory \(ProcessMemory.policy); \(timers.joined(separator: " "))\n".data(using: .utf8)!)
    print([zones, posts, scenarios, problem.rowCount, problem.columnCount, problem.constraints.nonzeros].map(String.init).joined(separator: ",")
          + ",\(system),\(s.status.rawValue),\(String(format: "%.3f", seconds)),\(s.info.iterations),\(String(format: "%.12g", s.objective))")
}
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = Date()
    let s = try body()
    return (s, Date().timeIntervalSince(start))
}
/// `--kernel N`: times the block-angular KKT factorization and solve alone,
/// N rounds, each update alternating, on a log-uniform diagonal (1e-4..1e4);
/// reports process CPU time (both threads), which machine load disturbs less than wall time.
if let rounds = option("--kernel").flatMap(Int.init) {
    let a = problem.constraints
    var triplets: [(row: Int, column: Int, value: Double)] = []
    for j in 0..<a.columns { for e in a.entries(ofColumn: j) { triplets.append((a.rowIndices[e], j, a.values[e])) } }
    for i in 0..<a.rows { triplets.append((i, a.columns + i, 1)) }
    let standard = try SparseMatrix(rows: a.rows, columns: a.columns + a.rows, triplets: triplets)
    var random = SplitMix(state: 99)
    let diagonal = (0..<standard.columns).map { _ in pow(10, -4 + 8 * random.uniform()) }
    let rx = (0..<standard.columns).map { _ in random.uniform() - 0.5 }, ry = (0..<standard.rows).map { _ in random.uniform() - 0.5 }
    var totals: [SchurUpdate: (factor: Double, solve: Double)] = [:]
    let updates = option("--update").flatMap(SchurUpdate.init(rawValue:)).map { [$0] } ?? [SchurUpdate.dense, .sparse]
    for update in updates {
        let kkt = try BlockAngularKKT(standard, structure: structure, update: update)
        FileHandle.standardError.write("\(kkt.name)\n".data(using: .utf8)!)
        for _ in 0..<rounds {
            let c0 = clock()
            _ = try kkt.factor(diagonal: diagonal, primalRegularization: 1e-10, dualRegularization: 1e-10)
            let c1 = clock()
            var dx = [Double](repeating: 0, count: standard.columns), dy = [Double](repeating: 0, count: standard.rows)
            kkt.solve(rx, ry, dx: &dx, dy: &dy)
            let (factorSeconds, solveSeconds) = (Double(c1 - c0) / Double(CLOCKS_PER_SEC), Double(clock() - c1) / Double(CLOCKS_PER_SEC))
            totals[update, default: (0, 0)].factor += factorSeconds
            totals[update, default: (0, 0)].solve += solveSeconds
        }
    }
    for update in updates {
        print("\(update.rawValue) (CPU seconds, all threads): factor \(String(format: "%.4f", totals[update]!.factor / Double(rounds))) s, solve \(String(format: "%.4f", totals[update]!.solve / Double(rounds))) s")
    }
    exit(0)
}
var settings = Settings()
settings.timeLimitSeconds = 1200
let update = option("--update").flatMap(SchurUpdate.init(rawValue:)) ?? .automatic
let (block, blockSeconds) = try timed { try solve(problem, structure: structure, settings: settings, update: update) }
report("siaga block-angular", block, blockSeconds)
if arguments.contains("--log") {
    for r in block.info.log {
        FileHandle.standardError.write(String(format: "%3d pobj %.10e dobj %.10e pres %.2e dres %.2e gap %.2e mu %.2e sigma %.3f step %.3f\n",
            r.iteration, r.primalObjective, r.dualObjective, r.primalResidual, r.dualResidual, r.gap, r.mu, r.sigma, r.step).data(using: .utf8)!)
    }
}
if arguments.contains("--general") {
    settings.linearSolver = .sparse
    settings.timeLimitSeconds = 120
    let (general, generalSeconds) = timed { solve(problem, settings: settings) }
    report("siaga sparse (CHOLMOD)", general, generalSeconds)
}
