import Foundation
import Optimization
import Scenario

/// A binding constraint of the solved model and what relaxing it is worth, in a sentence.
///
/// A row's dual `y_i = ∂ objective / ∂ b_i` (Solution.swift; the HiGHS convention) is the change
/// of the objective per unit of its bound. The objective's unit is risk-weighted responders short
/// in a peak hour (expected over the sampled hours), so "worth 0.04" means 0.04 fewer risk-weighted
/// responders short. A row binds when it is at its bound (relative tolerance 1e-6) and its dual
/// is not zero (above 1e-7).
public struct ShadowPrice: Sendable, Equatable {
    /// The row's name in the exported program (`force`, `budget.allowance`, `minimum.rawan`,
    /// `operable.boat`), or `post.ID` for a post's reserve value.
    public var row: String
    /// Decrease of the objective per unit: one person, one million rupiah, one police of minimum
    /// (negative: the minimum costs), one vehicle.
    public var value: Double
    public var sentence: String
}

extension ShadowPrice {
    /// The binding first-stage rows, in row order.
    public static func binding(_ model: DeploymentModel, _ solution: Solution) -> [ShadowPrice] {
        let lp = model.program
        var prices: [ShadowPrice] = []
        for i in 0..<model.firstStageRowCount {
            let y = solution.rowDuals[i], activity = solution.rowActivities[i]
            let bound = y > 0 ? lp.rowLower[i] : lp.rowUpper[i]
            guard abs(y) > 1e-7, bound.isFinite, abs(activity - bound) <= 1e-6 * max(1, abs(bound)) else { continue }
            let worth = format(abs(y))
            let sentence: String
            switch model.rowKinds[i] {
            case .force:
                sentence = "One more deployable person is worth \(worth) less unmet demand."
            case .budget(let name):
                let line = name == "total" ? "the total budget" : "the \(name) line"
                sentence = "Rp 1 million more on \(line) is worth \(worth) less unmet demand."
            case .minimum(let category):
                sentence = "The doctrine minimum for \(category.displayName) TPS costs \(worth) unmet demand per police."
            case .operable(let v):
                sentence = "One more operable \(model.instance.vehicles[v].label) is worth \(worth) less unmet demand."
            default:
                continue
            }
            prices.append(ShadowPrice(row: lp.rowNames[i], value: -y, sentence: sentence))
        }
        return prices
    }

    /// What one more reserve at each post is worth at the optimum (second stage only, before the
    /// force and budget rows charge for it), best first, for posts where it is worth anything.
    public static func posts(_ model: DeploymentModel, _ solution: Solution, scenario: Scenario, limit: Int = 5) -> [ShadowPrice] {
        let values = MarginalValues(model: model, duals: solution.rowDuals).reserves
        return model.instance.posts.indices.filter { values[$0] > 1e-7 }
            .sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            .prefix(limit)
            .map { p in
                let post = model.instance.posts[p]
                let name = scenario.posts[post.scenarioIndex].name
                return ShadowPrice(row: "post.\(post.label)", value: values[p],
                                   sentence: "One more person at \(name) is worth \(format(values[p])) less unmet demand.")
            }
    }

    /// Four significant digits, no exponent for everyday sizes.
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        let digits = max(0, 3 - Int(log10(abs(value)).rounded(.down)))
        return String(format: "%.\(min(digits, 8))f", value)
    }
}
