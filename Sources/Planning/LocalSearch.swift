import Optimization
import Scenario

/// Improves a whole-numbered first stage by moving one unit at a time, each move judged by the
/// exact second stage.
///
/// At the current point x the fixed-first-stage program is solved; the reduced cost `d_j` of a
/// fixed first-stage column estimates the objective's change per unit added there (Bertsimas and
/// Tsitsiklis 1997, section 5.2). Moves that keep every first-stage row: a reserve from post a to
/// post b, a guard between two zones of one category (above the zones' and the category's
/// minimum), a vehicle of one type between posts. Each move's estimated gain is `d_from - d_to`;
/// the `candidates` best are evaluated exactly, best estimate first, and the first that lowers
/// the objective is taken (first improvement). It stops when no candidate improves or after
/// `evaluations` exact solves: a 1-opt neighbourhood search (Aarts and Lenstra, "Local Search in
/// Combinatorial Optimization", 1997), deterministic, ties to the lower index.
struct LocalSearch {
    let instance: DeploymentInstance
    let evaluate: (FirstStage) throws(PlanningError) -> (objective: Double, reducedCosts: [Double], model: DeploymentModel)
    var candidates = 10
    var evaluations = 40

    enum Move {
        case reserve(from: Int, to: Int)
        case guardBetween(from: Int, to: Int)
        case vehicle(type: Int, from: Int, to: Int)
    }

    /// The improved first stage and its objective.
    func improve(_ start: FirstStage) throws(PlanningError) -> (stage: FirstStage, objective: Double) {
        var x = start
        var current = try evaluate(x)
        var used = 1
        while used < evaluations {
            let moves = ranked(x, current.reducedCosts, current.model).prefix(candidates)
            var improved = false
            for move in moves where used < evaluations {
                let y = apply(move, to: x)
                let trial = try evaluate(y)
                used += 1
                if trial.objective < current.objective - 1e-9 * max(1, abs(current.objective)) {
                    (x, current, improved) = (y, trial, true)
                    break
                }
            }
            if !improved { break }
        }
        return (x, current.objective)
    }

    /// Feasible moves with a positive estimated gain, best first.
    func ranked(_ x: FirstStage, _ d: [Double], _ model: DeploymentModel) -> [Move] {
        var moves: [(gain: Double, order: Int, move: Move)] = []
        func add(_ gain: Double, _ move: Move) { if gain > 1e-9 { moves.append((gain, moves.count, move)) } }
        let posts = instance.posts.indices
        for a in posts where x.reserves[a] >= 1 {
            for b in posts where b != a { add(d[model.reserveColumn(a)] - d[model.reserveColumn(b)], .reserve(from: a, to: b)) }
        }
        var total: [VulnerabilityCategory: Double] = [:]
        for (z, zone) in instance.zones.enumerated() { total[zone.category, default: 0] += x.guards[z] }
        let zones = instance.zones
        let best = bestZones(d, model, count: 8)
        for a in zones.indices where x.guards[a] >= Double(instance.zoneMinimum[a] + 1) {
            for b in best[zones[a].category] ?? [] where b != a {
                add(d[model.guardColumn(a)] - d[model.guardColumn(b)], .guardBetween(from: a, to: b))
            }
        }
        for v in instance.vehicles.indices {
            for a in posts where x.vehicles[a][v] >= 1 {
                for b in posts where b != a {
                    add(d[model.vehicleColumn(a, v)] - d[model.vehicleColumn(b, v)], .vehicle(type: v, from: a, to: b))
                }
            }
        }
        return moves.sorted { $0.gain != $1.gain ? $0.gain > $1.gain : $0.order < $1.order }.map(\.move)
    }

    /// The `count` zones of each category where a guard is estimated to be worth most.
    private func bestZones(_ d: [Double], _ model: DeploymentModel, count: Int) -> [VulnerabilityCategory: [Int]] {
        var byCategory: [VulnerabilityCategory: [Int]] = [:]
        for z in instance.zones.indices { byCategory[instance.zones[z].category, default: []].append(z) }
        return byCategory.mapValues { zones in
            Array(zones.sorted { d[model.guardColumn($0)] != d[model.guardColumn($1)] ? d[model.guardColumn($0)] < d[model.guardColumn($1)] : $0 < $1 }
                .prefix(count))
        }
    }

    func apply(_ move: Move, to x: FirstStage) -> FirstStage {
        var y = x
        switch move {
        case let .reserve(a, b): y.reserves[a] -= 1; y.reserves[b] += 1
        case let .guardBetween(a, b): y.guards[a] -= 1; y.guards[b] += 1
        case let .vehicle(v, a, b): y.vehicles[a][v] -= 1; y.vehicles[b][v] += 1
        }
        return y
    }
}
