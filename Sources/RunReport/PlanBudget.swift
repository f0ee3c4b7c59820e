import Scenario

/// `budget.csv` of a plan folder (docs/plan-format.md): planned and allocated rupiah by line.
struct PlanBudget {
    struct Line: Sendable {
        var line: String
        var plannedRupiah: Double
        var allocatedRupiah: Double
    }

    var lines: [Line] = []

    init(path: String) throws {
        var table = try CSVTable(path: path, required: ["line", "planned_rupiah", "allocated_rupiah"])
        while try table.next() {
            lines.append(Line(line: try table.requiredText("line"), plannedRupiah: try table.number("planned_rupiah") ?? .nan,
                              allocatedRupiah: try table.number("allocated_rupiah") ?? .nan))
        }
    }

    func planned(_ line: String) -> Double? { lines.first { $0.line == line }?.plannedRupiah }
}
