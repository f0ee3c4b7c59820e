import Scenario
import Simulation

/// Escort convoys as scheduled tasks that take personnel and vehicles (schedule, routes and home
/// posts: EscortTable.swift).
///
/// **Departure.** When a convoy is due it takes `personnelPerConvoy` idle personnel of the shift on
/// duty and one idle vehicle of the escort's kind, both from one post: the first post of its home
/// list (nearest the origin) that has both, with the vehicle type of that kind, idle there, that
/// drives the three legs fastest (ties: the lower type). Seats are not checked: the escort rides
/// with the logistics it guards. If no post has both, the convoy waits; waiting convoys, earliest
/// due first, are tried again whenever people or vehicles come back (a team or convoy home or a
/// repair done, at that post; a shift change, detachments back at a phase change, BKO, a
/// reinforcement), before the waiting incidents are served. `delay = departure - due`.
///
/// **Trip.** Home post → origin, load, origin → destination, hand over, destination → home:
///
/// ```
/// busy = m(home, origin) + h + m(origin, destination) + h + m(home, destination)
/// m(post, site) = (travel_times entry, else 60 · km / speed[v][access(site)]) · Π floods covering site now
/// km = haversine · dispatch.roadFactor,   h = options.escortHandoverMinutes (DEFAULT 60)
/// ```
///
/// Each leg is the dispatch travel time (Replication+Dispatch.swift) between a post and a site,
/// timed at departure as a dispatched team's return is; a leg between posts at the same spot takes
/// no time, and a vehicle type that cannot drive a leg (speed 0) is not taken.
///
/// **Costs and people.** The fuel of the round trip (the three legs' km and driving minutes, one
/// vehicle) is charged at departure. On return the vehicle fails with `1 - exp(-km / meanKm)` (or
/// was struck by a failure wave meanwhile) and goes to repair for Exp(mean repair time); the
/// failure uniform and the repair time come from the convoy's own stream `(seed, replication,
/// "operations.escort-trips", FNV-1a(escort id) + c)`, so escorts leave the dispatch trips' streams
/// as they were. Personnel on escort are busy reserves: out of the dispatch pool, in the personnel
/// hours and reserve utilization, their overtime past the shift's end is fatigue; the allowance is
/// paid on the whole pool, idle or busy (Replication+Shifts.swift), so an escort adds none.
extension Replication {
    mutating func scheduleEscorts(kernel: inout Kernel<Event>) {
        let table = model.escorts
        for k in 0..<table.count { kernel.schedule(.escortDue(convoy: Int32(k)), at: table.due[k], priority: .seize) }
    }

    mutating func escortDue(_ k: Int, kernel: inout Kernel<Event>) {
        if recorder.isRecording {
            let text = "\(convoyName(k)) due"
            recorder.record(text, time: kernel.now)
        }
        guard !departEscort(k, onlyFrom: nil, kernel: &kernel) else { return }
        escortProgress.waiting.append(Int32(k))
        if recorder.isRecording {
            let text = "\(convoyName(k)) waits for people or a vehicle"
            recorder.record(text, time: kernel.now)
        }
    }

    /// Tries the waiting convoys again, earliest due first: from post `post` only (the one that
    /// just got people or a vehicle back; every other post was already short), or from any post.
    mutating func retryEscorts(post: Int?, kernel: inout Kernel<Event>) {
        guard !escortProgress.waiting.isEmpty else { return }
        var n = 0
        while n < escortProgress.waiting.count {
            if departEscort(Int(escortProgress.waiting[n]), onlyFrom: post, kernel: &kernel) {
                escortProgress.waiting.remove(at: n)
            } else {
                n += 1
            }
        }
    }

    private struct EscortOption {
        var post: Int, type: Int, driving: Double, km: Double
    }

    /// Sends convoy `k` if a post (only `only`, if given) has its people and a vehicle.
    private mutating func departEscort(_ k: Int, onlyFrom only: Int?, kernel: inout Kernel<Event>) -> Bool {
        // Waiting convoys are retried whenever anything comes back, so most tries find no post
        // with both people and a vehicle: check that first, and time the legs (flood multipliers
        // included) only at a post that has them; the choice is the same as timing every post.
        // Indexing the tables in place rather than binding `model.escorts` to a local keeps this
        // path free of retain/release pairs on a dozen arrays (a quarter of compare's profile).
        let now = kernel.now, list = Int(model.escorts.homeList[k])
        var floods: (origin: Double, destination: Double)?
        var found: EscortOption?
        for n in 0..<(only == nil ? model.escorts.homeLists[list].count : 1) {
            let p = only ?? Int(model.escorts.homeLists[list][n])
            guard hasPeopleAndVehicle(k, post: p) else { continue }
            if floods == nil {
                floods = (origin: conditions(site: model.sites.site(post: Int(model.escorts.origin[k])), now: now).multiplier,
                          destination: conditions(site: model.sites.site(post: Int(model.escorts.destination[k])), now: now).multiplier)
            }
            found = escortOption(k, post: p, floods: floods!)
            if found != nil { break }
        }
        guard let choice = found else { return false }
        let table = model.escorts
        let p = choice.post, v = choice.type, n = table.personnel[k]
        var team = Team()
        team.state = .escort
        team.post = Int32(p)
        team.vehicleType = Int32(v)
        team.personnel = n
        team.vehicles = 1
        team.shiftSerial = shiftSerial
        team.shiftEnd = nextShiftMinute
        team.tripKm = choice.km
        let t = allocateTeam(team)
        pools[p].idle -= n
        pools[p].busy += n
        idleTotal -= Int(n)
        busyTotal += Int(n)
        fleet.depart(p * model.vehicles.count + v, count: 1)
        let busy = choice.driving + 2 * model.options.escortHandoverMinutes
        escortProgress.departure[k] = now
        escortProgress.returnMinute[k] = now + busy
        escortProgress.team[k] = Int32(t)
        if recorder.isRecording {
            let posts = model.scenario.posts
            let text = "\(convoyName(k)): \(n) from \(posts[p].id) by 1 \(model.scenario.vehicles[v].id), "
                + "\(posts[Int(table.origin[k])].id) to \(posts[Int(table.destination[k])].id), back at \(now + busy)"
            recorder.record(text, time: now)
        }
        ledger.charge(.fuel, rupiah: model.vehicles.fuelRupiah(v, km: choice.km, minutes: choice.driving, vehicles: 1), at: now)
        kernel.schedule(.escortHome(convoy: Int32(k)), after: busy, priority: .release)
        return true
    }

    /// Whether post `p` has convoy `k`'s personnel idle and an idle vehicle of its escort's kind.
    private func hasPeopleAndVehicle(_ k: Int, post p: Int) -> Bool {
        guard pools[p].idle >= model.escorts.personnel[k] else { return false }
        let base = p * model.vehicles.count, kind = Int(model.escorts.escort[k])
        for n in 0..<model.escorts.types[kind].count where fleet.idle[base + model.escorts.types[kind][n]] > 0 { return true }
        return false
    }

    /// The fastest vehicle type of the escort's kind idle at post `p` that drives every leg, if
    /// `p` also has the convoy's personnel idle.
    private func escortOption(_ k: Int, post p: Int, floods: (origin: Double, destination: Double)) -> EscortOption? {
        let table = model.escorts, sites = model.sites
        guard pools[p].idle >= table.personnel[k] else { return nil }
        let origin = Int(table.origin[k]), originSite = sites.site(post: origin)
        let destinationSite = sites.site(post: Int(table.destination[k])), home = sites.site(post: p)
        let roadFactor = model.scenario.dispatch.roadFactor
        let outKm = sites.distanceKm(home, originSite) * roadFactor
        let backKm = sites.distanceKm(home, destinationSite) * roadFactor
        var best: EscortOption?
        for v in table.types[Int(table.escort[k])] where fleet.idle[p * model.vehicles.count + v] > 0 {
            guard let out = legMinutes(post: p, site: originSite, km: outKm, type: v, flood: floods.origin),
                  let route = legMinutes(post: origin, site: destinationSite, km: table.routeKm[k], type: v, flood: floods.destination),
                  let back = legMinutes(post: p, site: destinationSite, km: backKm, type: v, flood: floods.destination)
            else { continue }
            let driving = out + route + back
            if best == nil || driving < best!.driving {
                best = EscortOption(post: p, type: v, driving: driving, km: outKm + table.routeKm[k] + backKm)
            }
        }
        return best
    }

    /// Minutes between post `post` and `site` for vehicle type `v`, or nil if it cannot drive it.
    private func legMinutes(post: Int, site: Int, km: Double, type v: Int, flood: Double) -> Double? {
        let fixed = model.escorts.fixedMinutes.isEmpty ? nil : model.escorts.fixedMinutes[CandidateTable.pairKey(site: site, post: post)]
        if fixed == nil && km == 0 { return 0 }
        let speed = model.vehicles.speed(v, access: Int(model.sites.access[site]))
        guard speed > 0 else { return nil }
        return (fixed ?? 60 * km / speed) * flood
    }

    /// Convoy `k` is back: its personnel rejoin the pool (or go off duty with the overtime as
    /// fatigue), its vehicle may have failed, and the post serves waiting convoys, then incidents.
    mutating func escortHome(_ k: Int, kernel: inout Kernel<Event>) {
        let t = Int(escortProgress.team[k]), p = Int(teams[t].post)
        if recorder.isRecording {
            let text = "\(convoyName(k)) back at \(model.scenario.posts[p].id)"
            recorder.record(text, time: kernel.now)
        }
        rejoinPool(t, now: kernel.now)
        let v = Int(teams[t].vehicleType), slot = p * model.vehicles.count + v
        var stream = RandomStream(seed: seed, replication: replication, purpose: .escortTrips, entity: model.escorts.streamEntity(k))
        let u = stream.uniform()
        let isStruck = fleet.pendingBreak[slot] > 0
        if isStruck { fleet.pendingBreak[slot] -= 1 }
        if isStruck || u < model.vehicles.failureProbability(v, km: teams[t].tripKm) {
            let mean = model.vehicles.meanRepairMinutes[v]
            breakVehicle(slot, fromIdle: false, repairMinutes: mean > 0 ? stream.exponential(mean: mean) : 0, kernel: &kernel)
        } else {
            fleet.inUse[slot] -= 1
            fleet.busy -= 1
            fleet.idle[slot] += 1
        }
        freeTeam(t)
        retryEscorts(post: p, kernel: &kernel)
        dispatchFrom(post: p, kernel: &kernel)
    }

    /// `escort_convoys`, `escort_delay_mean_minutes`, `escort_personnel_hours` (personnel times
    /// minutes out, to the end of the timeline, over 60) and `escorts_unfinished` (not back by
    /// their escort's end, or never gone).
    func escortKPIs(into kpis: inout [Double]) {
        let table = model.escorts, horizonEnd = model.phases.horizonEnd
        var delays = Summation(), hours = 0.0, unfinished = 0
        for k in 0..<table.count {
            let departure = escortProgress.departure[k], back = escortProgress.returnMinute[k]
            if !departure.isNaN {
                delays.add(departure - table.due[k])
                hours += Double(table.personnel[k]) * (min(back, horizonEnd) - departure) / 60
            }
            if departure.isNaN || back > table.end[Int(table.escort[k])] { unfinished += 1 }
        }
        kpis[KPIColumn.escortConvoys.rawValue] = Double(delays.count)
        kpis[KPIColumn.escortDelayMean.rawValue] = delays.mean
        kpis[KPIColumn.escortPersonnelHours.rawValue] = hours
        kpis[KPIColumn.escortsUnfinished.rawValue] = Double(unfinished)
    }

    /// "convoy ballots-out #0"; only for the recorder.
    private func convoyName(_ k: Int) -> String {
        "convoy \(model.scenario.timeline.escorts[Int(model.escorts.escort[k])].id) #\(model.escorts.number[k])"
    }
}
