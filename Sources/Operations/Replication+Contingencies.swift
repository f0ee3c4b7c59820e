import Scenario
import Simulation

/// Contingencies that act at their start and end, in the window `[start, end)` clipped to the
/// timeline. Floods and communication outages need no events: dispatch asks whether one is under
/// way (Replication+Dispatch.swift, Replication+Incidents.swift); rate surges were generated with
/// the incidents (IncidentSchedule.swift).
///
/// - `kpu_protest` ties down `personnel` responders at the (first) KPU office for its window: a
///   task of severity 5 that dispatch serves like an incident (the KPU detachment, if on duty,
///   is there at once; it takes the next free responders before any incident, but does not
///   preempt) and that ends with the window. It is not an incident in the KPIs.
/// - `vehicle_failure_wave` breaks, at its start, `floor(share · w + U)` of the w working vehicles
///   of every (post, type) (stochastic rounding, so the expected count is exactly `share · w`),
///   idle ones first; those on a trip break when they return.
/// - `reinforcement` adds `personnel` to the Polres HQ's pool at its start and takes them back at
///   its end, paid on the contingency line.
extension Replication {
    mutating func scheduleContingencies(kernel: inout Kernel<Event>) {
        let table = model.contingencies, phases = model.phases
        for c in 0..<table.count where occurs[c] {
            let item = table.items[c]
            let start = max(item.startMinute, phases.horizonStart), end = min(item.endMinute, phases.horizonEnd)
            guard end > start else { continue }
            tally.contingenciesOccurred += 1
            kernel.schedule(.contingencyStart(contingency: Int32(c)), at: start, priority: .worldChange)
            if item.endMinute < phases.horizonEnd {
                kernel.schedule(.contingencyEnd(contingency: Int32(c)), at: item.endMinute, priority: .worldChange)
            }
        }
    }

    mutating func startContingency(_ c: Int, kernel: inout Kernel<Event>) {
        let item = model.contingencies.items[c]
        if recorder.isRecording {
            let text = "contingency \(item.id) (\(item.kind.rawValue)) starts"
            recorder.record(text, time: kernel.now)
        }
        switch item.kind {
        case .kpuProtest: startProtestTask(c, kernel: &kernel)
        case .vehicleFailureWave: breakWave(c, share: item.vehicleFailureShare ?? 0, kernel: &kernel)
        case .reinforcement:
            guard let hq = model.force.headquarters, let personnel = item.personnel else { return }
            changeRoster(post: hq, by: Int32(personnel))
            ledger.changeRate(.contingency, byRupiahPerDay: reinforcementRate(personnel))
            retryEscorts(post: hq, kernel: &kernel)
            dispatchFrom(post: hq, kernel: &kernel)
        case .flood, .commsOutage, .hoaxSurge: break
        }
    }

    mutating func endContingency(_ c: Int, kernel: inout Kernel<Event>) {
        let item = model.contingencies.items[c]
        if recorder.isRecording {
            let text = "contingency \(item.id) ends"
            recorder.record(text, time: kernel.now)
        }
        guard item.kind == .reinforcement, let hq = model.force.headquarters, let personnel = item.personnel else { return }
        changeRoster(post: hq, by: -Int32(personnel))
        ledger.changeRate(.contingency, byRupiahPerDay: -reinforcementRate(personnel))
    }

    private func reinforcementRate(_ personnel: Int) -> Double {
        Double(personnel) * Double(model.scenario.budget.bkoAllowancePerPersonDayRupiah)
    }

    private mutating func startProtestTask(_ c: Int, kernel: inout Kernel<Event>) {
        guard let kpu = model.blocks.kpuPosts.first, let personnel = model.contingencies.items[c].personnel else { return }
        var task = IncidentState(time: kernel.now, type: 0, site: Int32(model.sites.site(post: Int(kpu))), duration: 0,
                                 severity: 5, needed: Int32(personnel), isContagion: false)
        task.isTask = true
        task.fixedEnd = min(model.contingencies.items[c].endMinute, model.phases.horizonEnd)
        incidents.append(task)
        open(incidents.count - 1, kernel: &kernel)
    }

    private mutating func breakWave(_ c: Int, share: Double, kernel: inout Kernel<Event>) {
        var stream = RandomStream(seed: seed, replication: replication, purpose: .failureWave, entity: model.contingencies.key[c])
        for slot in fleet.idle.indices {
            let working = fleet.idle[slot] + fleet.inUse[slot] - fleet.pendingBreak[slot]
            guard working > 0 else { continue }
            let count = Int32((share * Double(working) + stream.uniform()).rounded(.down))
            let now = min(count, fleet.idle[slot])
            for _ in 0..<now { breakVehicle(slot, fromIdle: true, kernel: &kernel) }
            fleet.pendingBreak[slot] += count - now
        }
    }

    /// A vehicle of `slot` goes to repair for `Exp(mean repair time)` (from the slot's repair
    /// stream), charged to maintenance.
    mutating func breakVehicle(_ slot: Int, fromIdle: Bool, kernel: inout Kernel<Event>) {
        let mean = model.vehicles.meanRepairMinutes[slot % model.vehicles.count]
        let minutes = mean > 0 ? fleet.repairStreams[slot].exponential(mean: mean) : 0
        breakVehicle(slot, fromIdle: fromIdle, repairMinutes: minutes, kernel: &kernel)
    }

    /// A vehicle of `slot` goes to repair for `repairMinutes`, charged to maintenance.
    mutating func breakVehicle(_ slot: Int, fromIdle: Bool, repairMinutes: Double, kernel: inout Kernel<Event>) {
        if fromIdle { fleet.idle[slot] -= 1 } else { fleet.inUse[slot] -= 1; fleet.busy -= 1 }
        fleet.inRepair[slot] += 1
        fleet.working -= 1
        tally.vehicleFailures += 1
        ledger.charge(.maintenance, rupiah: Double(model.scenario.budget.repairCostRupiah), at: kernel.now)
        kernel.schedule(.repairDone(slot: Int32(slot)), after: repairMinutes, priority: .release)
    }

    mutating func repairDone(_ slot: Int, kernel: inout Kernel<Event>) {
        fleet.inRepair[slot] -= 1
        fleet.idle[slot] += 1
        fleet.working += 1
        retryEscorts(post: slot / model.vehicles.count, kernel: &kernel)
        dispatchFrom(post: slot / model.vehicles.count, kernel: &kernel)
    }

    /// Team `t`'s vehicles are back: each fails with `1 - exp(-tripKm / meanKm)`, or was struck
    /// by a failure wave while away; the rest are idle again.
    mutating func returnVehicles(_ t: Int, kernel: inout Kernel<Event>) {
        let v = Int(teams[t].vehicleType), slot = Int(teams[t].post) * model.vehicles.count + v
        let p = model.vehicles.failureProbability(v, km: teams[t].tripKm)
        for _ in 0..<teams[t].vehicles {
            let isStruck = fleet.pendingBreak[slot] > 0
            if isStruck { fleet.pendingBreak[slot] -= 1 }
            if isStruck || (p > 0 && fleet.failureStreams[slot].uniform() < p) {
                breakVehicle(slot, fromIdle: false, kernel: &kernel)
            } else {
                fleet.inUse[slot] -= 1
                fleet.busy -= 1
                fleet.idle[slot] += 1
            }
        }
    }
}
