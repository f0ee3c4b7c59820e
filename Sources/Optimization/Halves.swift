import Dispatch

/// Loops over long vectors split into two fixed halves, run on two threads
/// when the vector is long enough to pay for the hand-off.
///
/// The split depends only on the length, and reductions combine the halves'
/// partial results in index order, so results are bit-identical whether the
/// halves run on one thread or two (the same rule as ``BlockAngularKKT``'s
/// halves of the blocks). An interior-point iteration makes some twenty
/// passes over its `n`-vectors besides the KKT solves (targets, step lengths,
/// the step, residuals); on two cores the other core would otherwise idle
/// through them.
enum Halves {
    /// Below this length the halves run one after the other on the caller's thread.
    static let parallelLength = 1 << 16

    /// The two halves of `0..<n`.
    @inline(__always)
    static func ranges(_ n: Int) -> (Range<Int>, Range<Int>) {
        let middle = n / 2
        return (0..<middle, middle..<n)
    }

    /// Runs `body` on both halves of `0..<n` (`part` 0 then 1); `body` must
    /// write only inside its range.
    static func run(_ n: Int, _ body: (_ part: Int, _ range: Range<Int>) -> Void) {
        let (low, high) = ranges(n)
        if n < parallelLength {
            body(0, low)
            body(1, high)
        } else {
            withoutActuallyEscaping(body) { body in
                let shared = UncheckedBody(body: body)
                DispatchQueue.concurrentPerform(iterations: 2) { part in shared.body(part, part == 0 ? low : high) }
            }
        }
    }

    /// `combine(f(half 0), f(half 1))`: a reduction whose halves are taken in order.
    static func reduce<T>(_ n: Int, _ f: (Range<Int>) -> T, _ combine: (T, T) -> T) -> T {
        let parts = UnsafeMutablePointer<T>.allocate(capacity: 2)
        defer { parts.deallocate() }
        let out = UncheckedPointer(pointer: parts)
        run(n) { part, range in (out.pointer + part).initialize(to: f(range)) }
        defer { parts.deinitialize(count: 2) }
        return combine(parts[0], parts[1])
    }
}

/// A closure handed to the worker threads; each call touches only its own half.
private struct UncheckedBody: @unchecked Sendable {
    let body: (Int, Range<Int>) -> Void
}

private struct UncheckedPointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
}

extension Array where Element == Double {
    /// `count` entries left unwritten, for a loop over ``Halves`` that writes
    /// every one of them before anything reads it. `init(repeating:count:)`
    /// would first zero them in a serial pass over memory that the two-thread
    /// loop is about to overwrite (at (2000, 60, 200) some 27 MB per vector,
    /// a dozen vectors per iteration).
    init(unwritten count: Int) {
        self.init(unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
