import Simulation

/// Vehicles during a replication, counted by (post, vehicle type) at index `post · types + type`.
///
/// A vehicle is idle at its post, in use on a trip, or in repair; `pendingBreak` counts vehicles
/// a failure wave has struck while they were on a trip, which go to repair when they return.
/// Each (post, type) has its own failure and repair streams, so one post's luck does not shift
/// another's.
struct FleetState {
    var idle: [Int32]
    var inUse: [Int32]
    var inRepair: [Int32]
    var pendingBreak: [Int32]
    var failureStreams: [RandomStream]
    var repairStreams: [RandomStream]
    /// Vehicles in working order (idle or in use), and those in use.
    var working: Int
    var busy: Int = 0

    init(vehicles: [Int32], seed: UInt64, replication: UInt64) {
        idle = vehicles
        inUse = [Int32](repeating: 0, count: vehicles.count)
        inRepair = inUse
        pendingBreak = inUse
        failureStreams = (0..<vehicles.count).map {
            RandomStream(seed: seed, replication: replication, purpose: .vehicleFailures, entity: UInt64($0))
        }
        repairStreams = (0..<vehicles.count).map {
            RandomStream(seed: seed, replication: replication, purpose: .vehicleRepairs, entity: UInt64($0))
        }
        working = vehicles.reduce(0) { $0 + Int($1) }
    }

    /// Takes `count` idle vehicles of slot `slot` onto a trip.
    @inline(__always)
    mutating func depart(_ slot: Int, count: Int32) {
        idle[slot] -= count
        inUse[slot] += count
        busy += Int(count)
    }
}
