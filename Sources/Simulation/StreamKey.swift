/// The identity of a ``RandomStream``: `(seed, replication, purpose,
/// entity)`.
///
/// Every random draw in a model comes from the stream of one key, so a
/// draw is fixed by what it is for and who makes it, never by how many
/// draws other parts of the model made before it, how work is spread over
/// threads, or which other strategies run in the same process.
///
/// ```swift
/// let key = StreamKey(seed: 2024, replication: 3, purpose: .travel, entity: 17)
/// var travel = RandomStream(key: key)
/// ```
@frozen
public struct StreamKey: Hashable, Sendable {
    /// The experiment's master seed.
    public var seed: UInt64
    /// Index of the independent replication.
    public var replication: UInt64
    /// What the numbers are for.
    public var purpose: StreamPurpose
    /// Which entity (station, vehicle, logical process) draws.
    public var entity: UInt64

    /// Creates a key from its four parts.
    @inlinable
    public init(seed: UInt64, replication: UInt64 = 0, purpose: StreamPurpose, entity: UInt64 = 0) {
        self.seed = seed
        self.replication = replication
        self.purpose = purpose
        self.entity = entity
    }

    /// The key hashed to one word by chaining SplitMix64's mix over its
    /// parts:
    ///
    /// ```
    /// h0 = golden
    /// h1 = mix(h0 + (golden ^ seed))
    /// h2 = mix(h1 + (golden ^ replication))
    /// h3 = mix(h2 + (golden ^ purpose))
    /// digest = mix(h3 + (golden ^ entity))
    /// ```
    ///
    /// Each step is a bijection of the running hash for a fixed prefix, so
    /// keys that differ in one part never collide, and arbitrary distinct
    /// keys collide with probability near 2^-64.
    @inlinable
    public var digest: UInt64 {
        let golden = SplitMix64.golden
        var h = golden
        h = SplitMix64.mix(h &+ (golden ^ seed))
        h = SplitMix64.mix(h &+ (golden ^ replication))
        h = SplitMix64.mix(h &+ (golden ^ purpose.rawValue))
        h = SplitMix64.mix(h &+ (golden ^ entity))
        return h
    }
}

/// What a ``RandomStream`` is used for: one part of its key.
///
/// Giving every use of randomness its own purpose (arrivals, service
/// times, travel times, breakdowns) keeps streams apart: adding a new
/// random decision to a model does not shift the numbers any existing
/// decision sees, so two strategies compared on the same seed and
/// replication see the same arrivals (common random numbers).
///
/// The kernel names a few generic purposes; a model defines its own,
/// either by raw value or by name:
///
/// ```swift
/// extension StreamPurpose {
///     static let patrolTravel = StreamPurpose("patrol-travel")
///     static let ballotDelay = StreamPurpose(rawValue: 0x5349_4147_0001)
/// }
/// ```
///
/// A named purpose is the 64-bit FNV-1a hash of the name's UTF-8 bytes, so
/// it is the same on every machine and in every run.
@frozen
public struct StreamPurpose: RawRepresentable, Hashable, Sendable {
    /// The purpose's word in the stream key.
    public var rawValue: UInt64

    /// Creates a purpose from its word in the stream key.
    @inlinable
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Creates a purpose from a name, hashed with 64-bit FNV-1a
    /// (Fowler, Noll and Vo; offset basis 0xCBF29CE484222325, prime
    /// 0x100000001B3).
    public init(_ name: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        self.rawValue = hash
    }

    /// Times between arrivals of new entities.
    @inlinable public static var arrivals: StreamPurpose { StreamPurpose(rawValue: 1) }
    /// Service or processing durations.
    @inlinable public static var service: StreamPurpose { StreamPurpose(rawValue: 2) }
    /// Travel or transfer durations.
    @inlinable public static var travel: StreamPurpose { StreamPurpose(rawValue: 3) }
    /// Routing and other discrete choices.
    @inlinable public static var routing: StreamPurpose { StreamPurpose(rawValue: 4) }
    /// Breakdowns, absences and other disruptions.
    @inlinable public static var disruption: StreamPurpose { StreamPurpose(rawValue: 5) }
    /// Benchmarks and tests that need a stream of their own.
    @inlinable public static var benchmark: StreamPurpose { StreamPurpose(rawValue: 0xBE7C) }
}
