import Testing
import Simulation

@Suite("AliasTable")
struct AliasTableTests {
    @Test("the table encodes the normalised weights")
    func encodesWeights() throws {
        let weights = [1.0, 0, 3, 0.5, 5.5, 2]
        let table = try AliasTable(weights: weights)
        #expect(table.count == 6)
        for (p, w) in zip(table.probabilities, weights) {
            #expect(abs(p - w / 12) < 1e-12)
        }
    }

    @Test("draws match the weights (chi-square) and zero weights never occur")
    func chiSquareOfDraws() throws {
        let weights = [1.0, 0, 3, 0.5, 5.5, 2, 7, 0.25]
        let total = weights.reduce(0, +)
        let table = try AliasTable(weights: weights)
        var stream = RandomStream(seed: 4, purpose: .routing)
        var counts = [Int](repeating: 0, count: weights.count)
        for _ in 0..<200_000 { counts[table.sample(using: &stream)] += 1 }
        #expect(counts[1] == 0)
        let statistic = chiSquare(observed: counts, probabilities: weights.map { $0 / total })
        #expect(statistic < chiSquareLimit(degreesOfFreedom: 6), "chi-square \(statistic)")
    }

    @Test("a single outcome is always drawn")
    func singleOutcome() throws {
        let table = try AliasTable(weights: [0.7])
        var stream = RandomStream(seed: 4, purpose: .routing)
        #expect((0..<100).allSatisfy { _ in table.sample(using: &stream) == 0 })
    }

    @Test("bad weights are rejected with the first problem")
    func badWeights() {
        #expect(throws: AliasTable.WeightError.empty) { try AliasTable(weights: []) }
        #expect(throws: AliasTable.WeightError.zeroTotal) { try AliasTable(weights: [0, 0]) }
        #expect(throws: AliasTable.WeightError.invalidWeight(index: 1, value: -1)) {
            try AliasTable(weights: [1, -1, 2])
        }
        #expect(throws: AliasTable.WeightError.invalidWeight(index: 0, value: .infinity)) {
            try AliasTable(weights: [.infinity])
        }
        #expect(throws: AliasTable.WeightError.self) { try AliasTable(weights: [1, .nan]) }
    }
}
