#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import Simulation

/// Each variate, drawn 200,000 times with a fixed seed, must match its
/// known mean within five standard errors and its known variance within
/// five estimated standard errors.
@Suite("Distributions")
struct DistributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let mean: Double
        let variance: Double
        let draw: @Sendable (inout RandomStream) -> Double
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let gammaMean = { (k: Double, theta: Double) in k * theta }
        let weibull = { (k: Double, lambda: Double) -> (Double, Double) in
            let g1 = tgamma(1 + 1 / k), g2 = tgamma(1 + 2 / k)
            return (lambda * g1, lambda * lambda * (g2 - g1 * g1))
        }
        let (weibullMean, weibullVariance) = weibull(1.5, 2)
        return [
            Case(name: "uniform [0,1)", mean: 0.5, variance: 1.0 / 12) { $0.uniform() },
            Case(name: "uniform [-2,6)", mean: 2, variance: 64.0 / 12) { $0.uniform(-2, 6) },
            Case(name: "exponential rate 4", mean: 0.25, variance: 1.0 / 16) { $0.exponential(rate: 4) },
            Case(name: "exponential mean 3", mean: 3, variance: 9) { $0.exponential(mean: 3) },
            Case(name: "normal (10, 2)", mean: 10, variance: 4) { $0.normal(mean: 10, sd: 2) },
            Case(name: "lognormal mean 5 sd 2", mean: 5, variance: 4) { $0.lognormal(mean: 5, sd: 2) },
            Case(name: "gamma k 2.5 theta 2", mean: gammaMean(2.5, 2), variance: 2.5 * 4) { $0.gamma(shape: 2.5, scale: 2) },
            Case(name: "gamma k 0.4 theta 3", mean: gammaMean(0.4, 3), variance: 0.4 * 9) { $0.gamma(shape: 0.4, scale: 3) },
            Case(name: "poisson 3.5 (inversion)", mean: 3.5, variance: 3.5) { Double($0.poisson(mean: 3.5)) },
            Case(name: "poisson 0.2 (inversion)", mean: 0.2, variance: 0.2) { Double($0.poisson(mean: 0.2)) },
            Case(name: "poisson 40 (PTRS)", mean: 40, variance: 40) { Double($0.poisson(mean: 40)) },
            Case(name: "poisson 1234.5 (PTRS)", mean: 1234.5, variance: 1234.5) { Double($0.poisson(mean: 1234.5)) },
            Case(name: "bernoulli 0.3", mean: 0.3, variance: 0.21) { $0.bernoulli(0.3) ? 1 : 0 },
            Case(name: "triangular (1, 2, 6)", mean: 3, variance: (1 + 4 + 36 - 2 - 6 - 12) / 18.0) {
                $0.triangular(minimum: 1, mode: 2, maximum: 6)
            },
            Case(name: "weibull k 1.5 lambda 2", mean: weibullMean, variance: weibullVariance) {
                $0.weibull(shape: 1.5, scale: 2)
            },
            Case(name: "integer below 10", mean: 4.5, variance: 99.0 / 12) { Double($0.integer(below: 10)) },
        ]
    }()

    @Test("sample mean and variance match", arguments: cases.enumerated().map { ($0.offset, $0.element) })
    func moments(index: Int, variate: Case) {
        let sample = SampleMoments(draws(entity: UInt64(index), variate.draw))
        #expect(sample.meanMatches(variate.mean, variance: variate.variance), "\(variate.name): \(sample.summary)")
        #expect(sample.varianceMatches(variate.variance), "\(variate.name): \(sample.summary)")
    }

    @Test("Poisson probabilities match the mass function (chi-square)", arguments: [2.5, 25.0])
    func poissonChiSquare(mean: Double) {
        var stream = RandomStream(seed: 77, purpose: .benchmark)
        let cells = Int(mean * 3) + 1  // the last cell collects the tail
        var counts = [Int](repeating: 0, count: cells)
        for _ in 0..<200_000 { counts[min(stream.poisson(mean: mean), cells - 1)] += 1 }
        var probabilities = (0..<cells).map { k in exp(-mean + Double(k) * log(mean) - lgamma(Double(k) + 1)) }
        probabilities[cells - 1] = 1 - probabilities.dropLast().reduce(0, +)
        // Merge cells expected below 5 draws into their neighbours by dropping them from both sides.
        let kept = probabilities.indices.filter { probabilities[$0] * 200_000 >= 5 }
        let statistic = chiSquare(observed: kept.map { counts[$0] }, probabilities: kept.map { probabilities[$0] })
        #expect(statistic < chiSquareLimit(degreesOfFreedom: kept.count - 1), "chi-square \(statistic)")
    }
}
