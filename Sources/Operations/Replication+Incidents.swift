import Scenario
import Simulation

/// An incident's life: it occurs, guards on the spot respond, it is reported to the dispatcher,
/// it may escalate, its time on scene runs, it is resolved.
extension Replication {
    /// The next scheduled incident occurs.
    mutating func arrive(kernel: inout Kernel<Event>) {
        let i = nextArrival
        nextArrival += 1
        if nextArrival < scheduledCount {
            kernel.schedule(.arrival, at: incidents[nextArrival].time, priority: .arrival)
        }
        open(i, kernel: &kernel)
        if let escalation = model.types[Int(incidents[i].type)].escalation, model.options.maxEscalationsPerIncident > 0 {
            kernel.schedule(.escalation(incident: Int32(i)), after: escalation.afterMinutes, priority: .escalationCheck)
        }
    }

    /// Opens incident `i` (an arrival or a task): guards engage, and the dispatcher hears of it.
    mutating func open(_ i: Int, kernel: inout Kernel<Event>) {
        if recorder.isRecording {
            let text = "\(describe(i)) occurs at \(siteName(Int(incidents[i].site)))"
            recorder.record(text, time: kernel.now)
        }
        incidents[i].status = .open
        if !incidents[i].isTask { openCount += 1 }
        engageGuards(i, kernel: &kernel)
        if incidents[i].shortfall > 0 { scheduleReport(i, kernel: &kernel) }
    }

    /// The guards of the site respond first, if on duty and not busy elsewhere: a TPS's guard
    /// group (from its centroid, at `options.guardSpeedKmh` on road-factor distance; at once if it
    /// guards this TPS alone), or a PPK or KPU office's detachment (already there).
    private mutating func engageGuards(_ i: Int, kernel: inout Kernel<Event>) {
        let site = Int(incidents[i].site)
        let group: Int, strength: Int32, minutes: Double
        if !model.sites.isPost(site) {
            guard isTPSDuty else { return }
            group = Int(model.force.tpsGuardGroup[site])
            guard group >= 0 else { return }
            strength = model.force.guardPolice[group]
            minutes = Double(model.force.tpsGuardTravelMinutes[site])
        } else {
            let j = Int(model.detachmentOfPost[site - model.sites.tpsCount])
            guard j >= 0 else { return }
            group = model.force.groupCount + j
            strength = detachmentStrength[j]
            minutes = 0
        }
        guard strength > 0, !guardBusy[group] else { return }
        if recorder.isRecording {
            let text = "\(strength) guards go to \(describe(i))"
            recorder.record(text, time: kernel.now)
        }
        guardBusy[group] = true
        var team = Team()
        team.state = .enRoute
        team.group = Int32(group)
        team.personnel = strength
        team.incident = Int32(i)
        team.shiftEnd = kernel.now
        let t = allocateTeam(team)
        link(team: t, to: i)
        incidents[i].enRoute += strength
        if minutes == 0 {
            teamArrived(t, kernel: &kernel)
        } else {
            kernel.schedule(.teamArrival(team: Int32(t), version: teams[t].version), after: minutes)
        }
    }

    /// The incident reaches the dispatcher after the dispatch delay, plus the extra delay of any
    /// communication outage covering its site at its occurrence.
    mutating func scheduleReport(_ i: Int, kernel: inout Kernel<Event>) {
        guard incidents[i].report == .none else { return }
        var delay = model.scenario.dispatch.dispatchDelayMinutes
        let site = Int(incidents[i].site)
        for c in outages {
            if model.contingencies.isActive(c, at: kernel.now) && model.contingencies.covers(c, site: site, sites: model.sites) {
                let extra = model.contingencies.dispatchDelay[c]
                if !extra.isNaN { delay += extra }
            }
        }
        if delay > 0 {
            incidents[i].report = .scheduled
            kernel.schedule(.report(incident: Int32(i)), after: delay, priority: .arrival)
        } else {
            report(i, kernel: &kernel)
        }
    }

    mutating func report(_ i: Int, kernel: inout Kernel<Event>) {
        incidents[i].report = .reported
        guard incidents[i].status == .open else { return }
        serve(i, kernel: &kernel, mayPreempt: true)
    }

    /// Escalation (every `afterMinutes` from occurrence): if full strength is not on scene,
    /// `severity += severityStep` (at most 5) and `needed += extraResponders`, up to
    /// `options.maxEscalationsPerIncident` times.
    mutating func escalate(_ i: Int, kernel: inout Kernel<Event>) {
        guard incidents[i].status == .open, let rule = model.types[Int(incidents[i].type)].escalation else { return }
        if incidents[i].onScene < incidents[i].needed {
            incidents[i].severity = Int8(min(5, Int(incidents[i].severity) + rule.severityStep))
            incidents[i].needed += Int32(rule.extraResponders)
            incidents[i].escalations += 1
            if recorder.isRecording {
                let text = "\(describe(i)) escalates to severity \(incidents[i].severity), needs \(incidents[i].needed)"
                recorder.record(text, time: kernel.now)
            }
            if queues.isQueued(i) { queues.dequeue(i) }
            if incidents[i].report == .reported {
                serve(i, kernel: &kernel, mayPreempt: true)
            } else if incidents[i].shortfall > 0 {
                scheduleReport(i, kernel: &kernel)
            }
        }
        if Int(incidents[i].escalations) < model.options.maxEscalationsPerIncident {
            kernel.schedule(.escalation(incident: Int32(i)), after: rule.afterMinutes, priority: .escalationCheck)
        }
    }

    /// "incident 3 (brawl)", or "task 7" for a contingency's task; only for the recorder.
    func describe(_ i: Int) -> String {
        incidents[i].isTask ? "task \(i)" : "incident \(i) (\(model.types[Int(incidents[i].type)].id))"
    }

    /// A site's id from the scenario; only for the recorder.
    func siteName(_ site: Int) -> String {
        model.sites.isPost(site) ? model.scenario.posts[site - model.sites.tpsCount].id : model.scenario.tps.ids[site]
    }

    /// Starts or resumes the time on scene.
    mutating func startScene(_ i: Int, kernel: inout Kernel<Event>) {
        incidents[i].isSceneRunning = true
        incidents[i].version &+= 1
        let end = incidents[i].isTask ? max(kernel.now, incidents[i].fixedEnd) : kernel.now + incidents[i].remaining
        incidents[i].sceneEnd = end
        kernel.schedule(.sceneEnd(incident: Int32(i), version: incidents[i].version), at: end, priority: .release)
    }

    /// Pauses the time on scene when its last responder is taken away, keeping what remains.
    mutating func pauseScene(_ i: Int, now: Double) {
        incidents[i].isSceneRunning = false
        incidents[i].version &+= 1
        incidents[i].remaining = max(0, incidents[i].sceneEnd - now)
    }

    /// The incident is over: every team goes home.
    mutating func resolve(_ i: Int, kernel: inout Kernel<Event>) {
        if recorder.isRecording {
            let text = "\(describe(i)) resolved"
            recorder.record(text, time: kernel.now)
        }
        incidents[i].status = .resolved
        incidents[i].resolvedMinute = kernel.now
        incidents[i].isSceneRunning = false
        if !incidents[i].isTask { openCount -= 1 }
        if queues.isQueued(i) { queues.dequeue(i) }
        var t = Int(incidents[i].teamHead)
        incidents[i].teamHead = -1
        while t >= 0 {
            let next = Int(teams[t].nextInIncident)
            teams[t].nextInIncident = -1
            sendHome(t, kernel: &kernel)
            t = next
        }
    }
}
