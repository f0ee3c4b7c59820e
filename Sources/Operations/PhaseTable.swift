import Scenario

/// The timeline's phases as flat arrays, with what each phase asks of the force.
struct PhaseTable: Sendable {
    let start: [Double]
    let end: [Double]
    let hasTPSDuty: [Bool]
    let hasPPKDuty: [Bool]
    let hasKPUDuty: [Bool]
    let isCampaign: [Bool]
    /// Rupiah per person-day: the phase's own rate, else the budget's.
    let allowancePerPersonDay: [Double]
    /// The timeline's first phase start and last phase end: the simulated horizon.
    let horizonStart: Double
    let horizonEnd: Double

    init(scenario: Scenario) {
        let phases = scenario.timeline.phases
        start = phases.map(\.startMinute)
        end = phases.map(\.endMinute)
        hasTPSDuty = phases.map { $0.guardDuties.contains(.tps) }
        hasPPKDuty = phases.map { $0.guardDuties.contains(.ppk) }
        hasKPUDuty = phases.map { $0.guardDuties.contains(.kpu) }
        isCampaign = phases.map { $0.kind == .campaign }
        let fallback = scenario.budget.allowancePerPersonDayRupiah
        allowancePerPersonDay = phases.map { Double($0.allowancePerPersonDayRupiah ?? fallback) }
        horizonStart = scenario.timeline.startMinute
        horizonEnd = scenario.timeline.endMinute
    }

    var count: Int { start.count }

    /// The maximal windows of continuous TPS guard duty: runs of consecutive phases with `tps`
    /// duty and no gap between them.
    var tpsDutyWindows: [(start: Double, end: Double)] {
        var windows: [(start: Double, end: Double)] = []
        for p in 0..<count where hasTPSDuty[p] {
            if let last = windows.last, last.end == start[p] {
                windows[windows.count - 1].end = end[p]
            } else {
                windows.append((start[p], end[p]))
            }
        }
        return windows
    }

    /// Hours of TPS guard duty over the timeline.
    var tpsDutyHours: Double { tpsDutyWindows.reduce(0) { $0 + ($1.end - $1.start) / 60 } }

    /// Fatigue hours of one TPS guard over the timeline.
    ///
    /// A guard serves each continuous duty window of length W in shifts of `guardShiftHours` (one
    /// shift of W when `guardShiftHours >= W`: no relief), the last shift taking what is left;
    /// every hour of a shift beyond `maxDutyHours` is a fatigue hour:
    ///
    /// ```
    /// fatigue = Σ_windows Σ_shifts max(0, shiftHours - maxDutyHours)
    /// ```
    func guardFatigueHours(guardShiftHours: Double, maxDutyHours: Double) -> Double {
        var total = 0.0
        for window in tpsDutyWindows {
            var remaining = (window.end - window.start) / 60
            while remaining > 1e-9 {
                let shift = min(guardShiftHours, remaining)
                total += max(0, shift - maxDutyHours)
                remaining -= shift
            }
        }
        return total
    }

    /// The phase containing minute `t`, or -1 in a gap between phases.
    func phase(containing t: Double) -> Int {
        for p in 0..<count where start[p] <= t && t < end[p] { return p }
        return -1
    }
}
