import Scenario
import Simulation

/// The state of one replication and its event handler. Everything here is flat arrays indexed
/// by incident, team, post, guard group or (post, vehicle type); an event never allocates except
/// when a table grows past its high-water mark.
///
/// Generic over its monitor, as the kernel's Monitor protocol advises: `run` uses `NullMonitor`,
/// whose calls compile to nothing, and `trace` a `TraceMonitor` that keeps what happened in words.
struct Replication<Recorder: Monitor>: EventHandler {
    typealias Event = OperationsEvent

    let model: ModelTables
    let seed: UInt64
    let replication: UInt64
    /// Which contingencies happen in this replication; those of them that are floods and
    /// communication outages (consulted at every dispatch and report).
    let occurs: [Bool]
    let floods: [Int]
    let outages: [Int]

    var incidents: [IncidentState] = []
    /// Incidents of the schedule (random and scripted); tasks follow them in `incidents`.
    var scheduledCount = 0
    var nextArrival = 0
    /// Open incidents, tasks excluded.
    var openCount = 0
    var queues: DispatchQueues
    /// Scratch space for dispatchFrom(post:), kept to avoid allocating per release.
    var deferred: [(entry: DispatchQueues.Entry, access: Int)] = []

    var teams: [Team] = []
    var freeTeams: [Int32] = []
    var pools: [PostPool]
    /// Idle reserve personnel on duty, over all posts; reserve personnel in teams (with overtime).
    var idleTotal = 0
    var busyTotal = 0
    var shiftIndex = 0
    var shiftSerial: Int32 = 0
    var nextShiftMinute = 0.0

    var currentPhase = -1
    var isTPSDuty = false
    var guardBusy: [Bool]
    /// Guards at each PPK or KPU office now (0 off duty), and how many of them came from the
    /// source post's reserve pool (the rest are TPS guard police off TPS duty).
    var detachmentStrength: [Int32]
    var detachmentFromPool: [Int32]
    /// TPS guards and detachments on duty.
    var guardsOnDuty = 0

    var escortProgress: EscortProgress
    var fleet: FleetState
    var ledger: BudgetLedger
    var tally: ReplicationTally
    var recorder: Recorder

    /// Incidents drawn before the replication (shared by several plans), used by `start` instead of
    /// drawing them again.
    private var predrawn: IncidentSchedule?

    /// - Parameter drawn: the contingency occurrences and incidents of this (seed, replication),
    ///   already drawn (by a model of the same scenario, contingencies and options), or nil.
    init(model: ModelTables, seed: UInt64, replication: UInt64, recorder: Recorder,
         drawn: (occurs: [Bool], schedule: IncidentSchedule)? = nil) {
        self.model = model
        self.recorder = recorder
        self.seed = seed
        self.replication = replication
        let occurs = drawn?.occurs ?? model.contingencies.draw(seed: seed, replication: replication)
        self.occurs = occurs
        predrawn = drawn?.schedule
        let items = model.contingencies.items
        floods = items.indices.filter { occurs[$0] && items[$0].kind == .flood }
        outages = items.indices.filter { occurs[$0] && items[$0].kind == .commsOutage }
        pools = model.force.roster.map { PostPool(roster: $0) }
        queues = DispatchQueues(postCount: model.force.roster.count)
        guardBusy = [Bool](repeating: false, count: model.force.guardPolice.count)
        detachmentStrength = [Int32](repeating: 0, count: model.force.detachmentPost.count)
        detachmentFromPool = [Int32](repeating: 0, count: model.force.detachmentPost.count)
        escortProgress = EscortProgress(count: model.escorts.count)
        fleet = FleetState(vehicles: model.force.vehicles, seed: seed, replication: replication)
        ledger = BudgetLedger(budgetRupiah: model.scenario.budget.totalRupiah, startMinute: model.phases.horizonStart)
        tally = ReplicationTally(startMinute: model.phases.horizonStart, phaseCount: model.phases.count)
    }

    /// Generates the incidents and schedules the first events: phases, shifts, contingencies,
    /// escort convoys and the first arrival.
    mutating func start(kernel: inout Kernel<Event>) {
        let schedule = predrawn ?? model.generateIncidents(seed: seed, replication: replication, occurs: occurs)
        predrawn = nil
        incidents.reserveCapacity(schedule.count + 4)
        for i in 0..<schedule.count {
            let k = Int(schedule.type[i])
            incidents.append(IncidentState(
                time: schedule.time[i], type: schedule.type[i], site: schedule.site[i], duration: schedule.duration[i],
                severity: Int8(model.types[k].severity), needed: Int32(model.types[k].responders),
                isContagion: schedule.isContagion[i]))
        }
        scheduledCount = schedule.count
        let phases = model.phases
        for p in 0..<phases.count {
            kernel.schedule(.phaseStart(phase: Int32(p)), at: phases.start[p], priority: .worldChange)
            let next = p + 1 < phases.count ? phases.start[p + 1] : phases.end[p]
            if next > phases.end[p] { kernel.schedule(.phaseEnd(phase: Int32(p)), at: phases.end[p], priority: .worldChange) }
        }
        startShifts(kernel: &kernel)
        scheduleContingencies(kernel: &kernel)
        scheduleEscorts(kernel: &kernel)
        if scheduledCount > 0 { kernel.schedule(.arrival, at: incidents[0].time, priority: .arrival) }
    }

    mutating func handle(_ event: Event, kernel: inout Kernel<Event>) {
        advance(to: kernel.now)
        switch event {
        case .arrival: arrive(kernel: &kernel)
        case .report(let i): report(Int(i), kernel: &kernel)
        case .teamArrival(let t, let version):
            if teams[Int(t)].version == version && teams[Int(t)].state == .enRoute { teamArrived(Int(t), kernel: &kernel) }
        case .sceneEnd(let i, let version):
            if incidents[Int(i)].version == version && incidents[Int(i)].status == .open { resolve(Int(i), kernel: &kernel) }
        case .escalation(let i): escalate(Int(i), kernel: &kernel)
        case .teamHome(let t): teamHome(Int(t), kernel: &kernel)
        case .repairDone(let slot): repairDone(Int(slot), kernel: &kernel)
        case .shiftChange: changeShift(kernel: &kernel)
        case .phaseStart(let p): enterPhase(Int(p), kernel: &kernel)
        case .phaseEnd: enterPhase(-1, kernel: &kernel)
        case .contingencyStart(let c): startContingency(Int(c), kernel: &kernel)
        case .contingencyEnd(let c): endContingency(Int(c), kernel: &kernel)
        case .bkoArrival: bkoArrives(kernel: &kernel)
        case .escortDue(let k): escortDue(Int(k), kernel: &kernel)
        case .escortHome(let k): escortHome(Int(k), kernel: &kernel)
        }
        requestBKOIfShort(kernel: &kernel)
    }

    /// Brings the time integrals, the ledger and the hourly samples up to minute `t`. State is
    /// constant between events, so each hour's sample is the state after every event at or
    /// before the hour.
    mutating func advance(to t: Double) {
        if model.options.recordHourly {
            while tally.nextSampleMinute < t && tally.nextSampleMinute < model.phases.horizonEnd {
                integrate(to: tally.nextSampleMinute)
                tally.hourly.activeIncidents.append(Double(openCount))
                tally.hourly.idleReserves.append(Double(idleTotal))
                tally.hourly.workingVehicles.append(Double(fleet.working))
                tally.hourly.personnelOnDuty.append(Double(personnelOnDuty))
                tally.hourly.spendRupiah.append(ledger.total)
                tally.nextSampleMinute += 60
            }
        }
        integrate(to: t)
    }

    private mutating func integrate(to t: Double) {
        let dt = t - tally.lastMinute
        guard dt > 0 else { return }
        tally.activeArea += Double(openCount) * dt
        tally.busyReserveArea += Double(busyTotal) * dt
        tally.onDutyReserveArea += Double(idleTotal + busyTotal) * dt
        tally.busyVehicleArea += Double(fleet.busy) * dt
        tally.workingVehicleArea += Double(fleet.working) * dt
        let hours = Double(personnelOnDuty) * dt / 60
        tally.personnelHours += hours
        if currentPhase >= 0 { tally.personnelHoursByPhase[currentPhase] += hours }
        ledger.advance(to: t)
        tally.lastMinute = t
    }

    /// Guards, detachments, and reserve and patrol personnel on duty (busy ones included).
    var personnelOnDuty: Int { guardsOnDuty + idleTotal + busyTotal }

    /// Requests BKO once, when idle reserves are at or below the threshold while incidents wait,
    /// during the operation proper: not in a campaign phase (reserves are then on routine duty,
    /// as for the allowance) nor between phases.
    private mutating func requestBKOIfShort(kernel: inout Kernel<Event>) {
        let bko = model.scenario.force.bko
        guard !tally.isBKORequested, bko.personnel > 0, !queues.isEmpty,
              currentPhase >= 0, !model.phases.isCampaign[currentPhase],
              idleTotal <= model.scenario.dispatch.bkoRequestThreshold, model.force.headquarters != nil else { return }
        tally.isBKORequested = true
        if recorder.isRecording {
            let text = "BKO requested"
            recorder.record(text, time: kernel.now)
        }
        let arrival = kernel.now + bko.delayHours * 60
        if arrival < model.phases.horizonEnd { kernel.schedule(.bkoArrival, at: arrival, priority: .worldChange) }
    }
}
