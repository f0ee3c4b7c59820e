import Simulation

/// The PHOLD workload (Fujimoto, "Performance of Time Warp under synthetic
/// workloads", 1990) as an ``EventHandler`` on the Siaga kernel.
///
/// `lpCount` logical processes each start with `eventsPerProcess` events.
/// Handling an event at process i draws, from process i's own stream, a
/// destination j uniform on `0 ..< lpCount` and then a delay
/// `lookahead + Exp(mean 1)`, and schedules an event at j after that
/// delay. The event is just the destination's index.
///
/// Each process draws from `RandomStream(seed:, purpose: .benchmark,
/// entity: i)`; `phold.cpp` reproduces these streams and this draw order
/// exactly, so both print the same `final_time` for the same flags.
struct PholdModel: EventHandler {
    typealias Event = UInt32

    /// One stream per logical process.
    var streams: ContiguousArray<RandomStream>
    /// Number of logical processes, as the bound of the destination draw.
    let lpCount: UInt64
    /// Minimum delay between an event and the one it causes.
    let lookahead: Double

    init(lpCount: Int, seed: UInt64, lookahead: Double) {
        self.lpCount = UInt64(lpCount)
        self.lookahead = lookahead
        streams = ContiguousArray((0..<lpCount).map {
            RandomStream(seed: seed, purpose: .benchmark, entity: UInt64($0))
        })
    }

    /// Schedules each process's initial events, at `lookahead + Exp(1)`
    /// from its own stream, process by process.
    mutating func seed(_ kernel: inout Kernel<UInt32>, eventsPerProcess: Int) {
        for lp in 0..<streams.count {
            for _ in 0..<eventsPerProcess {
                let time = lookahead + streams[lp].exponential(mean: 1)
                kernel.schedule(UInt32(lp), at: time)
            }
        }
    }

    mutating func handle(_ lp: UInt32, kernel: inout Kernel<UInt32>) {
        let index = Int(lp)
        let destination = streams[index].integer(below: lpCount)
        let delay = lookahead + streams[index].exponential(mean: 1)
        kernel.schedule(UInt32(truncatingIfNeeded: destination), after: delay)
    }
}
