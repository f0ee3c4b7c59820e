import Scenario

/// `timeseries.csv` of a simulate folder: one row per hour of the timeline.
struct HourlyTable {
    struct Row: Sendable {
        var hour: Int
        var time: String
        var phase: String
        var idleReserves: Double
        var workingVehicles: Double
    }

    var rows: [Row] = []

    init(path: String) throws {
        var table = try CSVTable(path: path, required: ["hour", "time", "phase", "idle_reserves_mean", "working_vehicles_mean"])
        while try table.next() {
            let hour = try table.requiredNumber("hour")
            guard hour == hour.rounded(), abs(hour) < 1e9 else { throw table.error("hour", expected: "a whole number of hours") }
            rows.append(Row(hour: Int(hour), time: table.text("time"), phase: table.text("phase"),
                            idleReserves: try table.number("idle_reserves_mean") ?? .nan,
                            workingVehicles: try table.number("working_vehicles_mean") ?? .nan))
        }
    }
}
