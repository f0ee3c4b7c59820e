import Scenario

/// A KPI estimate over replications: the mean and its confidence interval.
struct Estimate: Sendable, Equatable {
    var mean: Double
    var low: Double
    var high: Double
}

/// `summary.csv` of a simulate folder: the mean and interval of each KPI.
struct SummaryTable {
    var estimates: [String: Estimate] = [:]

    init(path: String) throws {
        var table = try CSVTable(path: path, required: ["kpi", "mean", "mean_low", "mean_high"])
        while try table.next() {
            let kpi = try table.requiredText("kpi")
            estimates[kpi] = Estimate(mean: try table.number("mean") ?? .nan, low: try table.number("mean_low") ?? .nan,
                                      high: try table.number("mean_high") ?? .nan)
        }
    }

    subscript(_ kpi: String) -> Estimate? { estimates[kpi] }
}
