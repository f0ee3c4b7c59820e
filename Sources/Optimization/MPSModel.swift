/// What ``MPSParser`` has read so far, and the rules that turn it into a
/// ``LinearProgram``.
struct MPSModel {
    static let valuedBounds: Set<String> = ["UP", "LO", "FX", "LI", "UI"]
    static let infinite = Tuning.infiniteBound

    var name = ""
    var sense = LinearProgram.Sense.minimize
    var objectiveName: String?
    var objectiveRow: String?
    var objectiveConstant = 0.0
    var rowNames: [String] = []
    var rowTypes: [Character] = []
    var rowIndex: [String: Int] = [:]
    var columnNames: [String] = []
    var columnIndex: [String: Int] = [:]
    var cost: [Double] = []
    var triplets: [(row: Int, column: Int, value: Double)] = []
    var entries = Set<Int>()
    var isInteger: [Bool] = []
    var inIntegerBlock = false
    var rhs: [Double?] = []
    var range: [Double?] = []
    var rhsLine: [Int] = []
    var lower: [Double] = []
    var upper: [Double] = []
    var lowerIsSet: [Bool] = []
    var boundLine: [Int] = []
    var sets: [MPSParser.Section: String] = [:]
    var warnings: [String] = []
    var sawObjectiveRHS = false

    mutating func addRow(type: MPSLine.Token, name: MPSLine.Token, _ p: MPSContext) throws(MPSError) {
        let kind = type.text.uppercased()
        guard ["N", "E", "L", "G"].contains(kind) else {
            throw p.error(at: type.column, "expected a row type N, E, L or G, found '\(type.text)'")
        }
        if kind == "N" && objectiveRow == nil && (objectiveName == nil || objectiveName == name.text) {
            objectiveRow = name.text
            return
        }
        guard rowIndex[name.text] == nil && name.text != objectiveRow else {
            throw p.error(at: name.column, "expected a new row name, found '\(name.text)' again")
        }
        rowIndex[name.text] = rowNames.count
        rowNames.append(name.text)
        rowTypes.append(Character(kind))
        rhs.append(nil)
        range.append(nil)
        rhsLine.append(0)
    }

    mutating func marker(_ kind: MPSLine.Token, _ p: MPSContext) throws(MPSError) {
        switch kind.text {
        case "'INTORG'": inIntegerBlock = true
        case "'INTEND'": inIntegerBlock = false
        default: throw p.error(at: kind.column, "expected 'INTORG' or 'INTEND' after 'MARKER', found \(kind.text)")
        }
    }

    /// The index of column `name`, creating it (cost 0, bounds `[0, ∞)`) on first sight.
    mutating func column(_ name: String) -> Int {
        if let j = columnIndex[name] { return j }
        columnIndex[name] = columnNames.count
        columnNames.append(name)
        cost.append(0)
        isInteger.append(inIntegerBlock)
        lower.append(0)
        upper.append(.infinity)
        lowerIsSet.append(false)
        boundLine.append(0)
        return columnNames.count - 1
    }

    mutating func addEntry(column: MPSLine.Token, row: MPSLine.Token, value: Double, _ p: MPSContext) throws(MPSError) {
        let j = self.column(column.text)
        guard value.isFinite else { throw p.error(at: row.column, "expected a finite coefficient, found \(value)") }
        if row.text == objectiveRow {
            guard !entries.contains(-1 - j) else {
                throw p.error(at: row.column, "expected one objective entry for column '\(column.text)', found a second")
            }
            entries.insert(-1 - j)
            cost[j] = value
            return
        }
        guard let i = rowIndex[row.text] else {
            throw p.error(at: row.column, "expected a row declared in ROWS, found '\(row.text)'")
        }
        guard entries.insert(i << 32 | j).inserted else {
            throw p.error(at: row.column, "expected one entry for (row '\(row.text)', column '\(column.text)'), found a second")
        }
        if value != 0 { triplets.append((i, j, value)) }
    }

    /// Keeps the first set name of a section; lines of other sets are skipped.
    mutating func acceptSet(_ set: String, for section: MPSParser.Section) -> Bool {
        guard let first = sets[section] else {
            sets[section] = set
            return true
        }
        if first == set { return true }
        let note = "\(section == .bounds ? "BOUNDS" : section == .rhs ? "RHS" : "RANGES") set '\(set)' ignored: only the first set, '\(first)', is read"
        if !warnings.contains(note) { warnings.append(note) }
        return false
    }

    mutating func setRowValue(row: MPSLine.Token, value: Double, isRange: Bool, _ p: MPSContext) throws(MPSError) {
        if row.text == objectiveRow && !isRange {
            guard !sawObjectiveRHS else { throw p.error(at: row.column, "expected one RHS for the objective, found a second") }
            sawObjectiveRHS = true
            objectiveConstant = -value
            return
        }
        guard let i = rowIndex[row.text] else {
            throw p.error(at: row.column, "expected a row declared in ROWS, found '\(row.text)'")
        }
        if isRange {
            guard range[i] == nil else { throw p.error(at: row.column, "expected one range for row '\(row.text)', found a second") }
            guard abs(value) < Self.infinite else { throw p.error(at: row.column, "expected a finite range, found \(value)") }
            range[i] = value
        } else {
            guard rhs[i] == nil else { throw p.error(at: row.column, "expected one right-hand side for row '\(row.text)', found a second") }
            rhs[i] = value
            rhsLine[i] = p.line
        }
    }

    mutating func setBound(type: MPSLine.Token, column: MPSLine.Token, value: MPSLine.Token?, _ p: MPSContext) throws(MPSError) {
        guard let j = columnIndex[column.text] else {
            throw p.error(at: column.column, "expected a column declared in COLUMNS, found '\(column.text)'")
        }
        let kind = type.text.uppercased()
        var v = 0.0
        if Self.valuedBounds.contains(kind) {
            v = Self.clip(try p.number(try p.require(value, "a value for the \(kind) bound of column '\(column.text)'"), "\(kind) bound"))
        }
        switch kind {
        case "UP", "UI":
            upper[j] = v
            if v < 0 && lower[j] == 0 && !lowerIsSet[j] {
                lower[j] = -.infinity
                warnings.append("column '\(column.text)': UP bound \(v) < 0 with no lower bound; lower bound set to -inf (line \(p.line))")
            }
        case "LO", "LI":
            (lower[j], lowerIsSet[j]) = (v, true)
        case "FX": (lower[j], upper[j], lowerIsSet[j]) = (v, v, true)
        case "FR": (lower[j], upper[j], lowerIsSet[j]) = (-.infinity, .infinity, true)
        case "MI": (lower[j], lowerIsSet[j]) = (-.infinity, true)
        case "PL": upper[j] = .infinity
        case "BV": (lower[j], upper[j], lowerIsSet[j]) = (0, 1, true)
        case "SC": throw p.error(at: type.column, "expected a continuous bound type, found SC (semi-continuous is not supported)")
        default: throw p.error(at: type.column, "expected a bound type UP, LO, FX, FR, MI, PL, BV, LI or UI, found '\(type.text)'")
        }
        if ["BV", "LI", "UI"].contains(kind) { isInteger[j] = true }
        boundLine[j] = p.line
        if lower[j] > upper[j] || lower[j] == .infinity || upper[j] == -.infinity {
            throw p.error(at: type.column, "expected lower bound <= upper bound for column '\(column.text)', found [\(lower[j]), \(upper[j])]")
        }
    }

    /// `±∞` for magnitudes of 1e20 and more.
    static func clip(_ v: Double) -> Double {
        v >= infinite ? .infinity : v <= -infinite ? -.infinity : v
    }
}

extension MPSModel {
    /// Row bounds from type, right-hand side and range, then the ``LinearProgram``.
    func build(path: String, format: MPSFormat) throws(MPSError) -> MPSFile {
        guard objectiveRow != nil else {
            throw MPSError(.invalid, path: path, "expected an objective row (type N) in ROWS, found none")
        }
        var rowLower: [Double] = [], rowUpper: [Double] = []
        for i in rowNames.indices {
            let (low, high) = Self.rowBounds(type: rowTypes[i], rhs: Self.clip(rhs[i] ?? 0), range: range[i])
            guard low < .infinity && high > -.infinity && low <= high else {
                throw MPSError(.invalid, path: path, line: rhsLine[i] > 0 ? rhsLine[i] : nil,
                               "expected a finite right-hand side for \(rowTypes[i]) row '\(rowNames[i])', found \(rhs[i] ?? 0)")
            }
            rowLower.append(low)
            rowUpper.append(high)
        }
        var warnings = self.warnings
        let integers = isInteger.indices.filter { isInteger[$0] }
        if !integers.isEmpty { warnings.append("\(integers.count) integer column(s) solved as continuous") }
        do {
            let a = try SparseMatrix(rows: rowNames.count, columns: columnNames.count, triplets: triplets)
            let problem = try LinearProgram(
                name: name, sense: sense, objective: cost, objectiveOffset: objectiveConstant, constraints: a,
                rowLower: rowLower, rowUpper: rowUpper, columnLower: lower, columnUpper: upper,
                rowNames: rowNames, columnNames: columnNames, objectiveName: objectiveRow ?? "obj",
                integerColumns: integers)
            return MPSFile(problem: problem, format: format, warnings: warnings)
        } catch {
            throw MPSError(.invalid, path: path, error.description)
        }
    }

    /// `[rₗ, rᵤ]` of an `N`, `E`, `L` or `G` row with right-hand side `b` and range `R`.
    static func rowBounds(type: Character, rhs b: Double, range r: Double?) -> (Double, Double) {
        switch (type, r) {
        case ("N", _): (-.infinity, .infinity)
        case ("E", nil): (b, b)
        case ("E", let r?): r >= 0 ? (b, b + r) : (b + r, b)
        case ("L", nil): (-.infinity, b)
        case ("L", let r?): (b - abs(r), b)
        case ("G", nil): (b, .infinity)
        case ("G", let r?): (b, b + abs(r))
        default: (-.infinity, .infinity)
        }
    }
}
