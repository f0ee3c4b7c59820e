import Charts
import Reports

/// The ranking of strategies on the headline KPIs, per case (ranking.csv), as an HTML table.
enum RankingTable {
    static let id = "ranking"

    static func make(_ data: ComparisonData, context: ReportContext) -> ReportTable {
        let strings = context.strings
        let kpis = context.mainKPIs
        var rows: [[String]] = []
        var csv = TidyCSV(columns: ["case", "kpi", "unit", "direction", "strategy", "rank", "mean", "in_best_subset"])
        for caseName in data.cases {
            for (kpi, label, unit) in kpis {
                let ranks = data.ranks.filter { $0.caseName == caseName && $0.kpi == kpi }.sorted { ($0.rank, $0.strategy) < ($1.rank, $1.strategy) }
                for rank in ranks {
                    rows.append([context.caseLabel(caseName), label, rank.strategy, "\(rank.rank)", mean(rank.mean, unit: unit, context),
                                 rank.inBestSubset ? strings[.yes] : strings[.no]])
                    csv.text(caseName); csv.text(kpi); csv.text(unit); csv.text(rank.direction); csv.text(rank.strategy)
                    csv.int(rank.rank); csv.number(rank.mean); csv.int(rank.inBestSubset ? 1 : 0)
                    csv.endRow()
                }
            }
        }
        return ReportTable(id: id, text: ChartText(title: strings[.rankingTitle], caption: strings[.rankingCaption]),
                           header: [strings[.rankCase], strings[.rankKPI], strings[.rankStrategy], strings[.rank], strings[.rankMean],
                                    strings[.rankBestSubset]],
                           rows: rows, numeric: [false, false, false, true, true, false], csv: csv.bytes)
    }

    /// A mean as a planner reads it: minutes with one decimal, shares as percentages, rupiah whole.
    static func mean(_ value: Double, unit: String, _ context: ReportContext) -> String {
        switch unit {
        case "share": context.percent(value, decimals: 1)
        case "rupiah": "Rp " + context.numbers.string(value, decimals: 0)
        default: context.numbers.string(value, decimals: 1)
        }
    }
}
