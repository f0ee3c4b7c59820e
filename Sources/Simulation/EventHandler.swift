/// A model that reacts to the events a ``Kernel`` hands out.
///
/// The kernel calls ``handle(_:kernel:)`` once per event, in calendar
/// order, with itself passed `inout` so the handler can read
/// ``Kernel/now`` and schedule further events. Because ``Kernel/step(_:)``
/// and ``Kernel/run(until:handler:)`` are generic over the handler, the
/// call is statically dispatched and usually inlined: a model pays nothing
/// for the indirection.
///
/// A handler typically switches over an enum of event kinds:
///
/// ```swift
/// struct Queue: EventHandler {
///     enum Event { case arrival, departure }
///     var waiting = 0
///     var arrivals: RandomStream
///
///     mutating func handle(_ event: Event, kernel: inout Kernel<Event>) {
///         switch event {
///         case .arrival:
///             waiting += 1
///             kernel.schedule(.arrival, after: arrivals.exponential(rate: 1.0))
///         case .departure:
///             waiting -= 1
///         }
///     }
/// }
/// ```
///
/// The handler and the kernel are separate values so that the handler can
/// mutate its own state while scheduling on the kernel without overlapping
/// access.
public protocol EventHandler<Event> {
    /// The type of event the handler reacts to.
    associatedtype Event

    /// Reacts to `event`, which fires at `kernel.now`.
    ///
    /// - Parameters:
    ///   - event: The event being handled.
    ///   - kernel: The kernel that handed the event out; schedule follow-up
    ///     events on it.
    mutating func handle(_ event: Event, kernel: inout Kernel<Event>)
}

// The loops that drive a handler. They live beside the protocol because
// they are the only callers of `handle(_:kernel:)`.
extension Kernel {
    /// Handles the next event with `handler`.
    ///
    /// - Returns: `false` when no event was pending.
    @inlinable
    @discardableResult
    public mutating func step<Handler: EventHandler>(_ handler: inout Handler) -> Bool
    where Handler.Event == Event {
        guard let (_, event) = next() else { return false }
        handler.handle(event, kernel: &self)
        return true
    }

    /// Handles every event scheduled before `time`, then sets ``now`` to
    /// `time`.
    ///
    /// As in SimPy, events at exactly `time` stay pending, so a later run
    /// continues where this one stopped. With `time` infinite the kernel
    /// runs until no event is pending and ``now`` stays at the last event.
    ///
    /// - Parameters:
    ///   - time: The stopping time; not before ``now``.
    ///   - handler: Receives each event with the kernel to schedule on.
    @inlinable
    public mutating func run<Handler: EventHandler>(until time: Double = .infinity, handler: inout Handler)
    where Handler.Event == Event {
        precondition(time >= clock, "cannot run until \(time): it is before now (\(clock))")
        while let nextTime = peek(), nextTime < time {
            step(&handler)
        }
        if time < .infinity { clock = time }
    }
}
