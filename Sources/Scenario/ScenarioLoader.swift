import Foundation
import Yams

extension Scenario {
    /// Loads and validates a scenario: the YAML main file and the CSV tables it names.
    ///
    /// Every check runs here, once; a `Scenario` value that exists is valid.
    /// - Parameter path: the YAML main file. Table paths inside it are relative to its folder.
    /// - Throws: `ScenarioError` naming the file, line, column, key path, what was expected and
    ///   what was found.
    public static func load(path: String) throws -> Scenario {
        let text = try InputFile.readText(path)
        let root = try YAMLDocument.compose(text, file: path)
        let top = try root.mapping()
        let folder = (path as NSString).deletingLastPathComponent
        return try ScenarioReader(top: top, folder: folder, file: path).read()
    }
}

/// Reading files for the loader: existence, emptiness and encoding errors with the path in them.
enum InputFile {
    /// The file's bytes; a missing or unreadable file is an `.unreadable` error.
    static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: path), expected: "an existing file", found: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: path), expected: "a file", found: "a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(.unreadable, at: SourceLocation(file: path), expected: "a readable file", found: "a file that cannot be read")
        }
        return [UInt8](data)
    }

    /// The file as UTF-8 text; empty files and bad bytes are errors.
    static func readText(_ path: String) throws -> String {
        let bytes = try readBytes(path)
        try UTF8Check.validate(bytes, file: path)
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ScenarioError(.syntax, at: SourceLocation(file: path, line: 1, column: 1),
                                expected: "a scenario (a YAML mapping)", found: "an empty file")
        }
        return text
    }
}

/// YAML composition with Yams's errors turned into `ScenarioError`s at the right line and column.
enum YAMLDocument {
    static func compose(_ text: String, file: String) throws -> YAMLNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw convert(error, file: file)
        }
        guard let node else {
            throw ScenarioError(.syntax, at: SourceLocation(file: file, line: 1, column: 1),
                                expected: "a YAML document", found: "only comments")
        }
        return YAMLNode(node: node, file: file, keyPath: "")
    }

    private static func convert(_ error: YamlError, file: String) -> ScenarioError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's problems often start with "found", which the message says already.
            let found = (problem.hasPrefix("found ") ? String(problem.dropFirst(6)) : problem) + (context.map { " \($0.text)" } ?? "")
            return ScenarioError(.syntax, at: SourceLocation(file: file, line: mark.line, column: mark.column),
                                 expected: "well-formed YAML", found: found,
                                 hint: "check indentation and that every 'key: value' has a space after the colon")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first occurrence; its context text is the whole document, so leave it out.
            let names = duplicates.map { ScenarioError.quote($0) }.joined(separator: ", ")
            return ScenarioError(.syntax, at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                                 expected: "each key once in a mapping", found: "the key \(names) more than once",
                                 hint: "remove or rename the later \(names)")
        case .reader(let problem, _, _, _):
            return ScenarioError(.syntax, at: SourceLocation(file: file), expected: "readable YAML text", found: problem)
        default:
            return ScenarioError(.syntax, at: SourceLocation(file: file), expected: "well-formed YAML", found: "\(error)")
        }
    }
}
