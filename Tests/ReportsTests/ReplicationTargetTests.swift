import Foundation
import Testing
@testable import Reports

/// `--target-halfwidth`: the projected replication count, `n' = ceil(n (w/goal)² (1 + margin))`.
@Suite struct ReplicationTargetTests {
    @Test func projectsFromThePilotByHand() {
        // 100 replications at 16.5% for a 5% goal: 100 · 3.3² · 1.1 = 1197.9, so 1198.
        #expect(ReplicationTarget.next(replications: 100, relativeHalfWidth: 0.165, goal: 0.05, limit: 20_000) == 1198)
        // Without margin, halving the half-width takes four times the replications: 400.
        #expect(ReplicationTarget.next(replications: 100, relativeHalfWidth: 0.1, goal: 0.05, margin: 0, limit: 20_000) == 400)
        // Just short of the goal: 1000 · (0.0501/0.05)² · 1.1 = 1104.4, so 1105 (at least the margin's 10% more).
        #expect(ReplicationTarget.next(replications: 1000, relativeHalfWidth: 0.0501, goal: 0.05, limit: 20_000) == 1105)
    }

    @Test func stopsWhenReachedOrAtTheLimit() {
        #expect(ReplicationTarget.next(replications: 300, relativeHalfWidth: 0.05, goal: 0.05, limit: 20_000) == 300)
        #expect(ReplicationTarget.next(replications: 300, relativeHalfWidth: 0.01, goal: 0.05, limit: 20_000) == 300)
        #expect(ReplicationTarget.next(replications: 300, relativeHalfWidth: .nan, goal: 0.05, limit: 20_000) == 300)
        // 100 · 10² · 1.1 = 11,000 is capped at the limit; at the limit, no more.
        #expect(ReplicationTarget.next(replications: 100, relativeHalfWidth: 0.5, goal: 0.05, limit: 5_000) == 5_000)
        #expect(ReplicationTarget.next(replications: 5_000, relativeHalfWidth: 0.5, goal: 0.05, limit: 5_000) == 5_000)
    }

    /// The projection does what it promises on a sample with a known spread: from a pilot of 100
    /// normal draws (sd 1, mean 4), the projected count's half-width is within the goal.
    @Test func theProjectedCountReachesTheGoal() {
        var generator = SeededGenerator(seed: 2024)
        func draw() -> Double {
            // Box-Muller: two uniforms give a standard normal.
            let u = Double.random(in: Double.ulpOfOne..<1, using: &generator), v = Double.random(in: 0..<1, using: &generator)
            return 4 + (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        }
        var sample = (0..<100).map { _ in draw() }
        let pilot = SampleSummary(sample, probabilities: []).relativeHalfWidth
        let n = ReplicationTarget.next(replications: 100, relativeHalfWidth: pilot, goal: 0.01, limit: 100_000)
        // The true answer is (1.96 / (0.01 · 4))² ≈ 2401 replications; the pilot's estimate is close.
        #expect(n > 2000 && n < 3600, "projected \(n) from a pilot half-width of \(pilot)")
        sample += (100..<n).map { _ in draw() }
        #expect(SampleSummary(sample, probabilities: []).relativeHalfWidth <= 0.01)
    }
}

/// SplitMix64, for reproducible test samples.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
