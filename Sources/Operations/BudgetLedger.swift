import Scenario

/// The operation's ledger: spend by budget line as the replication runs, and when the total
/// budget is first overrun.
///
/// Costs arrive two ways. Allowances accrue continuously, at a rate in rupiah per minute that
/// changes only at events (a phase starts, BKO arrives): person-days are counted to the minute,
/// `rupiah = people · ratePerDay · minutes / 1440`. Fuel and repairs are charged when they occur.
/// Between events spend is therefore linear in time, and the minute the total first exceeds the
/// budget is found exactly: `t* = t0 + (budget - spent(t0)) / rate` inside a linear stretch, or
/// the minute of the charge that crosses it.
struct BudgetLedger {
    /// The lines in `Budget.LineKind.allCases` order.
    static let lines = Budget.LineKind.allCases

    private(set) var spent: [Double]
    private var ratePerMinute: [Double]
    private(set) var total: Double = 0
    private(set) var overrunMinute: Double = .nan
    private var lastMinute: Double
    let budgetRupiah: Double

    init(budgetRupiah: Int, startMinute: Double) {
        spent = [Double](repeating: 0, count: BudgetLedger.lines.count)
        ratePerMinute = spent
        self.budgetRupiah = Double(budgetRupiah)
        lastMinute = startMinute
    }

    @inline(__always)
    static func index(_ line: Budget.LineKind) -> Int {
        switch line {
        case .allowance: 0
        case .fuel: 1
        case .maintenance: 2
        case .bko: 3
        case .contingency: 4
        case .other: 5
        }
    }

    /// Accrues the continuous costs up to minute `t`.
    mutating func advance(to t: Double) {
        let dt = t - lastMinute
        guard dt > 0 else { return }
        var rate = 0.0
        for line in 0..<spent.count where ratePerMinute[line] != 0 {
            spent[line] += ratePerMinute[line] * dt
            rate += ratePerMinute[line]
        }
        if overrunMinute.isNaN && rate > 0 && total + rate * dt > budgetRupiah {
            overrunMinute = lastMinute + max(0, budgetRupiah - total) / rate
        }
        total += rate * dt
        lastMinute = t
    }

    /// Charges a one-off cost at minute `t` (the ledger must have been advanced to `t`).
    mutating func charge(_ line: Budget.LineKind, rupiah: Double, at t: Double) {
        guard rupiah != 0 else { return }
        spent[BudgetLedger.index(line)] += rupiah
        total += rupiah
        if overrunMinute.isNaN && total > budgetRupiah { overrunMinute = t }
    }

    /// Changes a line's accrual rate from now on, by `delta` rupiah per minute.
    mutating func changeRate(_ line: Budget.LineKind, by delta: Double) {
        ratePerMinute[BudgetLedger.index(line)] += delta
    }

    /// Sets a line's accrual rate from now on, rupiah per minute.
    mutating func setRate(_ line: Budget.LineKind, _ rupiahPerMinute: Double) {
        ratePerMinute[BudgetLedger.index(line)] = rupiahPerMinute
    }

    /// Spend on a line so far.
    func spent(_ line: Budget.LineKind) -> Double { spent[BudgetLedger.index(line)] }
}
