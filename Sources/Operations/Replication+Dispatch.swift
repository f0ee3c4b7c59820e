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
/// Incidents that are still short wait in the ``DispatchQueues``; whenever a post gets personnel
/// or a vehicle back, the waiting incidents it may answer are served again, best first.
extension Replication {
    /// How the world bends travel to a site now: flood multipliers and the extra distance of a
    /// TPS a flood has moved.
    struct TravelConditions {
        var multiplier = 1.0
        var extraKm = 0.0
    }

    func conditions(site: Int, now: Double) -> TravelConditions {
        var result = TravelConditions()
        // The contingency table is read in place, field by field: binding it to a local retained its
        // arrays, and reading `items[c]` copied a whole `Contingency`, at every dispatch.
        for c in floods {
            guard model.contingencies.isActive(c, at: now) && model.contingencies.covers(c, site: site, sites: model.sites) else { continue }
            result.multiplier *= model.contingencies.travelMultiplier[c]
            let share = model.contingencies.movedShare[c]
            if !model.sites.isPost(site), !share.isNaN, isMoved(site: site, flood: c, share: share) {
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
            if incidents[i].shortfall > 0 && mayPreempt && !incidents[i].isTask && model.scenario.dispatch.preemption {
                preempt(for: i, world: world, kernel: &kernel)
            }
        }
        let isShort = incidents[i].shortfall > 0
        if isShort && !queues.isQueued(i) {
            let table = model.candidates
            queues.enqueue(i, severity: incidents[i].severity, time: incidents[i].time, access: Int(model.sites.access[site]),
                           posts: table.post[Int(table.start[site])..<Int(table.start[site + 1])])
        } else if !isShort && queues.isQueued(i) {
            queues.dequeue(i)
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
        if recorder.isRecording {
            let text = "\(n) from \(model.scenario.posts[p].id) by \(cars) \(model.scenario.vehicles[v].id) to \(describe(i))"
            recorder.record(text, time: kernel.now)
        }
        ledger.charge(.fuel, rupiah: model.vehicles.fuelRupiah(v, km: km, minutes: minutes, vehicles: Int(cars)), at: kernel.now)
        kernel.schedule(.teamArrival(team: Int32(t), version: teams[t].version), after: minutes)
    }

    /// Whether post `p` has an idle vehicle that reaches access type `a`.
    @inline(__always)
    private func canReach(post p: Int, access a: Int) -> Bool {
        let types = model.vehicles.count
        for v in 0..<types where fleet.idle[p * types + v] > 0 && model.vehicles.speed(v, access: a) > 0 { return true }
        return false
    }

    /// Serves, in dispatch order, the waiting incidents that post `p` may answer, while it has
    /// idle personnel: the best entries of its three access-type heaps are merged, best first,
    /// and those the post cannot help (no vehicle for the access type) are put back.
    mutating func dispatchFrom(post p: Int, kernel: inout Kernel<Event>) {
        guard pools[p].idle > 0 else { return }
        var heads = Heads()
        var kept = deferred
        deferred = []
        kept.removeAll(keepingCapacity: true)
        for a in 0..<3 where canReach(post: p, access: a) { heads[a] = queues.popBest(post: p, access: a) }
        while pools[p].idle > 0 {
            var best = -1
            for a in 0..<3 {
                guard let entry = heads[a] else { continue }
                if best < 0 || entry.precedes(heads[best]!) { best = a }
            }
            guard best >= 0, let entry = heads[best] else { break }
            heads[best] = nil
            if queues.isCurrent(entry) {
                serve(Int(entry.incident), kernel: &kernel, mayPreempt: false)
                if queues.isCurrent(entry) { kept.append((entry, best)) }
            }
            if canReach(post: p, access: best) { heads[best] = queues.popBest(post: p, access: best) }
        }
        for a in 0..<3 { if let entry = heads[a] { kept.append((entry, a)) } }
        for (entry, a) in kept where queues.isCurrent(entry) { queues.restore(entry, post: p, access: a) }
        kept.removeAll(keepingCapacity: true)
        deferred = kept
    }

    /// The best unserved entry of each access type's heap.
    private struct Heads {
        var road: DispatchQueues.Entry?, river: DispatchQueues.Entry?, remote: DispatchQueues.Entry?
        subscript(a: Int) -> DispatchQueues.Entry? {
            get { a == 0 ? road : (a == 1 ? river : remote) }
            set { if a == 0 { road = newValue } else if a == 1 { river = newValue } else { remote = newValue } }
        }
    }

    /// Serves every waiting incident in dispatch order (after a shift change or a phase change).
    mutating func dispatchAll(kernel: inout Kernel<Event>) {
        guard idleTotal > 0, !queues.isEmpty else { return }
        let order = queues.queued.sorted { a, b in
            let x = incidents[Int(a)], y = incidents[Int(b)]
            if x.severity != y.severity { return x.severity > y.severity }
            if x.time != y.time { return x.time < y.time }
            return a < b
        }
        for i in order where queues.isQueued(Int(i)) {
            serve(Int(i), kernel: &kernel, mayPreempt: false)
            if idleTotal == 0 { break }
        }
    }
}
