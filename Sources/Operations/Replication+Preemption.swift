import Scenario
import Simulation

/// Preemption: an incident of higher severity takes a team from an incident of strictly lower
/// severity (Polri doctrine: the more serious disturbance first; the preemptive-resume priority
/// discipline of queueing theory, Kleinrock, "Queueing systems II", 1976, section 3.7).
///
/// Only teams of the incident's candidate posts can be taken (so mutual-aid rules still hold),
/// only dispatched teams (guards stay at their TPS), and only teams whose vehicles reach the
/// site; at most `options.preemptionScanLimit` teams per post are examined, most recent first. Among them the team that arrives first is taken, ties to the lower-severity victim: a
/// team on scene travels from the victim's site (`haversine · roadFactor`), a team still on the
/// way is treated as leaving from its post. Candidates are ranked on the planar distance (a few
/// flops, where a post may have thousands of teams out) and the chosen team's journey is then
/// timed on the haversine distance. The whole team is taken. The victim loses those
/// responders: it goes back to the waiting list, and if nobody is left on scene its time on scene
/// pauses and resumes, with what remained, when the next responder arrives.
extension Replication {
    mutating func preempt(for i: Int, world: TravelConditions, kernel: inout Kernel<Event>) {
        let site = Int(incidents[i].site), severity = incidents[i].severity
        let table = model.candidates, access = Int(model.sites.access[site])
        let roadFactor = model.scenario.dispatch.roadFactor, limit = model.options.preemptionScanLimit
        while incidents[i].shortfall > 0 {
            var best: (team: Int, slot: Int, minutes: Double, km: Double, victimSeverity: Int8)?
            for j in Int(table.start[site])..<Int(table.start[site + 1]) {
                var t = Int(pools[Int(table.post[j])].teamHead), examined = 0
                while t >= 0 && examined < limit {
                    defer { t = Int(teams[t].nextInPost); examined += 1 }
                    let victim = Int(teams[t].incident)
                    let victimSeverity = incidents[victim].severity
                    let speed = model.vehicles.speed(Int(teams[t].vehicleType), access: access)
                    guard victim != i, victimSeverity < severity, speed > 0 else { continue }
                    let km = teams[t].state == .onScene
                        ? model.sites.planarKm(Int(incidents[victim].site), site) * roadFactor + world.extraKm
                        : Double(table.roadKm[j]) + world.extraKm
                    let minutes = 60 * km / speed * world.multiplier
                    if let current = best, current.minutes < minutes
                        || (current.minutes == minutes && current.victimSeverity <= victimSeverity) { continue }
                    best = (t, j, minutes, km, victimSeverity)
                }
            }
            guard var choice = best else { return }
            if teams[choice.team].state == .onScene {
                let victimSite = Int(incidents[Int(teams[choice.team].incident)].site)
                let speed = model.vehicles.speed(Int(teams[choice.team].vehicleType), access: access)
                choice.km = model.sites.distanceKm(victimSite, site) * roadFactor + world.extraKm
                choice.minutes = 60 * choice.km / speed * world.multiplier
            }
            redirect(choice.team, to: i, slot: choice.slot, minutes: choice.minutes, km: choice.km, kernel: &kernel)
        }
    }

    /// Moves team `t` from its incident to incident `i`.
    private mutating func redirect(_ t: Int, to i: Int, slot: Int, minutes: Double, km: Double, kernel: inout Kernel<Event>) {
        let victim = Int(teams[t].incident), n = teams[t].personnel
        unlink(team: t, from: victim)
        if teams[t].state == .onScene {
            incidents[victim].onScene -= n
            if incidents[victim].onScene == 0 && incidents[victim].isSceneRunning { pauseScene(victim, now: kernel.now) }
        } else {
            incidents[victim].enRoute -= n
        }
        tally.preemptions += 1
        if recorder.isRecording {
            let text = "\(n) taken from \(describe(victim)) to \(describe(i))"
            recorder.record(text, time: kernel.now)
        }

        let v = Int(teams[t].vehicleType)
        let homeKm = Double(model.candidates.roadKm[slot])
        teams[t].state = .enRoute
        teams[t].version &+= 1
        teams[t].isLegFromHome = false
        teams[t].legStart = kernel.now
        teams[t].legMinutes = minutes
        teams[t].legKm = km
        teams[t].homeKm = homeKm
        teams[t].homeMinutes = 60 * homeKm / model.vehicles.speed(v, access: Int(model.sites.access[Int(incidents[i].site)]))
        teams[t].tripKm += km
        link(team: t, to: i)
        incidents[i].enRoute += n
        if incidents[i].dispatchMinute.isNaN { incidents[i].dispatchMinute = kernel.now }
        ledger.charge(.fuel, rupiah: model.vehicles.fuelRupiah(v, km: km, minutes: minutes, vehicles: Int(teams[t].vehicles)),
                      at: kernel.now)
        kernel.schedule(.teamArrival(team: Int32(t), version: teams[t].version), after: minutes)

        // The victim is short again: it waits, and takes whatever idle responders it can reach.
        serve(victim, kernel: &kernel, mayPreempt: false)
    }
}
