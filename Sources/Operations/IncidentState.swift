/// One incident's state during a replication (a flat array of these is the incident table).
///
/// Counts are personnel: `needed` on scene for full strength, `onScene` there now, `enRoute`
/// travelling to it. The time on scene runs while at least one responder is on scene: it starts
/// with the first arrival, pauses when preemption takes the last responder away (keeping
/// `remaining`), and resumes with the next arrival.
struct IncidentState {
    enum Status: UInt8 { case pending, open, resolved }
    enum Report: UInt8 { case none, scheduled, reported }

    var time: Double
    var type: Int32
    var site: Int32
    /// Minutes on scene still to do.
    var remaining: Double
    var severity: Int8
    var initialSeverity: Int8
    var escalations: Int8 = 0
    var status: Status = .pending
    var report: Report = .none
    var isContagion: Bool
    /// A contingency's task (a KPU protest tying responders down), not an incident: it is left out
    /// of the incident log and the KPIs.
    var isTask: Bool = false
    var isSceneRunning: Bool = false
    var needed: Int32
    var onScene: Int32 = 0
    var enRoute: Int32 = 0
    var respondersMax: Int32 = 0
    /// Bumped whenever the scheduled end of the time on scene changes, so stale ends are ignored.
    var version: UInt32 = 0
    var sceneEnd: Double = .nan
    /// For tasks: the minute the task ends, whenever responders arrive.
    var fixedEnd: Double = .nan
    var firstArrival: Double = .nan
    var fullStrength: Double = .nan
    var dispatchMinute: Double = .nan
    var resolvedMinute: Double = .nan
    /// First team at the incident (a list through `Team.nextInIncident`), or -1.
    var teamHead: Int32 = -1

    init(time: Double, type: Int32, site: Int32, duration: Double, severity: Int8, needed: Int32, isContagion: Bool) {
        self.time = time
        self.type = type
        self.site = site
        self.remaining = duration
        self.severity = severity
        self.initialSeverity = severity
        self.needed = needed
        self.isContagion = isContagion
    }

    /// Personnel still to be sent for full strength.
    @inline(__always)
    var shortfall: Int32 { needed - onScene - enRoute }
}
