import Yams

/// A YAML mapping whose keys are taken one by one; `finish()` then reports any key nobody took,
/// with a did-you-mean, so that a misspelt optional key is an error rather than silently ignored.
final class YAMLMapping {
    let file: String
    let keyPath: String
    let mark: Mark?
    private var entries: [(key: String, keyNode: Node, value: Node)] = []
    private var taken: Set<String> = []
    private var known: [String] = []

    init(_ mapping: Node.Mapping, file: String, keyPath: String) throws {
        self.file = file
        self.keyPath = keyPath
        self.mark = mapping.mark
        var seen: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let location = SourceLocation(file: file, line: keyNode.mark?.line, column: keyNode.mark?.column)
            guard case .scalar(let scalar) = keyNode else {
                throw ScenarioError(.invalid, at: location, keyPath: keyPath, expected: "a text key", found: "a complex key")
            }
            if seen[scalar.string] != nil {
                throw ScenarioError(.invalid, at: location, keyPath: child(scalar.string),
                                    expected: "each key once", found: "a duplicate key \(ScenarioError.quote(scalar.string))")
            }
            seen[scalar.string] = value
            entries.append((scalar.string, keyNode, value))
        }
    }

    private func child(_ key: String) -> String { keyPath.isEmpty ? key : "\(keyPath).\(key)" }

    /// The location of the mapping itself (for "missing key" errors).
    var location: SourceLocation { SourceLocation(file: file, line: mark?.line, column: mark?.column) }

    /// The value at `key`, or nil if absent or null.
    func optional(_ key: String) -> YAMLNode? {
        known.append(key)
        taken.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        let node = YAMLNode(node: entry.value, file: file, keyPath: child(key))
        return node.isNull ? nil : node
    }

    /// The value at `key`; a missing key is an error that says what belongs there.
    func required(_ key: String, expected: String) throws -> YAMLNode {
        if let node = optional(key) { return node }
        if let entry = entries.first(where: { $0.key == key }) {
            throw YAMLNode(node: entry.value, file: file, keyPath: child(key)).error(expected: expected)
        }
        // `vehicle:` for `vehicles:` is likelier a misspelling than a missing section: point at it.
        if let entry = entries.first(where: { !taken.contains($0.key) && Suggestion.closest(to: $0.key, in: [key]) != nil }) {
            throw unknownKey(entry, expected: "required key '\(key)' (\(expected))", hint: "did you mean '\(key)'?")
        }
        throw ScenarioError(.invalid, at: location, keyPath: child(key),
                            expected: "required key '\(key)' (\(expected))", found: "no such key")
    }

    /// Marks a key as known without reading it (for keys read elsewhere).
    func allow(_ keys: String...) { for key in keys { known.append(key); taken.insert(key) } }

    /// Throws for the first key that was present but never taken.
    func finish() throws {
        for entry in entries where !taken.contains(entry.key) {
            let choices = known.sorted().map { "'\($0)'" }.joined(separator: ", ")
            throw unknownKey(entry, expected: known.isEmpty ? "no keys here" : "one of the keys \(choices)",
                             hint: Suggestion.hint(for: entry.key, in: known))
        }
    }

    private func unknownKey(_ entry: (key: String, keyNode: Node, value: Node), expected: String, hint: String?) -> ScenarioError {
        let location = SourceLocation(file: file, line: entry.keyNode.mark?.line, column: entry.keyNode.mark?.column)
        return ScenarioError(.invalid, at: location, keyPath: child(entry.key), expected: expected,
                             found: "unknown key \(ScenarioError.quote(entry.key))", hint: hint)
    }
}
