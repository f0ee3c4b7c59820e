/// Receives named, time-stamped records from a model.
///
/// Models report what happens (an arrival, a seize, a release, a
/// shift change) to a monitor instead of printing; the kernel itself never
/// prints. As in simmer, the backend is chosen by the caller:
/// ``TraceMonitor`` keeps every record in memory for tests and short runs,
/// ``NullMonitor`` keeps nothing, and other targets may write CSV.
///
/// Make the model generic over its monitor (`struct Clinic<M: Monitor>`)
/// rather than storing `any Monitor`: with ``NullMonitor`` the calls then
/// inline to nothing, including the construction of the name, which is an
/// autoclosure that a non-recording monitor never evaluates.
///
/// ```swift
/// monitor.record("arrival \(patient)", time: kernel.now)
/// ```
public protocol Monitor {
    /// Whether records are kept; a model can test it to skip expensive
    /// bookkeeping that only feeds the monitor.
    var isRecording: Bool { get }

    /// Records that `name` happened at simulated time `time`.
    ///
    /// - Parameters:
    ///   - name: What happened; evaluated only by recording monitors.
    ///   - time: The simulated time, normally the kernel's `now`.
    mutating func record(_ name: @autoclosure () -> String, time: Double)
}

/// A monitor that discards everything; the optimiser removes its calls.
@frozen
public struct NullMonitor: Monitor, Sendable {
    /// Creates a monitor that records nothing.
    @inlinable
    public init() {}

    /// Always `false`.
    @inlinable
    public var isRecording: Bool { false }

    /// Does nothing and never evaluates `name`.
    @inlinable @inline(__always)
    public mutating func record(_ name: @autoclosure () -> String, time: Double) {}
}

/// One record of a ``TraceMonitor``: what happened and when.
@frozen
public struct TraceRecord: Hashable, Sendable, CustomStringConvertible {
    /// What happened, as the model named it.
    public var name: String
    /// The simulated time at which it happened.
    public var time: Double

    /// Creates a record.
    @inlinable
    public init(name: String, time: Double) {
        self.name = name
        self.time = time
    }

    /// `name@time`, for readable test failures.
    public var description: String { "\(name)@\(time)" }
}

/// A monitor that keeps every record in memory, in the order received.
///
/// Intended for tests, which compare whole `(name, time)` traces against a
/// hand-checked expectation or against a second run, and for short
/// interactive runs. A long run should use a streaming backend instead.
///
/// ```swift
/// var trace = TraceMonitor()
/// trace.record("open", time: 0)
/// trace.records == [TraceRecord(name: "open", time: 0)]   // true
/// ```
public struct TraceMonitor: Monitor, Sendable {
    /// Every record received, oldest first.
    public private(set) var records: [TraceRecord]

    /// Creates an empty trace.
    public init() {
        records = []
    }

    /// Always `true`.
    public var isRecording: Bool { true }

    /// Appends `(name, time)` to ``records``.
    public mutating func record(_ name: @autoclosure () -> String, time: Double) {
        records.append(TraceRecord(name: name(), time: time))
    }

    /// The record names, oldest first.
    public var names: [String] { records.map(\.name) }

    /// Removes every record.
    public mutating func removeAll() {
        records.removeAll()
    }
}
