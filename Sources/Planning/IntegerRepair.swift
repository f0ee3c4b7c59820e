import Scenario

/// Rounds the linear program's first stage to whole guards, reserves and vehicles, then repairs it
/// so that every first-stage row holds.
///
/// 1. **Round by totals.** Each category's guards total `max(M_c, round(Σ_{z∈c} g_z))` (each zone
///    keeping its minimum `m_z`, the rest shared by `g_z - m_z`), the
///    reserves total `round(Σ_p r_p)` and each vehicle type's total `min(O_v, round(Σ_p m_pv))` are
///    shared out by largest remainder on the fractional values (Hamilton's method; ties to the
///    lower index), so totals move by less than one unit per category or type.
/// 2. **Repair caps.** While the force row or a budget row (in its linear form, which bounds the
///    ledger's exact cost from above) is broken, remove the unit of least marginal value that
///    lowers the broken row: a reserve, or a guard above its category's minimum.
/// 3. **Fill.** Add units of positive marginal value, most valuable first, while they fit every row.
///
/// Marginal values come from the duals `y` of the solved program (`MarginalValues`):
///
/// ```
/// value(g_z)  =  Σ_k y(demand_kz)                 value(r_p) = -Σ_k y(capacity_kp) / S
/// value(m_pv) = -Σ_k y(seats_kpv) · seats_v
/// ```
///
/// the decrease of the expected unmet demand per unit (Lagrangian sensitivity; Bertsimas and
/// Tsitsiklis, "Introduction to Linear Optimization", 1997, section 5.2). Deterministic: every
/// tie goes to the lower index.
struct IntegerRepair {
    let instance: DeploymentInstance
    let guardValue: [Double]
    let reserveValue: [Double]

    /// The whole first stage nearest `lp` that meets every first-stage row.
    /// - Returns: nil when no removal can repair a broken row (the rows cannot all hold).
    func round(_ lp: FirstStage) -> FirstStage? {
        var result = lp
        let zones = instance.zones
        for category in VulnerabilityCategory.allCases {
            let members = zones.indices.filter { zones[$0].category == category }
            guard !members.isEmpty else { continue }
            let floor = members.reduce(0) { $0 + instance.zoneMinimum[$1] }
            let sum = members.reduce(0) { $0 + max(0, lp.guards[$1]) }
            let total = max(instance.minimum[category] ?? 0, floor, Int(sum.rounded()))
            let above = members.map { max(0, lp.guards[$0] - Double(instance.zoneMinimum[$0])) }
            let weights = above.reduce(0, +) > 1e-9 ? above : members.map { Double(zones[$0].tps.count) }
            let parts = Apportionment.largestRemainder(total - floor, weights: weights) ?? []
            for (n, z) in members.enumerated() { result.guards[z] = Double(instance.zoneMinimum[z] + parts[n]) }
        }
        result.reserves = Self.share(Int(lp.reserveTotal.rounded()), lp.reserves.map { max(0, $0) })
        guard repair(&result) else { return nil }
        fill(&result)
        placeVehicles(lp, &result)
        return result
    }

    /// Vehicles cost the plan nothing (repairs are planned from expected trips), so every operable
    /// vehicle is placed: first `ceil(m_pv)` where the program used any (trimmed, smallest
    /// fraction first, if that exceeds the operable count), then the rest of each type over the
    /// posts with reserves and an in-time route for that type, in proportion to their reserves
    /// (largest remainder).
    private func placeVehicles(_ lp: FirstStage, _ x: inout FirstStage) {
        let posts = instance.posts.indices
        var reaches = [[Bool]](repeating: [Bool](repeating: false, count: instance.vehicles.count), count: posts.count)
        for routes in instance.routes { for route in routes { reaches[route.post][route.vehicle] = true } }
        for (v, vehicle) in instance.vehicles.enumerated() {
            var counts = posts.map { max(0, (lp.vehicles[$0][v] - 1e-6).rounded(.up)) }
            var excess = Int(counts.reduce(0, +)) - vehicle.operable
            let byFraction = posts.filter { counts[$0] > 0 }.sorted { a, b in
                let fa = counts[a] - lp.vehicles[a][v], fb = counts[b] - lp.vehicles[b][v]
                return fa != fb ? fa > fb : a > b
            }
            for p in byFraction where excess > 0 { counts[p] -= 1; excess -= 1 }
            let left = vehicle.operable - Int(counts.reduce(0, +))
            let weights = posts.map { reaches[$0][v] ? x.reserves[$0] : 0 }
            if left > 0, let parts = Apportionment.largestRemainder(left, weights: weights) {
                for p in posts { counts[p] += Double(parts[p]) }
            }
            for p in posts { x.vehicles[p][v] = counts[p] }
        }
    }

    private static func share(_ total: Int, _ weights: [Double]) -> [Double] {
        (Apportionment.largestRemainder(max(0, total), weights: weights) ?? weights.map { _ in 0 }).map(Double.init)
    }

    /// A unit of the first stage: a guard at a zone or a reserve at a post.
    private enum Unit { case guardAt(Int), reserveAt(Int) }

    private func value(_ unit: Unit) -> Double {
        switch unit {
        case .guardAt(let z): guardValue[z]
        case .reserveAt(let p): reserveValue[p]
        }
    }

    /// How far each cap row is over: the force row (people), the budget rows (rupiah).
    private func excess(_ x: FirstStage) -> (force: Double, budget: [(row: BudgetModel.Row, over: Double)]) {
        let force = x.guardTotal + x.reserveTotal - Double(instance.deployable)
        let budget = instance.budgetRows.map { row in
            (row, row.perGuardRupiah * x.guardTotal + row.perReserveRupiah * x.reserveTotal + row.constantRupiah - row.limitRupiah)
        }
        return (force, budget)
    }

    private func isFeasible(_ x: FirstStage) -> Bool {
        let (force, budget) = excess(x)
        return force <= 1e-9 && budget.allSatisfy { $0.over <= 0.5 }
    }

    private func removable(_ x: FirstStage, guards: Bool, reserves: Bool) -> [Unit] {
        var units: [Unit] = []
        if guards {
            var totals: [VulnerabilityCategory: Double] = [:]
            for (z, zone) in instance.zones.enumerated() { totals[zone.category, default: 0] += x.guards[z] }
            for (z, zone) in instance.zones.enumerated() where x.guards[z] >= Double(instance.zoneMinimum[z] + 1)
                && totals[zone.category]! - 1 >= Double(instance.minimum[zone.category] ?? 0) { units.append(.guardAt(z)) }
        }
        if reserves { for p in instance.posts.indices where x.reserves[p] >= 1 { units.append(.reserveAt(p)) } }
        return units
    }

    private func apply(_ unit: Unit, _ delta: Double, to x: inout FirstStage) {
        switch unit {
        case .guardAt(let z): x.guards[z] += delta
        case .reserveAt(let p): x.reserves[p] += delta
        }
    }

    /// Removes least-valued units until the force and budget rows hold; false if stuck.
    private func repair(_ x: inout FirstStage) -> Bool {
        while !isFeasible(x) {
            let (force, budget) = excess(x)
            let broken = budget.filter { $0.over > 0.5 }.map(\.row)
            let lowersGuards = force > 1e-9 || broken.contains { $0.perGuardRupiah > 0 }
            let lowersReserves = force > 1e-9 || broken.contains { $0.perReserveRupiah > 0 }
            let units = removable(x, guards: lowersGuards, reserves: lowersReserves)
            guard let unit = units.min(by: { value($0) < value($1) }) else { return false }
            apply(unit, -1, to: &x)
        }
        return true
    }

    /// Adds units of positive value, most valuable first, while they fit.
    private func fill(_ x: inout FirstStage) {
        let units = instance.zones.indices.map { Unit.guardAt($0) } + instance.posts.indices.map { Unit.reserveAt($0) }
        let ranked = units.enumerated().sorted {
            value($0.element) != value($1.element) ? value($0.element) > value($1.element) : $0.offset < $1.offset
        }
        for (_, unit) in ranked where value(unit) > 1e-9 {
            while true {
                apply(unit, 1, to: &x)
                if !isFeasible(x) { apply(unit, -1, to: &x); break }
            }
        }
    }
}
