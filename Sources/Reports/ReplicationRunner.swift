import Foundation
import Operations

/// Runs replications on several threads and hands their results to the caller in replication
/// order, so outputs are byte-identical for any thread count.
///
/// Workers take the next replication number from a shared counter; finished results wait in a
/// small reorder buffer until every earlier one has been consumed. Workers pause when they run
/// more than `window` replications ahead of the consumer, so memory stays flat however many
/// replications run.
public enum ReplicationRunner {
    /// - Parameters:
    ///   - count: jobs 0..<count: replications, or (as `siaga compare` numbers them) pairs of a
    ///     case and a replication, each job running every strategy.
    ///   - threads: worker threads (1 runs everything on the calling thread).
    ///   - work: one job; must be a pure function of its number.
    ///   - consume: called on the calling thread, in order 0, 1, 2, ...
    public static func run<Output: Sendable>(count: Int, threads: Int, work: @escaping @Sendable (Int) -> Output,
                                             consume: (Output) throws -> Void) rethrows {
        guard count > 0 else { return }
        if threads <= 1 {
            for i in 0..<count { try consume(work(i)) }
            return
        }
        let shared = Shared<Output>(window: max(4, 4 * threads))
        var workers: [Thread] = []
        for _ in 0..<min(threads, count) {
            let thread = Thread {
                while let index = shared.claim(count: count) { shared.finish(index, work(index)) }
            }
            thread.stackSize = 8 << 20
            workers.append(thread)
            thread.start()
        }
        var failure: Error?
        for i in 0..<count {
            let result = shared.take(i)
            if failure == nil {
                do { try consume(result) } catch { failure = error; shared.cancel() }
            }
            if failure != nil { break }
        }
        shared.waitForWorkers(workers.count)
        if let failure { try { throw failure }() }
    }

    /// State shared by the workers and the consumer, guarded by one condition variable.
    private final class Shared<Output>: @unchecked Sendable {
        let condition = NSCondition()
        let window: Int
        var nextToClaim = 0
        var nextToConsume = 0
        var done: [Int: Output] = [:]
        var isCancelled = false
        var finishedWorkers = 0

        init(window: Int) { self.window = window }

        func claim(count: Int) -> Int? {
            condition.lock(); defer { condition.unlock() }
            while nextToClaim < count && nextToClaim >= nextToConsume + window && !isCancelled { condition.wait() }
            guard nextToClaim < count, !isCancelled else {
                finishedWorkers += 1
                condition.broadcast()
                return nil
            }
            defer { nextToClaim += 1 }
            return nextToClaim
        }

        func finish(_ index: Int, _ result: Output) {
            condition.lock(); defer { condition.unlock() }
            done[index] = result
            condition.broadcast()
        }

        func take(_ index: Int) -> Output {
            condition.lock(); defer { condition.unlock() }
            while done[index] == nil { condition.wait() }
            nextToConsume = index + 1
            condition.broadcast()
            return done.removeValue(forKey: index)!
        }

        func cancel() {
            condition.lock(); defer { condition.unlock() }
            isCancelled = true
            condition.broadcast()
        }

        func waitForWorkers(_ n: Int) {
            condition.lock(); defer { condition.unlock() }
            while finishedWorkers < n { condition.wait() }
        }
    }
}
