import Foundation

extension DeploymentPlanReader {
    /// What `plan.json` says: the strategy and the shift pattern (the scenario part is checked, not kept).
    struct Header {
        var strategy: String
        var shifts: DeploymentPlan.ShiftPattern
    }

    /// Reads `plan.json` through the YAML node tree (JSON is a subset of YAML), so that every
    /// error has a line, a column and a key path, and unknown keys get a did-you-mean.
    ///
    /// Keys: `format` (1), `scenario` {`name`, `tps`}, `shifts` {`guard_shift_hours` 1 to 72,
    /// `reserve_shifts_per_day` 1 to 4} (optional, defaults 24 and 2), `strategy` (an identifier).
    /// `scenario.tps` must equal the scenario's TPS count; the name is informational, so that a
    /// plan can be run against a variant of its scenario (a stress case with the same TPS).
    func readPlanJSON() throws -> Header {
        let file = path("plan.json")
        let bytes = try InputFile.readBytes(file)
        try UTF8Check.validate(bytes, file: file)
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ScenarioError(.syntax, at: SourceLocation(file: file, line: 1, column: 1),
                                expected: "a plan (a JSON object)", found: "an empty file")
        }
        let root: YAMLNode
        do {
            root = try YAMLDocument.compose(text, file: file)
        } catch var error as ScenarioError where error.kind == .syntax {
            error.expected = error.expected.replacingOccurrences(of: "YAML", with: "JSON")
            error.hint = nil
            throw error
        }
        let top = try root.mapping()
        _ = try top.required("format", expected: "the plan format version, \(DeploymentPlan.formatVersion)")
            .int(in: DeploymentPlan.formatVersion...DeploymentPlan.formatVersion).get()
        try checkScenario(try top.required("scenario", expected: "the scenario the plan was made for: name and tps").mapping())
        var shifts = DeploymentPlan.ShiftPattern()
        if let shiftsNode = top.optional("shifts") {
            let map = try shiftsNode.mapping()
            shifts.guardShiftHours = try map.optional("guard_shift_hours")?.double(in: 1...72, unit: "hours").get() ?? 24
            shifts.reserveShiftsPerDay = try map.optional("reserve_shifts_per_day")?.int(in: 1...4, unit: "shifts").get() ?? 2
            try map.finish()
        }
        let strategy = try top.required("strategy", expected: "the name of the strategy that made the plan").identifier()
        try top.finish()
        return Header(strategy: strategy, shifts: shifts)
    }

    private func checkScenario(_ map: YAMLMapping) throws {
        let name = try map.required("name", expected: "the scenario's name").string()
        let tpsNode = try map.required("tps", expected: "the scenario's TPS count")
        let count = try tpsNode.int(in: 0...100_000_000, unit: "TPS").get()
        guard count == scenario.tps.count else {
            throw tpsNode.error(expected: "the TPS count of the scenario, \(scenario.tps.count)", found: String(count),
                                hint: "the plan was made for '\(name)', not for this scenario ('\(scenario.name)')")
        }
        try map.finish()
    }
}
