/// A team: guards of one group, or personnel of one post with vehicles of one type, working an
/// incident or on the way back, or riding with an escort convoy (`escort`: no incident, not in its
/// post's list, so preemption never takes it).
struct Team {
    enum State: UInt8 { case free, enRoute, onScene, returning, escort }

    var state: State = .free
    /// Whether the current leg started at the team's post (so turning back retraces it).
    var isLegFromHome: Bool = true
    var post: Int32 = -1
    /// Guard group for a guard team, else -1.
    var group: Int32 = -1
    var vehicleType: Int32 = -1
    var personnel: Int32 = 0
    var vehicles: Int32 = 0
    var incident: Int32 = -1
    var version: UInt32 = 0
    var shiftSerial: Int32 = 0
    var legStart: Double = 0
    var legMinutes: Double = 0
    var legKm: Double = 0
    /// Minutes and km from the current destination back to the post.
    var homeMinutes: Double = 0
    var homeKm: Double = 0
    /// Km since leaving the post, for the failure draw on return.
    var tripKm: Double = 0
    /// When the team's reserve shift ends (overtime after it is fatigue), or when guards engaged.
    var shiftEnd: Double = 0
    var nextInIncident: Int32 = -1
    var previousInPost: Int32 = -1
    var nextInPost: Int32 = -1
}
