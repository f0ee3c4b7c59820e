/// The simulation clock and future-event list for events of type `Event`.
///
/// The vocabulary is SimPy's: ``now``, ``schedule(_:at:priority:)``,
/// ``peek()``, ``step(_:)`` and ``run(until:handler:)``. Events leave in
/// `(time, priority, insertion sequence)` order, so same-time events of
/// equal priority are handled first-in, first-out and a run is a pure
/// function of what was scheduled.
///
/// The kernel is generic over the event type and over the handler (see
/// ``EventHandler``), so dispatch is static: handling an event costs no
/// existential box, closure or reference count. Events live in a side
/// table; the calendar holds 24-byte entries that index it.
///
/// ```swift
/// var kernel = Kernel<Order>()
/// kernel.schedule(.arrive(id: 0), at: 0)
/// kernel.run(until: 480, handler: &shop)   // one 8-hour day in minutes
/// ```
///
/// ## The hold fast path
/// ``next()`` hands out the earliest event but leaves its calendar entry in
/// place, marked as consumed. If the handler then schedules an event, as
/// most handlers do, the consumed entry is overwritten through
/// ``EventCalendar/replaceMin(time:priority:payload:)``: one sift instead
/// of a pop and a push. Any other operation removes the consumed entry
/// first, so the laziness is invisible.
///
/// A handled event's side-table slot is reused by a later schedule; until
/// then the slot still holds a copy of the event (which matters only for
/// events that hold class references).
public struct Kernel<Event> {
    /// Simulated time of the event being handled, or of the last one.
    @usableFromInline internal var clock: Double
    /// Number of events handed out by ``next()`` so far.
    @usableFromInline internal var handledCount: UInt64
    /// Pending entries; each payload is a slot in `events`.
    @usableFromInline internal var calendar: EventCalendar
    /// Side table of event values, indexed by calendar payload.
    @usableFromInline internal var events: ContiguousArray<Event>
    /// Slots of `events` that are free for reuse.
    @usableFromInline internal var freeSlots: ContiguousArray<UInt32>
    /// Whether the calendar's root was handed out by ``next()`` and not yet
    /// removed; its slot is then free for the next schedule.
    @usableFromInline internal var isRootConsumed: Bool

    /// Creates an empty kernel whose clock reads `startTime`.
    ///
    /// - Parameters:
    ///   - startTime: The initial value of ``now``; must be finite.
    ///   - capacity: Expected number of simultaneously pending events.
    @inlinable
    public init(startTime: Double = 0, capacity: Int = 0) {
        precondition(startTime.isFinite, "Kernel start time must be finite, got \(startTime)")
        clock = startTime
        handledCount = 0
        calendar = EventCalendar()
        calendar.reserveCapacity(capacity)
        events = []
        events.reserveCapacity(capacity)
        freeSlots = []
        isRootConsumed = false
    }

    /// The current simulated time, in model units.
    @inlinable
    public var now: Double { clock }

    /// Number of events handled (handed out by ``next()``) so far.
    @inlinable
    public var processedEventCount: UInt64 { handledCount }

    /// Number of events scheduled but not yet handled.
    @inlinable
    public var pendingEventCount: Int {
        calendar.count - (isRootConsumed ? 1 : 0)
    }

    /// Reserves room for `capacity` simultaneously pending events.
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) {
        calendar.reserveCapacity(capacity)
        events.reserveCapacity(capacity)
    }

    /// Schedules `event` to be handled at absolute time `time`.
    ///
    /// - Parameters:
    ///   - event: The value given to the handler.
    ///   - time: When to handle it; must be finite and not before ``now``.
    ///   - priority: Tie-break rank among events at `time`.
    /// - Complexity: O(log *n*) for *n* pending events; O(1) expected when
    ///   `time` is later than most pending events.
    @inlinable
    public mutating func schedule(_ event: Event, at time: Double, priority: EventPriority = .normal) {
        precondition(
            time >= clock && time < .infinity,
            "cannot schedule at \(time): it is before now (\(clock)) or not finite")
        if isRootConsumed {
            isRootConsumed = false
            let slot = calendar.storage[0].payload
            events[Int(slot)] = event
            calendar.replaceMin(time: time, priority: priority, payload: slot)
        } else {
            calendar.schedule(at: time, priority: priority, payload: store(event))
        }
    }

    /// Schedules `event` to be handled `delay` time units from ``now``.
    ///
    /// - Parameters:
    ///   - event: The value given to the handler.
    ///   - delay: Non-negative, finite offset from ``now``.
    ///   - priority: Tie-break rank among events at the same time.
    /// - Complexity: As ``schedule(_:at:priority:)``.
    @inlinable
    public mutating func schedule(_ event: Event, after delay: Double, priority: EventPriority = .normal) {
        schedule(event, at: clock + delay, priority: priority)
    }

    /// The time of the next pending event, or `nil` when none is pending.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func peek() -> Double? {
        isRootConsumed ? calendar.peekAfterMin()?.time : calendar.peek()?.time
    }

    /// Removes the next event, advances ``now`` to its time and returns it;
    /// `nil` when no event is pending.
    ///
    /// Use this to drive a model from a loop; ``step(_:)`` and
    /// ``run(until:handler:)`` call it for an ``EventHandler``.
    ///
    /// - Complexity: O(log *n*), paid by the next schedule or removal.
    @inlinable
    public mutating func next() -> (time: Double, event: Event)? {
        removeConsumedRoot()
        guard let entry = calendar.peek() else { return nil }
        isRootConsumed = true
        clock = entry.time
        handledCount &+= 1
        return (entry.time, events[Int(entry.payload)])
    }

    /// Removes the entry that ``next()`` handed out, if it is still in the
    /// calendar, and frees its slot.
    @inlinable @inline(__always)
    internal mutating func removeConsumedRoot() {
        if isRootConsumed {
            isRootConsumed = false
            if let entry = calendar.popMin() { freeSlots.append(entry.payload) }
        }
    }

    /// Puts `event` in a free side-table slot and returns the slot.
    @inlinable @inline(__always)
    internal mutating func store(_ event: Event) -> UInt32 {
        if let slot = freeSlots.popLast() {
            events[Int(slot)] = event
            return slot
        }
        precondition(events.count < Int(UInt32.max), "more than 2^32 - 1 pending events")
        events.append(event)
        return UInt32(truncatingIfNeeded: events.count - 1)
    }
}

extension Kernel: Sendable where Event: Sendable {}
