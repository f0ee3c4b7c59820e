import Scenario

/// The tables of a compare folder that a report draws: the strategies and cases in run order
/// (from `comparison.csv`), the paired differences (`pairwise.csv`) and the ranking (`ranking.csv`).
struct ComparisonData {
    struct Pair: Sendable {
        var caseName: String
        var kpi: String
        var strategyA: String
        var strategyB: String
        var replications: Int
        var relative: Double
        var relativeLow: Double
        var relativeHigh: Double
        var better: String
    }

    struct Rank: Sendable {
        var caseName: String
        var kpi: String
        var direction: String
        var strategy: String
        var rank: Int
        var mean: Double
        var inBestSubset: Bool
    }

    var cases: [String] = []
    var strategies: [String] = []
    var pairs: [Pair] = []
    var ranks: [Rank] = []

    /// The first strategy, against which the others are compared.
    var baseline: String? { strategies.first }

    init(folder: RunFolder) throws {
        var comparison = try CSVTable(path: folder.file("comparison.csv"), required: ["case", "strategy", "kpi"])
        var caseList: [String] = [], strategyList: [String] = []
        while try comparison.next() {
            caseList.append(try comparison.requiredText("case"))
            strategyList.append(try comparison.requiredText("strategy"))
        }
        cases = ordered(caseList)
        strategies = ordered(strategyList)
        var pairwise = try CSVTable(path: folder.file("pairwise.csv"),
                                    required: ["case", "kpi", "strategy_a", "strategy_b", "replications", "relative", "relative_low",
                                               "relative_high"])
        while try pairwise.next() {
            let replications = try pairwise.number("replications") ?? 0
            pairs.append(Pair(caseName: try pairwise.requiredText("case"), kpi: try pairwise.requiredText("kpi"),
                              strategyA: try pairwise.requiredText("strategy_a"), strategyB: try pairwise.requiredText("strategy_b"),
                              replications: Int(max(0, min(replications, 1e12))),
                              relative: try pairwise.number("relative") ?? .nan, relativeLow: try pairwise.number("relative_low") ?? .nan,
                              relativeHigh: try pairwise.number("relative_high") ?? .nan, better: pairwise.text("better")))
        }
        var ranking = try CSVTable(path: folder.file("ranking.csv"),
                                   required: ["case", "kpi", "direction", "strategy", "rank", "mean", "in_best_subset"])
        while try ranking.next() {
            let rank = try ranking.requiredNumber("rank")
            guard rank >= 1, rank == rank.rounded(), rank < 1e6 else { throw ranking.error("rank", expected: "a whole rank from 1") }
            let subset = ranking.text("in_best_subset")
            guard subset == "0" || subset == "1" else { throw ranking.error("in_best_subset", expected: "0 or 1") }
            ranks.append(Rank(caseName: try ranking.requiredText("case"), kpi: try ranking.requiredText("kpi"),
                              direction: ranking.text("direction"), strategy: try ranking.requiredText("strategy"), rank: Int(rank),
                              mean: try ranking.number("mean") ?? .nan, inBestSubset: subset == "1"))
        }
    }
}
