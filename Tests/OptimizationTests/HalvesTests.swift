@testable import Optimization
import Testing

@Suite("Halves")
struct HalvesTests {
    /// A sum whose rounding depends on the order: the result is the first
    /// half's sum plus the second's, each left to right, on two threads or one.
    @Test("reduce equals the two halves summed in order, above and below the parallel length",
          arguments: [3, 1000, Halves.parallelLength + 17])
    func reduceIsTheOrderedHalves(n: Int) {
        let values: [Double] = (0..<n).map { j in
            let big: Double = j % 3 == 0 ? 1e16 : -1e16
            return 1 / Double(j + 1) + big
        }
        let (low, high) = Halves.ranges(n)
        func sum(_ range: Range<Int>) -> Double { range.reduce(0) { $0 + values[$1] } }
        let expected = sum(low) + sum(high)
        for _ in 0..<3 { #expect(Halves.reduce(n, sum, +) == expected) }
        #expect(low.count + high.count == n && low.upperBound == high.lowerBound)
    }

    @Test("run visits every index once, each half in its own range")
    func runVisitsEveryIndexOnce() {
        let n = Halves.parallelLength * 2 + 1
        var seen = [UInt8](repeating: 0, count: n)
        seen.withUnsafeMutableBufferPointer { seen in
            Halves.run(n) { _, range in for j in range { seen[j] += 1 } }
        }
        #expect(seen.allSatisfy { $0 == 1 })
    }
}
