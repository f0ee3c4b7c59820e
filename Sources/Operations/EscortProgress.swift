/// The escort convoys of one replication: when each left and will be back, the team that took it,
/// and those waiting for people or a vehicle. Indexed like ``EscortTable``'s convoys.
struct EscortProgress {
    /// Minute the convoy left its home post (NaN: not yet, or never).
    var departure: [Double]
    /// Minute it is back at its home post, known at departure (NaN: not departed).
    var returnMinute: [Double]
    /// The team carrying it (index into `Replication.teams`), or -1.
    var team: [Int32]
    /// Convoys due but not gone, earliest due first.
    var waiting: [Int32] = []

    init(count: Int) {
        departure = [Double](repeating: .nan, count: count)
        returnMinute = departure
        team = [Int32](repeating: -1, count: count)
    }
}
