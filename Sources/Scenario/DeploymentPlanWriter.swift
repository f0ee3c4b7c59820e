extension DeploymentPlan {
    /// One file of a plan folder: its name and its UTF-8 text.
    public struct OutputFile: Sendable, Equatable {
        public var name: String
        public var text: String
        public var bytes: [UInt8] { Array(text.utf8) }
    }

    /// The files of a plan folder, in the order they are written (docs/plan-format.md).
    public static let fileNames = ["guard_groups.csv", "tps_guards.csv", "posts.csv", "vehicles.csv", "plan.json"]

    /// The plan as the files of a plan folder; pure, the command line writes them atomically.
    ///
    /// Deterministic: rows follow the plan's group order and the scenario's TPS, post and vehicle
    /// order; counts are plain integers; `plan.json` has sorted keys and a fixed layout. The same
    /// plan and scenario give the same bytes.
    /// - Parameter scenario: the scenario the plan was made for (ids and names come from it).
    /// - Returns: the five files named in `fileNames`, in that order.
    /// - Precondition: the plan has one entry per TPS and per post of `scenario`, and one vehicle
    ///   count per vehicle type.
    public func files(for scenario: Scenario) -> [OutputFile] {
        precondition(tpsGuardGroup.count == scenario.tps.count, "plan and scenario differ in TPS count")
        precondition(posts.count == scenario.posts.count, "plan and scenario differ in post count")
        precondition(posts.enumerated().allSatisfy { $0.offset == $0.element.post }, "plan posts out of scenario order")
        precondition(posts.allSatisfy { $0.vehicles.count == scenario.vehicles.count }, "plan and scenario differ in vehicle types")
        return [
            OutputFile(name: "guard_groups.csv", text: guardGroupsCSV()),
            OutputFile(name: "tps_guards.csv", text: tpsGuardsCSV(scenario)),
            OutputFile(name: "posts.csv", text: postsCSV(scenario)),
            OutputFile(name: "vehicles.csv", text: vehiclesCSV(scenario)),
            OutputFile(name: "plan.json", text: planJSON(scenario)),
        ]
    }

    private func guardGroupsCSV() -> String {
        var out = "group_id,police\n"
        for group in guardGroups { out += "\(CSVText.field(group.id)),\(group.police)\n" }
        return out
    }

    /// Every TPS of the scenario, in its order; an empty `group_id` is an unguarded TPS.
    private func tpsGuardsCSV(_ scenario: Scenario) -> String {
        var out = "tps_id,group_id\n"
        out.reserveCapacity(scenario.tps.count * 24)
        for (i, id) in scenario.tps.ids.enumerated() {
            let group = tpsGuardGroup[i]
            out += CSVText.field(id) + "," + (group < 0 ? "" : CSVText.field(guardGroups[Int(group)].id)) + "\n"
        }
        return out
    }

    private func postsCSV(_ scenario: Scenario) -> String {
        var out = "post_id,reserve_personnel,patrol_personnel\n"
        for force in posts {
            out += "\(CSVText.field(scenario.posts[force.post].id)),\(force.reservePersonnel),\(force.patrolPersonnel)\n"
        }
        return out
    }

    /// One row per post and vehicle type, zeros included, so that the table is complete.
    private func vehiclesCSV(_ scenario: Scenario) -> String {
        var out = "post_id,vehicle_type,count\n"
        for force in posts {
            let post = CSVText.field(scenario.posts[force.post].id)
            for (type, count) in force.vehicles.enumerated() {
                out += "\(post),\(CSVText.field(scenario.vehicles[type].id)),\(count)\n"
            }
        }
        return out
    }

    /// `plan.json`: keys sorted at every level, two-space indent, numbers without a needless `.0`.
    private func planJSON(_ scenario: Scenario) -> String {
        """
        {
          "format": \(Self.formatVersion),
          "scenario": {
            "name": \(JSONText.string(scenario.name)),
            "tps": \(scenario.tps.count)
          },
          "shifts": {
            "guard_shift_hours": \(JSONText.number(shifts.guardShiftHours)),
            "reserve_shifts_per_day": \(shifts.reserveShiftsPerDay)
          },
          "strategy": \(JSONText.string(strategy))
        }

        """
    }

    /// The version of the plan folder format, written to `plan.json` as `format`.
    public static let formatVersion = 1
}

/// Text of a CSV field as the plan files write it (RFC 4180 quoting only where needed).
enum CSVText {
    /// The field, quoted if it holds a comma, a quote, a line break or surrounding spaces (which
    /// the reader would otherwise trim).
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}

/// Hand-written JSON scalars (sorted keys and a fixed layout are easier by hand than by `JSONEncoder`).
public enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped; other text as UTF-8.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A finite number: an integer without `.0`, else Swift's shortest round-trip decimal.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "JSON numbers are finite")
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
