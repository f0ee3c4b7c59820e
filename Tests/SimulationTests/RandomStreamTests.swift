import Testing
@testable import Simulation

@Suite("RandomStream")
struct RandomStreamTests {
    @Test("SplitMix64 matches the reference outputs for seed 1234567")
    func splitMixReference() {
        var generator = SplitMix64(state: 1_234_567)
        let outputs = (0..<5).map { _ in generator.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test("xoshiro256++ matches the reference outputs for state (1, 2, 3, 4)")
    func xoshiroReference() {
        var stream = RandomStream(seed: 0, purpose: .benchmark)
        (stream.s0, stream.s1, stream.s2, stream.s3) = (1, 2, 3, 4)
        let outputs = (0..<6).map { _ in stream.next() }
        #expect(outputs == [
            41_943_041, 58_720_359, 3_588_806_011_781_223, 3_591_011_842_654_386,
            9_228_616_714_210_784_205, 9_973_669_472_204_895_162,
        ])
    }

    @Test("the same key gives the same sequence, however streams are created")
    func reproducibility() {
        let key = StreamKey(seed: 99, replication: 2, purpose: .travel, entity: 5)
        var first = RandomStream(key: key)
        var others = (0..<10).map { RandomStream(seed: 99, replication: 2, purpose: .travel, entity: UInt64($0)) }
        _ = others[5].next()  // drawing from another stream must not matter
        var second = RandomStream(seed: 99, replication: 2, purpose: .travel, entity: 5)
        let a = (0..<1_000).map { _ in first.next() }
        let b = (0..<1_000).map { _ in second.next() }
        #expect(a == b)
        #expect(key.digest == StreamKey(seed: 99, replication: 2, purpose: .travel, entity: 5).digest)
    }

    @Test("changing any part of the key changes the sequence")
    func keyPartsMatter() {
        let base = StreamKey(seed: 1, replication: 0, purpose: .arrivals, entity: 0)
        var variants = [base]
        variants.append(StreamKey(seed: 2, replication: 0, purpose: .arrivals, entity: 0))
        variants.append(StreamKey(seed: 1, replication: 1, purpose: .arrivals, entity: 0))
        variants.append(StreamKey(seed: 1, replication: 0, purpose: .service, entity: 0))
        variants.append(StreamKey(seed: 1, replication: 0, purpose: .arrivals, entity: 1))
        variants.append(StreamKey(seed: 0, replication: 1, purpose: .arrivals, entity: 0))  // swapped parts
        let prefixes = variants.map { key -> [UInt64] in
            var stream = RandomStream(key: key)
            return (0..<4).map { _ in stream.next() }
        }
        #expect(Set(prefixes.map { $0 }).count == variants.count)
        #expect(Set(variants.map(\.digest)).count == variants.count)
    }

    @Test("named purposes are stable FNV-1a hashes")
    func namedPurpose() {
        // FNV-1a 64 of "a" is 0xAF63DC4C8601EC8C (Fowler, Noll, Vo test vectors).
        #expect(StreamPurpose("a").rawValue == 0xAF63_DC4C_8601_EC8C)
        #expect(StreamPurpose("patrol-travel") == StreamPurpose("patrol-travel"))
        #expect(StreamPurpose("patrol-travel") != StreamPurpose("patrol-travels"))
    }

    @Test("two streams of neighbouring entities are uncorrelated over 100k draws")
    func lowCorrelation() {
        let n = 100_000
        var x = RandomStream(seed: 5, purpose: .service, entity: 0)
        var y = RandomStream(seed: 5, purpose: .service, entity: 1)
        var z = RandomStream(seed: 5, replication: 1, purpose: .service, entity: 0)
        let a = (0..<n).map { _ in x.uniform() }
        let b = (0..<n).map { _ in y.uniform() }
        let c = (0..<n).map { _ in z.uniform() }
        // Under independence r is about N(0, 1/n): allow five standard errors.
        let limit = 5 / Double(n).squareRoot()
        #expect(abs(correlation(a, b)) < limit)
        #expect(abs(correlation(a, c)) < limit)
        #expect(abs(correlation(a, Array(a.dropFirst()) + [0.5])) < limit)  // lag 1
    }

    @Test("uniforms stay in range and 53-bit; integers are unbiased")
    func uniformsAndIntegers() {
        var stream = RandomStream(seed: 3, purpose: .benchmark)
        var sawFraction = false
        for _ in 0..<100_000 {
            let u = stream.uniform()
            let v = stream.uniformPositive()
            #expect(u >= 0 && u < 1 && v > 0 && v <= 1)
            if (u * 0x1.0p52).rounded(.down) != u * 0x1.0p52 { sawFraction = true }
        }
        #expect(sawFraction, "uniform() should use more than 52 bits")
        // Chi-square on 0..<7, a bound that does not divide 2^64.
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<140_000 { counts[Int(stream.integer(below: 7))] += 1 }
        #expect(chiSquare(observed: counts, probabilities: Array(repeating: 1.0 / 7, count: 7)) < chiSquareLimit(degreesOfFreedom: 6))
        var inRange = Set<Int>()
        for _ in 0..<1_000 {
            let k = stream.integer(in: -2...2)
            #expect((-2...2).contains(k))
            inRange.insert(k)
        }
        #expect(inRange == [-2, -1, 0, 1, 2])
        #expect(Int.random(in: 10..<20, using: &stream) >= 10)
    }

    @Test("integer(below:) rejects the biased words (Lemire)")
    func integerRejection() {
        // For bound 3 * 2^62 the plain high word of x * bound maps four words
        // onto three values and hits multiples of 3 half the time; with
        // rejection they come up a third of the time.
        var stream = RandomStream(seed: 8, purpose: .benchmark)
        let bound: UInt64 = 3 << 62
        let n = 30_000
        let multiples = (0..<n).filter { _ in stream.integer(below: bound) % 3 == 0 }.count
        let share = Double(multiples) / Double(n)
        #expect(abs(share - 1.0 / 3) < 5 * (2.0 / 9 / Double(n)).squareRoot(), "share \(share)")
    }

    private func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let meanA = a.reduce(0, +) / n
        let meanB = b.reduce(0, +) / n
        var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return covariance / (varianceA * varianceB).squareRoot()
    }
}
