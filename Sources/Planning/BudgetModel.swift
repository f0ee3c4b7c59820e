import Scenario

/// What a plan commits the budget to, by line, the way the simulator's ledger charges it
/// (Sources/Operations/BudgetLedger.swift and Replication+Shifts.swift, "Allowance").
///
/// Allowance. Phase p of `days_p` days at `a_p` rupiah per person-day pays
///
/// ```
/// allowance = Σ_p days_p · a_p · (guards_p + pool_p)
/// guards_p  = G                 if p has TPS duty
///           = min(D_p, G)       else, D_p = PPK and KPU guards the phase asks for (detachments
///                               are filled from TPS guard police first)
/// pool_p    = P                 in a campaign phase (reserves are on routine duty)
///           = R + P             otherwise
/// ```
///
/// for G guard police, R reserves and P patrols. Fuel and maintenance are the planned expected
/// trips (`ExpectedTrips`). BKO and contingency allowances are not the plan's to decide: their
/// lines stay reserved for them.
///
/// Budget rows. One row per line the scenario allocates among `allowance`, `fuel` and
/// `maintenance` (spend of the line ≤ its allocation), and a total row (all three ≤ the total less
/// the `bko`, `contingency` and `other` allocations). In the linear program `min(D_p, G)` is
/// replaced by `D_p` when every feasible G is at least D_p (G ≥ the doctrine minimum), else by G,
/// which is exact when no feasible G exceeds D_p and otherwise an upper bound: a plan meeting the
/// linear rows meets the exact ones.
public struct BudgetModel: Sendable {
    struct Phase: Sendable {
        var days: Double
        var rupiahPerDay: Double
        var hasTPSDuty: Bool
        var isCampaign: Bool
        /// PPK and KPU guards asked for (0 without such duty).
        var detachment: Int
    }

    /// One budget row: `perGuard · G + perReserve · (R + P) + constant ≤ limit`, rupiah.
    public struct Row: Sendable, Equatable {
        /// `allowance`, `fuel`, `maintenance` or `total`.
        public var name: String
        public var limitRupiah: Double
        public var perGuardRupiah: Double
        public var perReserveRupiah: Double
        public var constantRupiah: Double

        public init(name: String, limitRupiah: Double, perGuardRupiah: Double, perReserveRupiah: Double, constantRupiah: Double) {
            self.name = name
            self.limitRupiah = limitRupiah
            self.perGuardRupiah = perGuardRupiah
            self.perReserveRupiah = perReserveRupiah
            self.constantRupiah = constantRupiah
        }
    }

    let phases: [Phase]
    public let trips: ExpectedTrips
    public let budget: Budget

    public init(scenario: Scenario) {
        let ppk = scenario.posts.count { $0.kind == .ppk }, kpu = scenario.posts.count { $0.kind == .kpu }
        phases = scenario.timeline.phases.map { phase in
            var detachment = 0
            if phase.guardDuties.contains(.ppk) { detachment += ppk * scenario.security.ppkGuards }
            if phase.guardDuties.contains(.kpu) { detachment += kpu * scenario.security.kpuGuards }
            return Phase(days: phase.durationMinutes / 1_440,
                         rupiahPerDay: Double(phase.allowancePerPersonDayRupiah ?? scenario.budget.allowancePerPersonDayRupiah),
                         hasTPSDuty: phase.guardDuties.contains(.tps), isCampaign: phase.kind == .campaign, detachment: detachment)
        }
        trips = ExpectedTrips(scenario: scenario)
        budget = scenario.budget
    }

    /// The exact allowance of G guard police, R reserves and P patrols, rupiah.
    public func allowanceRupiah(guards: Int, reserves: Int, patrols: Int) -> Double {
        phases.reduce(0) { sum, phase in
            let paidGuards = phase.hasTPSDuty ? guards : min(phase.detachment, guards)
            let pool = phase.isCampaign ? patrols : reserves + patrols
            return sum + phase.days * phase.rupiahPerDay * Double(paidGuards + pool)
        }
    }

    /// Planned spend by line (`allowance`, `fuel`, `maintenance`, `total`) for G guard police,
    /// R reserves and P patrols.
    public func spend(guards: Int, reserves: Int, patrols: Int) -> [String: Double] {
        let allowance = allowanceRupiah(guards: guards, reserves: reserves, patrols: patrols)
        return ["allowance": allowance, "fuel": trips.fuelRupiah, "maintenance": trips.maintenanceRupiah,
                "total": allowance + trips.fuelRupiah + trips.maintenanceRupiah]
    }

    /// The rows that a plan with `guardRange` guard police must meet, linear in G and R.
    public func rows(guardRange: ClosedRange<Int>) -> [Row] {
        var perGuard = 0.0, perReserve = 0.0, constant = 0.0
        for phase in phases {
            let rate = phase.days * phase.rupiahPerDay
            if !phase.isCampaign { perReserve += rate }
            if phase.hasTPSDuty {
                perGuard += rate
            } else if phase.detachment > 0 {
                if phase.detachment <= guardRange.lowerBound { constant += rate * Double(phase.detachment) } else { perGuard += rate }
            }
        }
        var rows: [Row] = []
        let kinds = Set(budget.lines.map(\.kind))
        if kinds.contains(.allowance) {
            rows.append(Row(name: "allowance", limitRupiah: Double(budget.allocated(.allowance)),
                            perGuardRupiah: perGuard, perReserveRupiah: perReserve, constantRupiah: constant))
        }
        if kinds.contains(.fuel) {
            rows.append(Row(name: "fuel", limitRupiah: Double(budget.allocated(.fuel)), perGuardRupiah: 0, perReserveRupiah: 0,
                            constantRupiah: trips.fuelRupiah))
        }
        if kinds.contains(.maintenance) {
            rows.append(Row(name: "maintenance", limitRupiah: Double(budget.allocated(.maintenance)), perGuardRupiah: 0,
                            perReserveRupiah: 0, constantRupiah: trips.maintenanceRupiah))
        }
        let reserved = budget.allocated(.bko) + budget.allocated(.contingency) + budget.allocated(.other)
        rows.append(Row(name: "total", limitRupiah: Double(budget.totalRupiah - reserved), perGuardRupiah: perGuard,
                        perReserveRupiah: perReserve, constantRupiah: constant + trips.fuelRupiah + trips.maintenanceRupiah))
        return rows
    }

    /// The rows a plan breaks, with its exact planned spend and the limit: empty when it fits.
    public func violations(guards: Int, reserves: Int, patrols: Int) -> [(row: String, spendRupiah: Double, limitRupiah: Double)] {
        let spend = spend(guards: guards, reserves: reserves, patrols: patrols)
        return rows(guardRange: 0...Int.max).compactMap { row in
            let value = spend[row.name]!
            return value > row.limitRupiah + 0.5 ? (row.name, value, row.limitRupiah) : nil
        }
    }
}
