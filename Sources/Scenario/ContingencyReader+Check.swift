extension ContingencyReader {
    /// Checks a library contingency against the scenario it is added to: its kecamatan must exist.
    public static func check(_ contingency: Contingency, against scenario: Scenario, path: String) throws {
        let known = scenario.tps.kecamatanNames
        for name in contingency.kecamatan where !known.contains(name) {
            throw ScenarioError(.invalid, at: SourceLocation(file: path), keyPath: "kecamatan",
                                expected: "a kecamatan of scenario '\(scenario.name)'", found: ScenarioError.quote(name),
                                hint: Suggestion.hint(for: name, in: known))
        }
    }
}
