/// Reads posts, inline in the YAML or from a CSV table with the same columns.
enum PostReader {

    static func read(_ node: YAMLNode) throws -> Post {
        let map = try node.mapping()
        let id = try map.required("id", expected: "the post's id").identifier()
        let post = Post(
            id: id,
            name: try map.optional("name")?.string() ?? id,
            kind: try map.required("kind", expected: "the kind of post").choice(PostKind.self),
            kecamatan: try map.optional("kecamatan")?.string() ?? "",
            latitude: try map.required("latitude", expected: "degrees north").double(in: -90...90, unit: "degrees").get(),
            longitude: try map.required("longitude", expected: "degrees east").double(in: -180...180, unit: "degrees").get(),
            access: try map.optional("access")?.choice(AccessType.self) ?? .road)
        try map.finish()
        return post
    }

    /// Post ids are unique and there is at least one Polsek.
    /// - Parameters:
    ///   - location: where post `i` is written.
    ///   - keyPath: the key path (YAML) or column (CSV) of field `name` of post `i`.
    static func checkUnique(_ posts: [Post], location: (Int) -> SourceLocation, keyPath: (Int, String) -> String) throws {
        var seen: [String: Int] = [:]
        for (i, post) in posts.enumerated() {
            if let first = seen.updateValue(i, forKey: post.id) {
                throw ScenarioError(.invalid, at: location(i), keyPath: keyPath(i, "id"),
                                    expected: "a post id used once (first used by post \(first + 1))", found: "'\(post.id)' again")
            }
        }
        guard posts.contains(where: { $0.kind == .polsek }) else {
            throw ScenarioError(.invalid, at: location(0), keyPath: keyPath(0, "kind"),
                                expected: "at least one post of kind 'polsek' (every TPS belongs to one)", found: "none")
        }
    }

    static func readCSV(path: String) throws -> [Post] {
        var reader = try CSVReader(bytes: InputFile.readBytes(path), file: path)
        let header = try CSVHeader(&reader, required: ["id", "kind", "latitude", "longitude"],
                                   optional: ["name", "kecamatan", "access"], what: "one post per line")
        var posts: [Post] = []
        var lines: [Int] = []
        while try reader.nextRow() {
            lines.append(reader.rowLine)
            try header.checkWidth(reader)
            func field(_ name: String) -> CSVField? { header.index(name).map { CSVField(reader: reader, column: name, i: $0) } }
            let id = try field("id")!.text()
            posts.append(Post(
                id: id,
                name: try field("name").map { reader.isEmpty($0.i) ? id : try $0.text() } ?? id,
                kind: try field("kind")!.choice(PostKind.self),
                kecamatan: field("kecamatan").map { reader.text($0.i) } ?? "",
                latitude: try field("latitude")!.number(in: -90...90, unit: "degrees"),
                longitude: try field("longitude")!.number(in: -180...180, unit: "degrees"),
                access: try field("access").map { reader.isEmpty($0.i) ? .road : try $0.choice(AccessType.self) } ?? .road))
        }
        guard !posts.isEmpty else {
            throw ScenarioError(.invalid, at: SourceLocation(file: path, line: 2, column: 1),
                                expected: "at least one post after the header", found: "none")
        }
        try checkUnique(posts, location: { SourceLocation(file: path, line: lines[$0], column: 1) },
                        keyPath: { "column '\($1)'" })
        return posts
    }
}

extension CSVHeader {
    /// Field index of a declared column, or nil if the (optional) column is absent.
    func index(_ name: String) -> Int? { positions[name] }
}
