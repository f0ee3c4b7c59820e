#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A reproducible random-number stream keyed by
/// `(seed, replication, purpose, entity)`.
///
/// The key is hashed with ``SplitMix64`` and the hash seeds a SplitMix64
/// sequence whose first four outputs become the state of xoshiro256++
/// (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
/// 2018, arXiv:1805.01407; seeding as the authors recommend, after Steele,
/// Lea and Flood 2014):
///
/// ```
/// h = StreamKey(seed, replication, purpose, entity).digest
/// s0, s1, s2, s3 = four outputs of SplitMix64(state: h)
/// ```
///
/// A stream is therefore a pure function of its key. It does not depend on
/// thread count, on the order in which streams are created, or on which
/// other streams exist, so two strategies evaluated with the same seed and
/// replication share common random numbers wherever they use the same
/// purpose and entity. xoshiro256++ has period 2^256 - 1, passes BigCrush,
/// and costs about a nanosecond per word; two keys give overlapping
/// sequences with negligible probability.
///
/// The variates are in `RandomStream+Continuous.swift` and
/// `RandomStream+Discrete.swift`; every one of them consumes a fixed or
/// rejection-determined number of words, never a shared cache, so a stream
/// is 32 bytes and its draws depend only on its key and call sequence.
@frozen
public struct RandomStream: RandomNumberGenerator, Sendable {
    @usableFromInline internal var s0: UInt64
    @usableFromInline internal var s1: UInt64
    @usableFromInline internal var s2: UInt64
    @usableFromInline internal var s3: UInt64

    /// Creates the stream for a key.
    @inlinable
    public init(key: StreamKey) {
        var seeder = SplitMix64(state: key.digest)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = SplitMix64.golden }  // the one forbidden state
    }

    /// Creates the stream for the key `(seed, replication, purpose, entity)`.
    ///
    /// - Parameters:
    ///   - seed: The experiment's master seed.
    ///   - replication: Index of the independent replication.
    ///   - purpose: What the numbers are for.
    ///   - entity: Which entity (station, vehicle, logical process) draws.
    @inlinable
    public init(seed: UInt64, replication: UInt64 = 0, purpose: StreamPurpose, entity: UInt64 = 0) {
        self.init(key: StreamKey(seed: seed, replication: replication, purpose: purpose, entity: entity))
    }

    /// The next 64 random bits (xoshiro256++).
    ///
    /// ```
    /// result = rotl(s0 + s3, 23) + s0
    /// t = s1 << 17
    /// s2 ^= s0;  s3 ^= s1;  s1 ^= s2;  s0 ^= s3;  s2 ^= t;  s3 = rotl(s3, 45)
    /// ```
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let sum = s0 &+ s3
        let result = ((sum &<< 23) | (sum &>> 41)) &+ s0
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 &<< 45) | (s3 &>> 19)
        return result
    }

    /// A uniform variate on [0, 1) with 53 random bits: `(x >> 11) * 2^-53`.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() &>> 11) * 0x1.0p-53
    }

    /// A uniform variate on (0, 1]: `((x >> 11) + 1) * 2^-53`. Never zero,
    /// so it is safe under a logarithm.
    @inlinable @inline(__always)
    public mutating func uniformPositive() -> Double {
        Double((next() &>> 11) &+ 1) * 0x1.0p-53
    }

    /// A uniform variate on [`lower`, `upper`): `lower + (upper - lower) U`.
    ///
    /// - Precondition: `lower <= upper`, both finite.
    @inlinable
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        precondition(lower <= upper && lower.isFinite && upper.isFinite, "uniform bounds \(lower), \(upper)")
        return lower + (upper - lower) * uniform()
    }

    /// A uniform integer in `0 ..< bound` without modulo bias.
    ///
    /// Lemire, "Fast random integer generation in an interval", ACM TOMACS
    /// 29(1), 2019: take the high word of `x * bound`; reject the rare `x`
    /// whose low word falls below `2^64 mod bound`.
    ///
    /// - Precondition: `bound > 0`.
    @inlinable
    public mutating func integer(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in `range` without modulo bias (see
    /// ``integer(below:)``).
    @inlinable
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        let offset = span == 0 ? next() : integer(below: span)  // span == 0: all 2^64 values
        return range.lowerBound &+ Int(truncatingIfNeeded: offset)
    }
}

/// The SplitMix64 generator, used here only to turn a stream key into a
/// well-mixed xoshiro256++ state.
///
/// Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014, with the output mix of Stafford's "Mix13"
/// that Vigna recommends for seeding the xoshiro family:
///
/// ```
/// state += 0x9E3779B97F4A7C15            (the golden-ratio increment)
/// z = state
/// z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
/// z = (z ^ (z >> 27)) * 0x94D049BB133111EB
/// return z ^ (z >> 31)
/// ```
///
/// `mix` is a bijection on 64-bit words, so distinct inputs never collide
/// in one step; ``StreamKey/digest`` chains it over the words of a key.
@frozen
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The Weyl-sequence counter.
    public var state: UInt64

    /// The increment of the Weyl sequence: 2^64 divided by the golden ratio.
    @inlinable public static var golden: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// Creates a generator whose counter starts at `state`.
    @inlinable
    public init(state: UInt64) {
        self.state = state
    }

    /// The SplitMix64 output function (Stafford's Mix13 finaliser).
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// Advances the counter and returns its mixed value.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= SplitMix64.golden
        return SplitMix64.mix(state)
    }
}
