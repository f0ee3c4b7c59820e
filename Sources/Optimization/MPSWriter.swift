/// Writes a ``LinearProgram`` as free-format MPS that ``MPSReader`` reads
/// back to an equal problem: same names, order, sense, offset, coefficients,
/// bounds and integer markers, every number in Swift's shortest round-trip
/// form.
///
/// Rows: `rₗ = rᵤ` is `E`; one infinite side `L` or `G`; both finite a `G`
/// row with `RHS rₗ` and `RANGES rᵤ - rₗ`; both infinite an extra `N` row
/// (the reader keeps later `N` rows as free rows). Columns: `LO`/`UP` for
/// finite bounds other than `[0, ∞)`, `FX` for `l = u`, `FR` for free, `MI`
/// for `l = -∞` (then `UP`). Columns with no entry are written with an
/// objective entry (possibly 0) so that they exist.
public enum MPSWriter {
    /// The MPS text of `problem`.
    ///
    /// - Throws: ``MPSError`` (`.unwritable`) when a name is empty or holds
    ///   whitespace, which free MPS cannot represent.
    public static func text(_ problem: LinearProgram) throws(MPSError) -> String {
        for name in [problem.objectiveName] + problem.rowNames + problem.columnNames
        where name.isEmpty || name.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw MPSError(.unwritable, path: problem.name, "expected names without whitespace for free MPS, found '\(name)'")
        }
        var out = "NAME \(problem.name)\n"
        if problem.sense == .maximize { out += "OBJSENSE\n    MAX\n" }
        out += rows(problem)
        out += columns(problem)
        out += rightHandSides(problem)
        out += bounds(problem)
        out += "ENDATA\n"
        return out
    }

    private static func rows(_ p: LinearProgram) -> String {
        var out = "ROWS\n N  \(p.objectiveName)\n"
        for i in 0..<p.rowCount {
            let (l, u) = (p.rowLower[i], p.rowUpper[i])
            let type = l == u ? "E" : l == -.infinity && u == .infinity ? "N" : l == -.infinity ? "L" : "G"
            out += " \(type)  \(p.rowNames[i])\n"
        }
        return out
    }

    private static func columns(_ p: LinearProgram) -> String {
        var out = "COLUMNS\n", inIntegers = false
        let integer = Set(p.integerColumns)
        for j in 0..<p.columnCount {
            if integer.contains(j) != inIntegers {
                inIntegers.toggle()
                out += "    MARKER  'MARKER'  \(inIntegers ? "'INTORG'" : "'INTEND'")\n"
            }
            let name = p.columnNames[j], a = p.constraints
            if p.objective[j] != 0 || a.entries(ofColumn: j).isEmpty {
                out += "    \(name)  \(p.objectiveName)  \(number(p.objective[j]))\n"
            }
            for k in a.entries(ofColumn: j) {
                out += "    \(name)  \(p.rowNames[a.rowIndices[k]])  \(number(a.values[k]))\n"
            }
        }
        if inIntegers { out += "    MARKER  'MARKER'  'INTEND'\n" }
        return out
    }

    private static func rightHandSides(_ p: LinearProgram) -> String {
        var rhs = "", ranges = ""
        if p.objectiveOffset != 0 { rhs += "    RHS  \(p.objectiveName)  \(number(-p.objectiveOffset))\n" }
        for i in 0..<p.rowCount {
            let (l, u) = (p.rowLower[i], p.rowUpper[i])
            let b = l.isFinite ? l : u
            if b.isFinite && b != 0 { rhs += "    RHS  \(p.rowNames[i])  \(number(b))\n" }
            if l.isFinite && u.isFinite && l != u { ranges += "    RNG  \(p.rowNames[i])  \(number(range(l, u)))\n" }
        }
        return (rhs.isEmpty ? "" : "RHS\n" + rhs) + (ranges.isEmpty ? "" : "RANGES\n" + ranges)
    }

    private static func bounds(_ p: LinearProgram) -> String {
        var out = ""
        for j in 0..<p.columnCount {
            let (l, u, name) = (p.columnLower[j], p.columnUpper[j], p.columnNames[j])
            if l == u {
                out += " FX BND  \(name)  \(number(l))\n"
            } else if l == -.infinity && u == .infinity {
                out += " FR BND  \(name)\n"
            } else {
                if l == -.infinity { out += " MI BND  \(name)\n" } else if l != 0 { out += " LO BND  \(name)  \(number(l))\n" }
                if u.isFinite { out += " UP BND  \(name)  \(number(u))\n" }
            }
        }
        return out.isEmpty ? "" : "BOUNDS\n" + out
    }

    /// The range `R` of a `G` row `[l, u]`: `u - l`, nudged by an ulp when
    /// rounding would make the reader's `l + R` miss `u`.
    static func range(_ l: Double, _ u: Double) -> Double {
        let r = u - l
        return [r, r.nextUp, r.nextDown].first { l + $0 == u } ?? r
    }

    /// Swift's shortest representation that reads back to the same `Double`.
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }
}
