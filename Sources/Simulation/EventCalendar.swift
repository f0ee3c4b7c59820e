/// The future-event list: a min-heap of ``CalendarEntry`` values ordered by
/// `(time, priority, insertion sequence)`.
///
/// The heap is hand-written over a `ContiguousArray` rather than taken from
/// a collections package, so that it can offer the replace-minimum fast
/// path (``replaceMin(time:priority:payload:)``) that removes the earliest
/// event and inserts a new one with a single sift, and so that its
/// comparisons are branch-free (see ``CalendarEntry/precedes(_:)``). It is
/// 4-ary rather than binary (see ``arity``): halving the depth matters more
/// than the extra comparison per level.
///
/// The calendar assigns the insertion sequence itself, so equal-time,
/// equal-priority events leave in the order they were scheduled, and two
/// runs that schedule the same events in the same order pop them in the
/// same order.
///
/// Set the compiler flag `SIAGA_CHECK_INVARIANTS`
/// (`swift build -Xswiftc -DSIAGA_CHECK_INVARIANTS`) to walk the whole
/// heap after every mutation.
@frozen
public struct EventCalendar: Sendable {
    /// Heap-ordered entries: `storage[i]` precedes `storage[4i+1]` through
    /// `storage[4i+4]`.
    @usableFromInline
    internal var storage: ContiguousArray<CalendarEntry>

    /// Sequence number given to the next scheduled entry.
    @usableFromInline
    internal var nextSequence: UInt64

    /// Creates an empty calendar.
    @inlinable
    public init() {
        storage = []
        nextSequence = 0
    }

    /// Number of pending events.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var count: Int { storage.count }

    /// Whether no event is pending.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var isEmpty: Bool { storage.isEmpty }

    /// Number of entries scheduled so far, which is also the sequence the
    /// next entry will get.
    @inlinable
    public var scheduledCount: UInt64 { nextSequence }

    /// Reserves room for `minimumCapacity` pending events.
    ///
    /// - Complexity: O(*n*) when it reallocates.
    @inlinable
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        storage.reserveCapacity(minimumCapacity)
    }

    /// The earliest pending entry, without removing it.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func peek() -> CalendarEntry? {
        storage.first
    }

    /// The earliest entry other than the root, or `nil` when the root is the
    /// only entry: the minimum once the root is removed.
    ///
    /// - Complexity: O(1); the answer is one of the root's four children.
    @inlinable
    public func peekAfterMin() -> CalendarEntry? {
        let count = storage.count
        if count < 2 { return nil }
        var best = 1
        for i in 2..<min(count, 5) where storage[i].precedes(storage[best]) { best = i }
        return storage[best]
    }

    /// Adds an event and returns the entry it was stored as.
    ///
    /// - Parameters:
    ///   - time: When the event fires; any value that is not NaN.
    ///   - priority: Tie-break rank among events at `time`.
    ///   - payload: Caller-defined value returned with the entry.
    /// - Returns: The stored entry, whose key carries its sequence.
    /// - Complexity: O(log *n*).
    @inlinable
    @discardableResult
    public mutating func schedule(
        at time: Double, priority: EventPriority = .normal, payload: UInt32
    ) -> CalendarEntry {
        let entry = makeEntry(time: time, priority: priority, payload: payload)
        storage.append(entry)
        siftUp(entry, from: storage.count - 1)
        checkInvariantsIfEnabled()
        return entry
    }

    /// Removes and returns the earliest pending entry, or `nil` when empty.
    ///
    /// - Complexity: O(log *n*).
    @inlinable
    public mutating func popMin() -> CalendarEntry? {
        guard let last = storage.popLast() else { return nil }
        guard !storage.isEmpty else { return last }
        let minimum = storage[0]
        siftDown(last)
        checkInvariantsIfEnabled()
        return minimum
    }

    /// Removes the earliest entry and adds a new event in one sift: the
    /// "hold" operation of a model that handles an event by scheduling the
    /// next one.
    ///
    /// Equivalent to `popMin()` followed by
    /// `schedule(at:priority:payload:)`, including the sequence the new entry
    /// gets, but about half the work: the new entry starts at the root and
    /// sifts down once.
    ///
    /// - Precondition: The calendar is not empty.
    /// - Returns: The removed earliest entry.
    /// - Complexity: O(log *n*).
    @inlinable
    @discardableResult
    public mutating func replaceMin(
        time: Double, priority: EventPriority = .normal, payload: UInt32
    ) -> CalendarEntry {
        precondition(!storage.isEmpty, "replaceMin on an empty EventCalendar")
        let minimum = storage[0]
        siftDown(makeEntry(time: time, priority: priority, payload: payload))
        checkInvariantsIfEnabled()
        return minimum
    }

    /// Removes every pending entry; the sequence keeps counting.
    ///
    /// - Complexity: O(*n*).
    @inlinable
    public mutating func removeAll(keepingCapacity: Bool = true) {
        storage.removeAll(keepingCapacity: keepingCapacity)
    }

    /// The pending entries in heap order (not sorted).
    @inlinable
    public var unorderedEntries: ContiguousArray<CalendarEntry> { storage }

    @inlinable @inline(__always)
    internal mutating func makeEntry(
        time: Double, priority: EventPriority, payload: UInt32
    ) -> CalendarEntry {
        let sequence = nextSequence
        nextSequence &+= 1
        return CalendarEntry(time: time, priority: priority, sequence: sequence, payload: payload)
    }

    @inlinable @inline(__always)
    internal func checkInvariantsIfEnabled() {
        #if SIAGA_CHECK_INVARIANTS
        _checkInvariants()
        #endif
    }
}
