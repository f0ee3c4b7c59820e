import Scenario
import Simulation

/// Shifts, rosters and phases: who is on duty, and what the allowance ledger accrues.
///
/// **Reserve shifts.** A day from 00:00 is cut into `reserveShiftsPerDay` shifts of equal length;
/// each post's pool is split over them (ForceLayout.shiftSize), and at a change the new shift
/// takes over the idle ones' place. Responders still out when their shift ends keep working; their
/// time from the shift's end until they are back is overtime, counted as fatigue hours. A shift
/// longer than `force.shift.maxDutyHours` also counts its excess hours as fatigue for everyone on it.
///
/// **Rest.** Each person works one shift of `L = 24 / reserveShiftsPerDay` hours a day and is off
/// the other `24 - L` until the same shift the next day; nobody is called back off shift, so rest
/// is cut short only by the pattern itself (overtime is already fatigue). When the pattern leaves
/// less than `force.shift.restHours`, every shift that starts while its people's previous shift lay
/// inside the timeline (`t - (24 - L) > horizon start`) adds
///
/// ```
/// fatigue += people on the shift · max(0, restHours - (24 - L))
/// ```
///
/// (one shift a day and 8 hours' rest: 8 hours per person from the second day on, on top of the
/// `24 - maxDutyHours` hours of each day's shift beyond the maximum).
///
/// **Allowance.** Per phase p, rupiah per minute
///
/// ```
/// rate_p = (guards_p + pool_p) · allowancePerPersonDay_p
/// guards_p = guardPolice if p has TPS duty, else the guard police serving in PPK and KPU detachments
/// pool_p   = patrols if p is a campaign phase, else reserves + patrols
/// ```
///
/// (in a campaign the reserves are on routine duty, so only patrols draw the operation's
/// allowance; detachment members taken from the reserves are already paid as reserves). BKO draw
/// `bkoAllowancePerPersonDay` on the bko line from arrival; reinforcement contingencies the same
/// rate on the contingency line while they last.
extension Replication {
    mutating func startShifts(kernel: inout Kernel<Event>) {
        let length = 1_440 / Double(model.force.shiftsPerDay)
        let start = model.phases.horizonStart
        let dayMinute = start - (start / 1_440).rounded(.down) * 1_440
        shiftIndex = min(model.force.shiftsPerDay - 1, Int(dayMinute / length))
        nextShiftMinute = (start / length).rounded(.down) * length + length
        for p in pools.indices {
            pools[p].idle = model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex)
            idleTotal += Int(pools[p].idle)
        }
        accrueShiftFatigue(from: start)
        if nextShiftMinute < model.phases.horizonEnd {
            kernel.schedule(.shiftChange, at: nextShiftMinute, priority: .worldChange)
        }
    }

    mutating func changeShift(kernel: inout Kernel<Event>) {
        let shifts = model.force.shiftsPerDay
        shiftIndex = (shiftIndex + 1) % shifts
        nextShiftMinute = kernel.now + 1_440 / Double(shifts)
        if shifts > 1 {
            shiftSerial += 1
            for p in pools.indices {
                idleTotal -= Int(pools[p].idle)
                pools[p].idle = model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex)
                pools[p].busy = 0
                pools[p].owed = 0
                idleTotal += Int(pools[p].idle)
            }
        }
        accrueShiftFatigue(from: kernel.now)
        accrueRestShortfall(at: kernel.now)
        if nextShiftMinute < model.phases.horizonEnd {
            kernel.schedule(.shiftChange, at: nextShiftMinute, priority: .worldChange)
        }
        retryEscorts(post: nil, kernel: &kernel)
        dispatchAll(kernel: &kernel)
    }

    /// Rest shortfall of the shift starting at `t`: `people · restShortfallHours`, if its people's
    /// previous shift ended inside the timeline.
    private mutating func accrueRestShortfall(at t: Double) {
        let offMinutes = 1_440 - 1_440 / Double(model.force.shiftsPerDay)
        guard model.restShortfallHours > 0, t - offMinutes > model.phases.horizonStart else { return }
        var people: Int32 = 0
        for p in pools.indices { people += model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex) }
        tally.fatigueHours += Double(people) * model.restShortfallHours
    }

    /// Fatigue of the shift starting at `start`: `people · max(0, length - maxDuty)`.
    private mutating func accrueShiftFatigue(from start: Double) {
        let length = min(nextShiftMinute, model.phases.horizonEnd) - start
        let excess = max(0, length - model.scenario.force.shift.maxDutyHours * 60) / 60
        guard excess > 0 else { return }
        var people: Int32 = 0
        for p in pools.indices { people += model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex) }
        tally.fatigueHours += Double(people) * excess
    }

    /// Adds `delta` people (negative: removes) to post `p`'s pool; the shift on duty gains or
    /// loses its share at once (people out on a job leave when they return).
    mutating func changeRoster(post p: Int, by delta: Int32) {
        let before = model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex)
        pools[p].roster += delta
        let change = model.force.shiftSize(roster: pools[p].roster, shift: shiftIndex) - before
        if change > 0 {
            let cancelled = min(pools[p].owed, change)
            pools[p].owed -= cancelled
            pools[p].idle += change - cancelled
            idleTotal += Int(change - cancelled)
        } else if change < 0 {
            let taken = min(pools[p].idle, -change)
            pools[p].idle -= taken
            idleTotal -= Int(taken)
            pools[p].owed += -change - taken
        }
    }

    /// Enters phase `p` (-1: a gap between phases): guard duties, detachments, allowance rate.
    mutating func enterPhase(_ p: Int, kernel: inout Kernel<Event>) {
        if recorder.isRecording {
            let text = p >= 0 ? "phase \(model.scenario.timeline.phases[p].id) starts" : "between phases"
            recorder.record(text, time: kernel.now)
        }
        currentPhase = p
        let phases = model.phases
        isTPSDuty = p >= 0 && phases.hasTPSDuty[p]
        let returned = detachmentFromPool.contains { $0 > 0 }
        for j in detachmentStrength.indices where detachmentFromPool[j] > 0 {
            changeRoster(post: Int(model.force.detachmentSource[j]), by: detachmentFromPool[j])
        }
        var guardsFree = isTPSDuty ? 0 : Int32(model.force.guardPoliceTotal)
        var detachedGuards: Int32 = 0, detachedReserves: Int32 = 0
        for j in detachmentStrength.indices {
            let wantsDuty = p >= 0 && (model.force.detachmentIsKPU[j] ? phases.hasKPUDuty[p] : phases.hasPPKDuty[p])
            let nominal = wantsDuty ? model.force.guardPolice[model.force.groupCount + j] : 0
            let fromGuards = min(nominal, guardsFree)
            guardsFree -= fromGuards
            let source = Int(model.force.detachmentSource[j])
            let fromPool = source >= 0 ? min(nominal - fromGuards, pools[source].roster) : 0
            if fromPool > 0 { changeRoster(post: source, by: -fromPool) }
            detachmentFromPool[j] = fromPool
            detachmentStrength[j] = fromGuards + fromPool
            detachedGuards += fromGuards
            detachedReserves += fromPool
        }
        let guardsPaid = isTPSDuty ? model.force.guardPoliceTotal : Int(detachedGuards)
        guardsOnDuty = guardsPaid + Int(detachedReserves)
        var rate = 0.0
        if p >= 0 {
            let pool = phases.isCampaign[p] ? model.force.patrolTotal : model.force.reserveTotal + model.force.patrolTotal
            rate = Double(guardsPaid + pool) * phases.allowancePerPersonDay[p]
        }
        ledger.setRate(.allowance, rupiahPerDay: rate)
        if returned {
            retryEscorts(post: nil, kernel: &kernel)
            dispatchAll(kernel: &kernel)
        }
    }

    /// The BKO reinforcement joins the Polres HQ's pool.
    mutating func bkoArrives(kernel: inout Kernel<Event>) {
        guard let hq = model.force.headquarters else { return }
        let bko = model.scenario.force.bko
        tally.bkoArrivalMinute = kernel.now
        if recorder.isRecording {
            let text = "BKO of \(bko.personnel) arrives at \(model.scenario.posts[hq].id)"
            recorder.record(text, time: kernel.now)
        }
        changeRoster(post: hq, by: Int32(bko.personnel))
        ledger.changeRate(.bko, byRupiahPerDay: Double(bko.personnel) * Double(model.scenario.budget.bkoAllowancePerPersonDayRupiah))
        retryEscorts(post: hq, kernel: &kernel)
        dispatchFrom(post: hq, kernel: &kernel)
    }
}
