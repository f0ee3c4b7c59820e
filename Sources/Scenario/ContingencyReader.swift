/// Reads one contingency, from a scenario's `contingencies` list or from a library file.
public enum ContingencyReader {
    /// Loads a contingency library file (`scenarios/contingencies/NAME.yaml`): one contingency mapping.
    public static func load(path: String, electionDay: String) throws -> Contingency {
        let text = try InputFile.readText(path)
        let root = try YAMLDocument.compose(text, file: path)
        guard let day = CivilDate(electionDay) else { preconditionFailure("election day was validated") }
        return try read(root, electionDay: day, kecamatan: nil)
    }

    /// - Parameter kecamatan: the scenario's kecamatan, to check the region against; nil for a library file.
    static func read(_ node: YAMLNode, electionDay day: CivilDate, kecamatan known: [String]?) throws -> Contingency {
        let map = try node.mapping()
        let id = try map.required("id", expected: "the contingency's name").identifier()
        let kind = try map.required("kind", expected: "the kind of contingency").choice(ContingencyKind.self)
        let startNode = try map.required("start", expected: ScenarioTime.expected)
        let endNode = try map.required("end", expected: ScenarioTime.expected)
        let start = try ScenarioReader.time(startNode, day: day), end = try ScenarioReader.time(endNode, day: day)
        guard end > start else { throw endNode.error(expected: "an end after the start (\(ScenarioTime.format(start)))") }
        var contingency = Contingency(
            id: id, kind: kind,
            probability: try map.optional("probability")?.double(in: 0...1, unit: "probability").get() ?? 1,
            startMinute: start, endMinute: end,
            kecamatan: try map.optional("kecamatan")?.sequence().map { item in
                let name = try item.string()
                if let known, !known.contains(name) {
                    throw item.error(expected: "a kecamatan of the scenario's TPS table",
                                     hint: Suggestion.hint(for: name, in: known))
                }
                return name
            } ?? [])
        let (required, optional) = Contingency.parameters[kind]!
        let allowed = Set(required + optional)
        let all = ["travel_time_multiplier", "tps_moved_share", "rate_multiplier", "dispatch_delay_minutes",
                   "vehicle_failure_share", "personnel"]
        for key in all {
            guard let value = map.optional(key) else {
                if required.contains(key) {
                    // Throws, naming a misspelt key if there is one.
                    _ = try map.required(key, expected: "a \(kind.rawValue) contingency needs it")
                }
                continue
            }
            guard allowed.contains(key) else {
                throw value.error(expected: "only \(allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")) for a \(kind.rawValue) contingency",
                                  found: "'\(key)'")
            }
            switch key {
            case "travel_time_multiplier": contingency.travelTimeMultiplier = try value.double(in: 1...100, unit: "times").get()
            case "tps_moved_share": contingency.tpsMovedShare = try value.double(in: 0...1, unit: "share").get()
            case "rate_multiplier": contingency.rateMultiplier = try value.double(in: 1...1000, unit: "times").get()
            case "dispatch_delay_minutes": contingency.dispatchDelayMinutes = try value.double(in: 0...10_080, unit: "minutes").get()
            case "vehicle_failure_share": contingency.vehicleFailureShare = try value.double(in: 0...1, unit: "share").get()
            default: contingency.personnel = try value.int(in: 1...1_000_000, unit: "personnel").get()
            }
        }
        try map.finish()
        return contingency
    }
}

extension Contingency {
    init(id: String, kind: ContingencyKind, probability: Double, startMinute: Double, endMinute: Double, kecamatan: [String]) {
        self.id = id
        self.kind = kind
        self.probability = probability
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.kecamatan = kecamatan
    }
}
