import Scenario
import Simulation

/// Teams: their table with a free list, their lists per incident and per post, arriving on
/// scene, going home, and handing personnel and vehicles back.
extension Replication {
    mutating func allocateTeam(_ team: Team) -> Int {
        if let t = freeTeams.popLast() {
            var fresh = team
            fresh.version = teams[Int(t)].version &+ 1
            teams[Int(t)] = fresh
            return Int(t)
        }
        teams.append(team)
        return teams.count - 1
    }

    /// Puts team `t` at the head of incident `i`'s list.
    mutating func link(team t: Int, to i: Int) {
        teams[t].incident = Int32(i)
        teams[t].nextInIncident = incidents[i].teamHead
        incidents[i].teamHead = Int32(t)
    }

    /// Takes team `t` out of incident `i`'s list.
    mutating func unlink(team t: Int, from i: Int) {
        if incidents[i].teamHead == Int32(t) {
            incidents[i].teamHead = teams[t].nextInIncident
        } else {
            var previous = Int(incidents[i].teamHead)
            while previous >= 0 && teams[previous].nextInIncident != Int32(t) { previous = Int(teams[previous].nextInIncident) }
            if previous >= 0 { teams[previous].nextInIncident = teams[t].nextInIncident }
        }
        teams[t].nextInIncident = -1
    }

    /// Adds team `t` to its post's list of active teams (those preemption may take).
    mutating func linkToPost(_ t: Int) {
        let p = Int(teams[t].post)
        teams[t].previousInPost = -1
        teams[t].nextInPost = pools[p].teamHead
        if pools[p].teamHead >= 0 { teams[Int(pools[p].teamHead)].previousInPost = Int32(t) }
        pools[p].teamHead = Int32(t)
    }

    mutating func unlinkFromPost(_ t: Int) {
        let p = Int(teams[t].post), previous = Int(teams[t].previousInPost), next = Int(teams[t].nextInPost)
        if previous >= 0 { teams[previous].nextInPost = Int32(next) } else { pools[p].teamHead = Int32(next) }
        if next >= 0 { teams[next].previousInPost = Int32(previous) }
        teams[t].previousInPost = -1
        teams[t].nextInPost = -1
    }

    /// Team `t` reaches its incident: the first arrival starts the time on scene.
    mutating func teamArrived(_ t: Int, kernel: inout Kernel<Event>) {
        teams[t].state = .onScene
        let i = Int(teams[t].incident), n = teams[t].personnel
        if recorder.isRecording {
            let text = "\(n) arrive at \(describe(i))"
            recorder.record(text, time: kernel.now)
        }
        incidents[i].enRoute -= n
        incidents[i].onScene += n
        incidents[i].respondersMax = max(incidents[i].respondersMax, incidents[i].onScene)
        if incidents[i].firstArrival.isNaN { incidents[i].firstArrival = kernel.now }
        if incidents[i].fullStrength.isNaN && incidents[i].onScene >= incidents[i].needed {
            incidents[i].fullStrength = kernel.now
        }
        if !incidents[i].isSceneRunning { startScene(i, kernel: &kernel) }
    }

    /// Team `t` leaves its incident for its post: from the scene, the way it came (for a direct
    /// trip) or from the incident's site; en route, it turns back. Guards stay where they are.
    mutating func sendHome(_ t: Int, kernel: inout Kernel<Event>) {
        if teams[t].group >= 0 {
            releaseGuards(t, now: kernel.now)
            return
        }
        unlinkFromPost(t)
        let minutes: Double, km: Double
        if teams[t].state == .enRoute && teams[t].isLegFromHome {
            minutes = kernel.now - teams[t].legStart
            km = teams[t].legMinutes > 0 ? teams[t].legKm * minutes / teams[t].legMinutes : 0
        } else {
            minutes = teams[t].homeMinutes
            km = teams[t].homeKm
        }
        teams[t].state = .returning
        teams[t].tripKm += km
        let v = Int(teams[t].vehicleType)
        ledger.charge(.fuel, rupiah: model.vehicles.fuelRupiah(v, km: km, minutes: minutes, vehicles: Int(teams[t].vehicles)),
                      at: kernel.now)
        kernel.schedule(.teamHome(team: Int32(t)), after: minutes, priority: .release)
    }

    /// Guards are back on post: the group's other TPS were uncovered while it was away.
    private mutating func releaseGuards(_ t: Int, now: Double) {
        let group = Int(teams[t].group)
        guardBusy[group] = false
        if group < model.force.groupCount {
            let others = Double(max(0, model.force.guardTPSCount[group] - 1))
            tally.awayHours += others * (now - teams[t].shiftEnd) / 60
        }
        freeTeam(t)
    }

    /// Team `t` is back: its personnel return to the pool (or go off duty, with the overtime as
    /// fatigue, if their shift ended meanwhile), its vehicles may turn out to have failed; the post
    /// serves waiting escort convoys, then waiting incidents.
    mutating func teamHome(_ t: Int, kernel: inout Kernel<Event>) {
        let p = Int(teams[t].post), n = teams[t].personnel
        if recorder.isRecording {
            let text = "\(n) back at \(model.scenario.posts[p].id)"
            recorder.record(text, time: kernel.now)
        }
        rejoinPool(t, now: kernel.now)
        returnVehicles(t, kernel: &kernel)
        freeTeam(t)
        retryEscorts(post: p, kernel: &kernel)
        dispatchFrom(post: p, kernel: &kernel)
    }

    /// Team `t`'s personnel are back at their post: idle again if their shift is still on (less
    /// any the roster now owes), else off duty with the time past their shift's end as fatigue.
    mutating func rejoinPool(_ t: Int, now: Double) {
        let p = Int(teams[t].post), n = teams[t].personnel
        busyTotal -= Int(n)
        if teams[t].shiftSerial == shiftSerial {
            pools[p].busy -= n
            let leaving = min(pools[p].owed, n)
            pools[p].owed -= leaving
            pools[p].idle += n - leaving
            idleTotal += Int(n - leaving)
        } else {
            tally.fatigueHours += Double(n) * max(0, now - teams[t].shiftEnd) / 60
        }
    }

    mutating func freeTeam(_ t: Int) {
        teams[t].state = .free
        teams[t].version &+= 1
        freeTeams.append(Int32(t))
    }
}
