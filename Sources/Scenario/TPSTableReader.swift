/// Reads the polling-station (TPS) table: one TPS per line.
///
/// Columns (any order): `id, latitude, longitude, voters, desa, kecamatan, polsek, access, category`
/// and optionally `risk` (0 to 1, default 0.5). `polsek` names a post of kind `polsek`.
/// Built for national scale: 820,000 rows are read in about a second (byte scanner, interned
/// text, fast decimal parser).
enum TPSTableReader {
    static let required = ["id", "latitude", "longitude", "voters", "desa", "kecamatan", "polsek", "access", "category"]
    static let optional = ["risk"]

    static func read(path: String, posts: [Post]) throws -> PollingStations {
        var reader = try CSVReader(bytes: InputFile.readBytes(path), file: path)
        let header = try CSVHeader(&reader, required: required, optional: optional, what: "one TPS per line")
        var polsekIndex: [String: Int32] = [:]
        var otherPosts: [String: PostKind] = [:]
        for (i, post) in posts.enumerated() {
            if post.kind == .polsek { polsekIndex[post.id] = Int32(i) } else { otherPosts[post.id] = post.kind }
        }
        let column = required.map { header.index($0)! }
        let riskColumn = header.index("risk")
        var table = PollingStations()
        table.reserveCapacity(reader.bytes.count / 64)
        var firstLine: [String: Int] = [:]
        var desaIndex: [String: Int32] = [:], kecamatanIndex: [String: Int32] = [:]

        while try reader.nextRow() {
            try header.checkWidth(reader)
            let id = try CSVField(reader: reader, column: "id", i: column[0]).text()
            if let line = firstLine.updateValue(reader.rowLine, forKey: id) {
                throw CSVField(reader: reader, column: "id", i: column[0])
                    .error(expected: "a TPS id used once (already on line \(line))")
            }
            table.ids.append(id)
            table.latitude.append(try CSVField(reader: reader, column: "latitude", i: column[1]).number(in: -90...90, unit: "degrees"))
            table.longitude.append(try CSVField(reader: reader, column: "longitude", i: column[2]).number(in: -180...180, unit: "degrees"))
            table.voters.append(Int32(try CSVField(reader: reader, column: "voters", i: column[3])
                .integer(in: 0...1000, unit: "registered voters (the law allows at most 300 per TPS at a Pemilu, 600 at a Pilkada)")))
            table.desa.append(intern(try CSVField(reader: reader, column: "desa", i: column[4]).text(), &desaIndex, &table.desaNames))
            table.kecamatan.append(intern(try CSVField(reader: reader, column: "kecamatan", i: column[5]).text(),
                                          &kecamatanIndex, &table.kecamatanNames))
            let polsekField = CSVField(reader: reader, column: "polsek", i: column[6])
            let polsek = reader.text(column[6])
            guard let post = polsekIndex[polsek] else {
                let kind = otherPosts[polsek].map { "a post of kind '\($0.rawValue)', not a Polsek" }
                var error = polsekField.error(expected: "the id of a post of kind 'polsek'")
                error.found = kind.map { "'\(polsek)', \($0)" } ?? "unknown Polsek '\(polsek)'"
                error.hint = Suggestion.hint(for: polsek, in: polsekIndex.keys.sorted())
                throw error
            }
            table.polsek.append(post)
            table.access.append(try CSVField(reader: reader, column: "access", i: column[7]).choice(AccessType.self))
            table.category.append(try CSVField(reader: reader, column: "category", i: column[8]).choice(VulnerabilityCategory.self))
            if let riskColumn, !reader.isEmpty(riskColumn) {
                table.risk.append(try CSVField(reader: reader, column: "risk", i: riskColumn).number(in: 0...1, unit: "risk score"))
            } else {
                table.risk.append(0.5)
            }
        }
        guard table.count > 0 else {
            throw ScenarioError(.invalid, at: SourceLocation(file: path, line: 2, column: 1),
                                expected: "at least one TPS after the header", found: "none")
        }
        return table
    }

    @inline(__always)
    private static func intern(_ text: String, _ index: inout [String: Int32], _ names: inout [String]) -> Int32 {
        if let found = index[text] { return found }
        let new = Int32(names.count)
        names.append(text)
        index[text] = new
        return new
    }
}

/// Reads the optional travel-time table: `from,to,minutes` between post and TPS ids.
enum TravelTimeReader {
    static func read(path: String, knownIds: (String) -> Bool) throws -> [TravelTime] {
        var reader = try CSVReader(bytes: InputFile.readBytes(path), file: path)
        let header = try CSVHeader(&reader, required: ["from", "to", "minutes"], optional: [], what: "one pair per line")
        var result: [TravelTime] = []
        while try reader.nextRow() {
            try header.checkWidth(reader)
            var ends: [String] = []
            for column in ["from", "to"] {
                let field = CSVField(reader: reader, column: column, i: header.index(column)!)
                let id = try field.text()
                guard knownIds(id) else { throw field.error(expected: "the id of a post or a TPS") }
                ends.append(id)
            }
            result.append(TravelTime(
                from: ends[0], to: ends[1],
                minutes: try CSVField(reader: reader, column: "minutes", i: header.index("minutes")!).number(in: 0...100_000, unit: "minutes")))
        }
        return result
    }
}
