/// The state machine behind ``MPSReader``: one section at a time, one data
/// line at a time, every error with its line and column.
struct MPSParser {
    enum Section: Int, Comparable {
        case start, name, objectiveSense, objectiveName, rows, columns, rhs, ranges, bounds, end
        static func < (a: Section, b: Section) -> Bool { a.rawValue < b.rawValue }
    }

    let path: String
    let format: MPSFormat
    var section = Section.start
    var model = MPSModel()
    var line = 0

    init(path: String, format: MPSFormat) {
        self.path = path
        self.format = format
    }

    mutating func parse(_ lines: [MPSLine]) throws(MPSError) -> MPSFile {
        for current in lines where !current.isBlankOrComment {
            line = current.number
            if section == .end { throw error(at: 1, "expected nothing after ENDATA, found more text") }
            if current.isHeader { try header(current) } else { try data(current) }
        }
        line = (lines.last?.number ?? 0) + 1
        guard section == .end else { throw error(at: nil, "expected ENDATA, found the end of the file") }
        return try model.build(path: path, format: format)
    }

    /// A section header line.
    private mutating func header(_ current: MPSLine) throws(MPSError) {
        let tokens = current.tokens
        let keyword = tokens[0].text.uppercased()
        let next: Section
        switch keyword {
        case "NAME":
            next = .name
            let text = String(decoding: current.bytes, as: UTF8.self)
            model.name = String(text.dropFirst(4)).trimmingWhitespace()
        case "OBJSENSE", "OBJSENSE:":
            next = .objectiveSense
            if tokens.count > 1 { try setSense(tokens[1]) }
        case "OBJNAME":
            next = .objectiveName
            if tokens.count > 1 { model.objectiveName = tokens[1].text }
        case "ROWS": next = .rows
        case "COLUMNS": next = .columns
        case "RHS": next = .rhs
        case "RANGES": next = .ranges
        case "BOUNDS": next = .bounds
        case "ENDATA": next = .end
        case "QUADOBJ", "QMATRIX", "QSECTION", "QCMATRIX", "CSECTION", "SOS", "INDICATORS", "GENCONS", "PWLOBJ":
            throw error(at: 1, "expected a linear program, found section \(keyword) (quadratic, conic, SOS and indicator data are not supported)")
        default:
            throw error(at: 1, "expected a section (NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA), found '\(tokens[0].text)'")
        }
        try requireOrder(next, keyword)
        section = next
    }

    /// Sections come in the standard order; RHS, RANGES and BOUNDS need COLUMNS first.
    private func requireOrder(_ next: Section, _ keyword: String) throws(MPSError) {
        let bodies: Set<Section> = [.rhs, .ranges, .bounds]
        if next == .columns && section != .rows { throw error(at: 1, "expected COLUMNS right after ROWS, found it after \(section)") }
        if bodies.contains(next) && !(section == .columns || bodies.contains(section)) {
            throw error(at: 1, "expected \(keyword) after COLUMNS")
        }
        if next == .rows && section >= .rows { throw error(at: 1, "expected one ROWS section, found a second") }
        if next < section && !(bodies.contains(next) && bodies.contains(section)) {
            throw error(at: 1, "expected \(keyword) before the \(section) section")
        }
    }

    /// A data line of the current section.
    private mutating func data(_ current: MPSLine) throws(MPSError) {
        switch section {
        case .objectiveSense: try setSense(try fields(current, free: 1...1)[0]!)
        case .objectiveName: model.objectiveName = try fields(current, free: 1...1)[0]!.text
        case .rows:
            let f = format == .free ? try fields(current, free: 2...2) : current.fields
            try model.addRow(type: try require(f[0], "a row type (N, E, L, G)"), name: try require(f[1], "a row name"), context)
        case .columns: try columns(current)
        case .rhs, .ranges: try rightHandSides(current)
        case .bounds: try bounds(current)
        case .start, .name, .end: throw error(at: 1, "expected a section header such as ROWS, found a data line")
        }
    }

    private mutating func setSense(_ token: MPSLine.Token) throws(MPSError) {
        switch token.text.uppercased() {
        case "MAX", "MAXIMIZE", "MAXIMISE": model.sense = .maximize
        case "MIN", "MINIMIZE", "MINIMISE": model.sense = .minimize
        default: throw error(at: token.column, "expected MAX or MIN, found '\(token.text)'")
        }
    }

    /// `COLUMNS`: `column row value [row value]`, or an integer `MARKER`.
    private mutating func columns(_ current: MPSLine) throws(MPSError) {
        let f: [MPSLine.Token?]
        if format == .free {
            let t = current.tokens
            if t.count >= 3 && t[1].text == "'MARKER'" { return try model.marker(t[2], context) }
            guard t.count == 3 || t.count == 5 else {
                throw error(at: t.first?.column, "expected 'column row value [row value]' (3 or 5 fields), found \(t.count) fields")
            }
            f = [nil] + t.map { Optional($0) } + Array(repeating: nil, count: 5 - t.count)
        } else {
            f = current.fields
            if f[2]?.text == "'MARKER'", let kind = f[4] { return try model.marker(kind, context) }
        }
        let column = try require(f[1], "a column name")
        for pair in [(f[2], f[3]), (f[4], f[5])] {
            guard let row = pair.0 else { continue }
            let value = try number(try require(pair.1, "a value after row '\(row.text)'"), "coefficient")
            try model.addEntry(column: column, row: row, value: value, context)
        }
        if f[2] == nil { throw error(at: column.column, "expected a row name after column '\(column.text)'") }
    }

    /// `RHS` and `RANGES`: `[set] row value [row value]`.
    private mutating func rightHandSides(_ current: MPSLine) throws(MPSError) {
        let f: [MPSLine.Token?]
        if format == .free {
            let t = current.tokens
            guard (2...5).contains(t.count) else {
                throw error(at: t.first?.column, "expected '[set] row value [row value]', found \(t.count) fields")
            }
            let hasSet = t.count % 2 == 1
            f = [nil, hasSet ? t[0] : nil] + t.dropFirst(hasSet ? 1 : 0).map { Optional($0) }
                + Array(repeating: nil, count: hasSet ? 5 - t.count : 4 - t.count)
        } else {
            f = current.fields
        }
        guard model.acceptSet(f[1]?.text ?? "", for: section) else { return }
        for pair in [(f[2], f[3]), (f[4], f[5])] {
            guard let row = pair.0 else { continue }
            let value = try number(try require(pair.1, "a value after row '\(row.text)'"), section == .rhs ? "right-hand side" : "range")
            try model.setRowValue(row: row, value: value, isRange: section == .ranges, context)
        }
    }

    /// `BOUNDS`: `type [set] column [value]`.
    private mutating func bounds(_ current: MPSLine) throws(MPSError) {
        var type: MPSLine.Token, set: String, column: MPSLine.Token, value: MPSLine.Token?
        if format == .free {
            let t = current.tokens
            guard t.count >= 2 && t.count <= 4 else {
                throw error(at: t.first?.column, "expected 'type [set] column [value]', found \(t.count) fields")
            }
            type = t[0]
            let needsValue = MPSModel.valuedBounds.contains(t[0].text.uppercased())
            let hasSet = t.count == 4 || (t.count == 3 && !needsValue && model.columnIndex[t[1].text] == nil)
            set = hasSet ? t[1].text : ""
            column = t[hasSet ? 2 : 1]
            value = t.count > (hasSet ? 3 : 2) ? t[hasSet ? 3 : 2] : nil
        } else {
            let f = current.fields
            type = try require(f[0], "a bound type")
            set = f[1]?.text ?? ""
            column = try require(f[2], "a column name")
            value = f[3]
        }
        guard model.acceptSet(set, for: .bounds) else { return }
        try model.setBound(type: type, column: column, value: value, context)
    }

    /// Free-format tokens, their count checked; fixed format uses fields 1 and 2.
    private func fields(_ current: MPSLine, free counts: ClosedRange<Int>) throws(MPSError) -> [MPSLine.Token?] {
        if format == .fixed { return [current.fields[1] ?? current.fields[0]] + current.fields.dropFirst(2) }
        let t = current.tokens
        guard counts.contains(t.count) else {
            throw error(at: t.first?.column, "expected \(counts.lowerBound) field\(counts.lowerBound == 1 ? "" : "s"), found \(t.count)")
        }
        return t.map { Optional($0) }
    }

    /// Where the parser is, for messages: passed to ``MPSModel`` instead of
    /// the parser itself, so that mutating the model does not copy it.
    var context: MPSContext { MPSContext(path: path, line: line) }

    func require(_ token: MPSLine.Token?, _ what: String) throws(MPSError) -> MPSLine.Token {
        try context.require(token, what)
    }

    func number(_ token: MPSLine.Token, _ what: String) throws(MPSError) -> Double {
        try context.number(token, what)
    }

    func error(at column: Int?, _ message: String) -> MPSError {
        context.error(at: column, message)
    }
}

/// The file and line being read.
struct MPSContext {
    let path: String
    let line: Int

    func require(_ token: MPSLine.Token?, _ what: String) throws(MPSError) -> MPSLine.Token {
        guard let token else { throw error(at: nil, "expected \(what), found nothing") }
        return token
    }

    /// A finite or infinite number; NaN and text are errors.
    func number(_ token: MPSLine.Token, _ what: String) throws(MPSError) -> Double {
        guard let value = Double(token.text), !value.isNaN else {
            throw error(at: token.column, "expected a number for the \(what), found '\(token.text)'")
        }
        return value
    }

    func error(at column: Int?, _ message: String) -> MPSError {
        MPSError(.invalid, path: path, line: line, column: column, message)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
