import Scenario
import Simulation

/// Dispatch: which post sends whom, with which vehicles, and when waiting incidents are served.
///
/// An incident short of responders takes, repeatedly, the (candidate post, vehicle type) with
/// the shortest travel time among posts with idle personnel and an idle vehicle of a type that
/// can reach the site's access type (speed > 0):
///
/// ```
/// minutes = fixed table entry, else 60 · (roadKm + movedKm) / speed[type][access]
/// minutes *= Π flood multipliers covering the site now
/// n = min(shortfall, idle personnel, idle vehicles · seats),  vehicles = ceil(n / seats)
/// ```
///
/// Incidents that are still short wait in the ``WaitingList``; whenever a post gets personnel or
/// a vehicle back, the list is walked in dispatch order and each incident that has the post
/// among its candidates is served again.
extension Replication {
    /// How the world bends travel to a site now: flood multipliers and the extra distance of a
    /// TPS a flood has moved.
    struct TravelConditions {
        var multiplier = 1.0
        var extraKm = 0.0
    }

    func conditions(site: Int, now: Double) -> TravelConditions {
        var result = TravelConditions()
        let table = model.contingencies
        for c in 0..<table.count where occurs[c] && table.items[c].kind == .flood {
            guard table.isActive(c, at: now) && table.covers(c, site: site, sites: model.sites) else { continue }
            result.multiplier *= table.items[c].travelTimeMultiplier ?? 1
            if !model.sites.isPost(site), let share = table.items[c].tpsMovedShare, isMoved(site: site, flood: c, share: share) {
                result.extraKm = model.options.movedTPSKilometres * model.scenario.dispatch.roadFactor
            }
        }
        return result
    }

    /// Whether flood `c` moves TPS `site`: a uniform from a hash of (flood key, TPS) below the
    /// moved share. Stateless, so no per-TPS table is needed for 820,000 TPS.
    private func isMoved(site: Int, flood c: Int, share: Double) -> Bool {
        let key = StreamKey(seed: seed, replication: replication, purpose: .floodMoves, entity: model.contingencies.key[c]).digest
        let bits = SplitMix64.mix(key ^ UInt64(site))
        return Double(bits >> 11) * 0x1.0p-53 < share
    }

    /// Sends responders to incident `i` until it is at full strength or nobody suitable is idle;
    /// then, if allowed, preempts; an incident still short waits.
    mutating func serve(_ i: Int, kernel: inout Kernel<Event>, mayPreempt: Bool) {
        guard incidents[i].status == .open, incidents[i].report == .reported else { return }
        let site = Int(incidents[i].site)
        if incidents[i].shortfall > 0 {
            let world = conditions(site: site, now: kernel.now)
            while incidents[i].shortfall > 0, let choice = bestCandidate(site: site, world: world) {
                launch(i, slot: choice.slot, type: choice.type, minutes: choice.minutes, km: choice.km, kernel: &kernel)
            }
            if incidents[i].shortfall > 0 && mayPreempt && model.scenario.dispatch.preemption {
                preempt(for: i, world: world, kernel: &kernel)
            }
        }
        let isShort = incidents[i].shortfall > 0
        if isShort && !incidents[i].isQueued {
            waiting.insert(Int32(i), severity: incidents[i].severity, time: incidents[i].time)
            incidents[i].isQueued = true
        } else if !isShort && incidents[i].isQueued {
            waiting.remove(Int32(i))
            incidents[i].isQueued = false
        }
    }

    /// The fastest (candidate slot, vehicle type) with idle personnel and an idle vehicle that
    /// reaches the site; ties go to the nearer slot, then the lower type.
    private func bestCandidate(site: Int, world: TravelConditions) -> (slot: Int, type: Int, minutes: Double, km: Double)? {
        let table = model.candidates, vehicles = model.vehicles
        let access = Int(model.sites.access[site]), types = vehicles.count
        var best: (slot: Int, type: Int, minutes: Double, km: Double)?
        for j in Int(table.start[site])..<Int(table.start[site + 1]) {
            let p = Int(table.post[j])
            guard pools[p].idle > 0 else { continue }
            let km = Double(table.roadKm[j]) + world.extraKm
            let fixed = table.fixedMinutes.isEmpty ? Double.nan : Double(table.fixedMinutes[j])
            for v in 0..<types where fleet.idle[p * types + v] > 0 {
                let speed = vehicles.speed(v, access: access)
                guard speed > 0 else { continue }
                let base = fixed.isNaN ? 60 * km / speed : fixed + 60 * world.extraKm / speed
                let minutes = base * world.multiplier
                if best == nil || minutes < best!.minutes { best = (j, v, minutes, km) }
            }
        }
        return best
    }

    /// Sends a team from candidate `slot` with vehicles of `type` to incident `i`.
    private mutating func launch(_ i: Int, slot: Int, type v: Int, minutes: Double, km: Double, kernel: inout Kernel<Event>) {
        let p = Int(model.candidates.post[slot]), cell = p * model.vehicles.count + v
        let seats = model.vehicles.seats[v]
        let n = min(incidents[i].shortfall, pools[p].idle, fleet.idle[cell] * seats)
        let cars = (n + seats - 1) / seats
        var team = Team()
        team.state = .enRoute
        team.post = Int32(p)
        team.vehicleType = Int32(v)
        team.personnel = n
        team.vehicles = cars
        team.shiftSerial = shiftSerial
        team.shiftEnd = nextShiftMinute
        team.legStart = kernel.now
        team.legMinutes = minutes
        team.legKm = km
        team.homeMinutes = minutes
        team.homeKm = km
        team.tripKm = km
        let t = allocateTeam(team)
        link(team: t, to: i)
        linkToPost(t)
        pools[p].idle -= n
        pools[p].busy += n
        idleTotal -= Int(n)
        busyTotal += Int(n)
        fleet.depart(cell, count: cars)
        incidents[i].enRoute += n
        if incidents[i].dispatchMinute.isNaN { incidents[i].dispatchMinute = kernel.now }
        ledger.charge(.fuel, rupiah: model.vehicles.fuelRupiah(v, km: km, minutes: minutes, vehicles: Int(cars)), at: kernel.now)
        kernel.schedule(.teamArrival(team: Int32(t), version: teams[t].version), after: minutes)
    }

    /// Serves, in dispatch order, the waiting incidents that post `p` may answer.
    mutating func dispatchFrom(post p: Int, kernel: inout Kernel<Event>) {
        var k = 0
        while k < waiting.count && pools[p].idle > 0 {
            let i = Int(waiting[k])
            if model.candidates.contains(site: Int(incidents[i].site), post: Int32(p)) {
                serve(i, kernel: &kernel, mayPreempt: false)
            }
            if k < waiting.count && Int(waiting[k]) == i { k += 1 }
        }
    }

    /// Serves every waiting incident in dispatch order (after a shift change or a phase change).
    mutating func dispatchAll(kernel: inout Kernel<Event>) {
        var k = 0
        while k < waiting.count && idleTotal > 0 {
            let i = Int(waiting[k])
            serve(i, kernel: &kernel, mayPreempt: false)
            if k < waiting.count && Int(waiting[k]) == i { k += 1 }
        }
    }
}
