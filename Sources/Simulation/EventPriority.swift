/// The tie-break rank of events scheduled for the same simulated instant.
///
/// The event calendar orders events by the key `(time, priority, insertion
/// sequence)`. Among events at the same time, a smaller raw value runs
/// first; among events at the same time and priority, the one scheduled
/// first runs first (FIFO). This follows simmer, whose core runs a
/// resource release before a seize at the same instant, so that a server
/// freed at time *t* can be taken by a customer arriving at *t*:
///
/// ```
/// urgent (0) < release (64) < seize (96) = arrival (96) < normal (128) < monitor (255)
/// ```
///
/// The named levels leave gaps so a model can define its own between them:
///
/// ```swift
/// extension EventPriority {
///     static let shiftChange = EventPriority(rawValue: 80)
/// }
/// ```
///
/// The raw value occupies the top ``EventPriority/bitWidth`` bits of the
/// calendar's 64-bit order key; the insertion sequence fills the rest.
///
/// Priorities only order events at the same time; they never move an event
/// earlier or later. ``Kernel/run(until:handler:)`` leaves every event at
/// exactly the stopping time pending, whatever its priority.
@frozen
public struct EventPriority: RawRepresentable, Hashable, Comparable, Sendable {
    /// The rank; smaller values run first at equal times.
    public var rawValue: UInt8

    /// Creates a priority from its rank; smaller values run first.
    @inlinable
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Number of bits the priority takes in the calendar's order key.
    @inlinable public static var bitWidth: Int { 8 }

    /// Runs before everything else at the same instant (for example
    /// interrupts and preemption).
    @inlinable public static var urgent: EventPriority { EventPriority(rawValue: 0) }

    /// Returns capacity to a resource before any request at the same instant
    /// is considered.
    @inlinable public static var release: EventPriority { EventPriority(rawValue: 64) }

    /// Requests capacity from a resource.
    @inlinable public static var seize: EventPriority { EventPriority(rawValue: 96) }

    /// Brings a new entity into the model; ranks with ``seize`` because an
    /// arrival usually requests a resource straight away.
    @inlinable public static var arrival: EventPriority { EventPriority(rawValue: 96) }

    /// The default for ordinary model events.
    @inlinable public static var normal: EventPriority { EventPriority(rawValue: 128) }

    /// Observes the state after everything else at the same instant has run
    /// (statistics sampling, end-of-shift snapshots).
    @inlinable public static var monitor: EventPriority { EventPriority(rawValue: 255) }

    @inlinable
    public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension EventPriority: CustomStringConvertible {
    /// The level's name when it is one of the named levels, else its raw value.
    public var description: String {
        switch rawValue {
        case EventPriority.urgent.rawValue: return "urgent"
        case EventPriority.release.rawValue: return "release"
        case EventPriority.seize.rawValue: return "seize"
        case EventPriority.normal.rawValue: return "normal"
        case EventPriority.monitor.rawValue: return "monitor"
        default: return "priority(\(rawValue))"
        }
    }
}
