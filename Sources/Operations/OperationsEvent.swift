import Simulation

/// The events of the operations model: an enum of small integer payloads, so the kernel's side
/// table holds 16-byte values and scheduling never allocates.
enum OperationsEvent: Sendable {
    /// The next incident of the schedule occurs.
    case arrival
    /// An incident reaches the dispatcher (after the dispatch delay).
    case report(incident: Int32)
    /// A team reaches its incident; stale if the team's version changed (it was redirected).
    case teamArrival(team: Int32, version: UInt32)
    /// An incident's time on scene ends; stale if the incident's version changed (it paused).
    case sceneEnd(incident: Int32, version: UInt32)
    /// An incident's escalation check, every `afterMinutes` from its occurrence.
    case escalation(incident: Int32)
    /// A team is back at its post.
    case teamHome(team: Int32)
    /// A vehicle of (post, type) slot is repaired.
    case repairDone(slot: Int32)
    /// The reserve shift changes.
    case shiftChange
    /// A phase starts, or ends into a gap before the next.
    case phaseStart(phase: Int32)
    case phaseEnd(phase: Int32)
    case contingencyStart(contingency: Int32)
    case contingencyEnd(contingency: Int32)
    /// The BKO reinforcement reaches the Polres HQ.
    case bkoArrival
    /// An escort convoy is due to leave; one is back at its home post.
    case escortDue(convoy: Int32)
    case escortHome(convoy: Int32)
}

/// Same-instant order: changes of the world (phase, shift, contingency, BKO) first, then
/// releases (teams and convoys home, repairs, ends on scene) so that freed responders can take an
/// incident reported at the same minute, then arrivals, reports and convoys due, then team
/// arrivals, and escalation checks last, so that a team arriving exactly at the deadline counts as
/// in time.
extension EventPriority {
    static let worldChange = EventPriority.urgent
    static let escalationCheck = EventPriority(rawValue: 200)
}
