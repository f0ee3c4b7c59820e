import Scenario

/// The operation's ledger: spend by budget line as the replication runs, and when the total
/// budget is first overrun.
///
/// Costs arrive two ways. Allowances accrue continuously, at a rate in rupiah per day that
/// changes only at events (a phase starts, BKO arrives): person-days are counted to the minute,
/// `rupiah = people · ratePerDay · minutes / 1440`. Fuel and repairs are charged when they occur.
/// Between events spend is therefore linear in time, and the minute the total first exceeds the
/// budget is found exactly: `t* = t0 + (budget - spent(t0)) / rate` inside a linear stretch, or
/// the minute of the charge that crosses it.
///
/// Sums are kept in units of 1/1440 rupiah (rupiah-minutes per day), so that whole-rupiah daily
/// rates over whole minutes add up exactly in binary floating point: 16 people at Rp 200,000 for
/// 2 days is Rp 6,400,000, not 6,399,999.999999996.
struct BudgetLedger {
    /// The lines in `Budget.LineKind.allCases` order.
    static let lines = Budget.LineKind.allCases

    /// Spend by line and in total, in 1/1440 rupiah.
    private var scaled: [Double]
    private var scaledTotal: Double = 0
    /// Accrual by line, rupiah per day.
    private var ratePerDay: [Double]
    private(set) var overrunMinute: Double = .nan
    private var lastMinute: Double
    let budgetRupiah: Double

    init(budgetRupiah: Int, startMinute: Double) {
        scaled = [Double](repeating: 0, count: BudgetLedger.lines.count)
        ratePerDay = scaled
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

    /// Total spend so far, rupiah.
    var total: Double { scaledTotal / 1_440 }

    /// Spend on a line so far, rupiah.
    func spent(_ line: Budget.LineKind) -> Double { scaled[BudgetLedger.index(line)] / 1_440 }

    /// Accrues the continuous costs up to minute `t`.
    mutating func advance(to t: Double) {
        let dt = t - lastMinute
        guard dt > 0 else { return }
        var rate = 0.0
        for line in 0..<scaled.count where ratePerDay[line] != 0 {
            scaled[line] += ratePerDay[line] * dt
            rate += ratePerDay[line]
        }
        let budget = budgetRupiah * 1_440
        if overrunMinute.isNaN && rate > 0 && scaledTotal + rate * dt > budget {
            overrunMinute = lastMinute + max(0, budget - scaledTotal) / rate
        }
        scaledTotal += rate * dt
        lastMinute = t
    }

    /// Charges a one-off cost at minute `t` (the ledger must have been advanced to `t`).
    mutating func charge(_ line: Budget.LineKind, rupiah: Double, at t: Double) {
        guard rupiah != 0 else { return }
        scaled[BudgetLedger.index(line)] += rupiah * 1_440
        scaledTotal += rupiah * 1_440
        if overrunMinute.isNaN && scaledTotal > budgetRupiah * 1_440 { overrunMinute = t }
    }

    /// Changes a line's accrual from now on by `delta` rupiah per day.
    mutating func changeRate(_ line: Budget.LineKind, byRupiahPerDay delta: Double) {
        ratePerDay[BudgetLedger.index(line)] += delta
    }

    /// Sets a line's accrual from now on, rupiah per day.
    mutating func setRate(_ line: Budget.LineKind, rupiahPerDay: Double) {
        ratePerDay[BudgetLedger.index(line)] = rupiahPerDay
    }
}
