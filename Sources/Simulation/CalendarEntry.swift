/// One pending event in an ``EventCalendar``: when it fires, its order key,
/// and a small payload.
///
/// The entry is kept small (20 bytes, a stride of 24) so that a heap of
/// them stays cache-friendly and a sift moves three words. Anything larger
/// than 32 bits belongs in a side table that the payload indexes; this is
/// what ``Kernel`` does with its generic events.
///
/// The order key packs the ``EventPriority`` into its top
/// ``EventPriority/bitWidth`` bits and the calendar's insertion sequence
/// into the remaining 56 bits:
///
/// ```
/// key = priority << 56 | sequence        (sequence < 2^56)
/// ```
///
/// so that comparing `(time, key)` lexicographically compares
/// `(time, priority, sequence)`. Sequences are unique within a calendar,
/// hence the order is total and same-time, same-priority events leave in
/// FIFO order. 2^56 schedules at 10^8 per second would take 22 years.
@frozen
public struct CalendarEntry: Equatable, Sendable {
    /// The firing time, mapped to an unsigned integer with the same order
    /// (see ``orderBits(of:)``), so that ordering entries is one 128-bit
    /// integer comparison of `(timeBits, key)`.
    public var timeBits: UInt64
    /// Priority in the top 8 bits, insertion sequence below.
    public var key: UInt64
    /// A caller-defined 32-bit value, typically an index into a side table.
    public var payload: UInt32

    /// Number of low bits of ``key`` that hold the insertion sequence.
    @inlinable public static var sequenceBitWidth: Int { 64 - EventPriority.bitWidth }

    /// Mask selecting the insertion sequence in ``key``.
    @inlinable public static var sequenceMask: UInt64 { (1 << UInt64(sequenceBitWidth)) - 1 }

    /// Creates an entry from its parts.
    ///
    /// - Parameters:
    ///   - time: When the event fires; not NaN.
    ///   - priority: Tie-break rank at equal times.
    ///   - sequence: Insertion sequence; must be below 2^56.
    ///   - payload: Caller-defined value.
    @inlinable
    public init(time: Double, priority: EventPriority, sequence: UInt64, payload: UInt32) {
        self.timeBits = CalendarEntry.orderBits(of: time)
        self.key = UInt64(priority.rawValue) &<< UInt64(CalendarEntry.sequenceBitWidth)
            | (sequence & CalendarEntry.sequenceMask)
        self.payload = payload
    }

    /// The simulated time at which the event fires.
    @inlinable
    public var time: Double {
        // Top bit set: the time was non-negative and only its sign bit was
        // flipped; top bit clear: it was negative and all bits were flipped.
        let mask = ((timeBits &>> 63) &- 1) | (1 &<< 63)
        return Double(bitPattern: timeBits ^ mask)
    }

    /// The tie-break rank stored in the key.
    @inlinable
    public var priority: EventPriority {
        EventPriority(rawValue: UInt8(truncatingIfNeeded: key &>> UInt64(CalendarEntry.sequenceBitWidth)))
    }

    /// The insertion sequence stored in the key.
    @inlinable
    public var sequence: UInt64 {
        key & CalendarEntry.sequenceMask
    }

    /// Maps a time to an unsigned integer that sorts in the same order.
    ///
    /// The IEEE 754 bit pattern of a non-negative double sorts like an
    /// unsigned integer; setting its sign bit puts it above every negative
    /// one, and flipping all bits of a negative double reverses the order
    /// of its magnitude:
    ///
    /// ```
    /// bits(t) ^ 0x8000_0000_0000_0000   if t >= 0
    /// bits(t) ^ 0xFFFF_FFFF_FFFF_FFFF   if t < 0
    /// ```
    ///
    /// Adding `+0.0` first turns `-0.0` into `+0.0`, so the two zeros,
    /// equal as doubles, also map to one key.
    @inlinable @inline(__always)
    public static func orderBits(of time: Double) -> UInt64 {
        let bits = (time + 0.0).bitPattern
        let mask = UInt64(bitPattern: Int64(bitPattern: bits) &>> 63) | (1 &<< 63)
        return bits ^ mask
    }

    /// Whether this entry fires strictly before `other` in calendar order:
    /// earlier time, or equal time and smaller key.
    ///
    /// Written as a 128-bit subtraction of `(timeBits, key)` so that it
    /// compiles to `cmp`/`sbb` with no branch: in a heap, which child is
    /// smaller is a coin toss that a branch predictor cannot learn.
    @inlinable @inline(__always)
    public func precedes(_ other: CalendarEntry) -> Bool {
        let (_, lowBorrow) = key.subtractingReportingOverflow(other.key)
        let (high, highBorrow) = timeBits.subtractingReportingOverflow(other.timeBits)
        let (_, carryBorrow) = high.subtractingReportingOverflow(lowBorrow ? 1 : 0)
        // At most one of the two borrows can occur.
        return highBorrow != carryBorrow
    }
}
