/// Checking infeasibility certificates on the original data.
///
/// The solver never returns ``Status/primalInfeasible`` or
/// ``Status/dualInfeasible`` without a certificate that passes these checks
/// on the problem as the caller gave it (before presolve and scaling).
///
/// A floating-point ray satisfies its sign conditions only approximately. The
/// checks normalize the ray (`‖·‖∞ = 1`) and accept it when the largest
/// violated term, weighed by the data's magnitude, is at most `tolerance`
/// times the ray's value:
///
/// ```
/// Farkas:  value(y) > 0  and  max violation · (1 + max finite |bound|) ≤ tol · value(y)
/// ray:     -cᵀd > 0      and  max violation · (1 + ‖c‖∞)              ≤ tol · (-cᵀd)
/// ```
///
/// so that no `x` with entries up to the bounds' magnitude can close the gap
/// the ray opens.
extension LinearProgram {
    /// Whether `y` proves that no `x` satisfies `rₗ ≤ A x ≤ rᵤ, l ≤ x ≤ u`
    /// (see ``Certificate/farkas(rowMultipliers:)``).
    public func verifiesFarkas(_ y: [Double], tolerance: Double = 1e-6) -> Bool {
        guard let check = farkasCheck(y) else { return false }
        return check.value > 0 && check.violation * (1 + boundMagnitude) <= tolerance * check.value
    }

    /// Whether `d` is an improving ray of the constraints' recession cone
    /// (see ``Certificate/unboundedRay(direction:)``).
    public func verifiesUnboundedRay(_ d: [Double], tolerance: Double = 1e-6) -> Bool {
        guard let check = rayCheck(d) else { return false }
        let cMax = objective.reduce(0) { max($0, abs($1)) }
        return check.value > 0 && check.violation * (1 + cMax) <= tolerance * check.value
    }

    /// The Farkas value `Σ (yᵢ⁺ rₗᵢ - yᵢ⁻ rᵤᵢ) + Σ (zⱼ⁺ lⱼ - zⱼ⁻ uⱼ)` over the
    /// finite terms and the largest term that multiplies an infinite bound,
    /// for `y` scaled to `‖y‖∞ = 1` and `z = -Aᵀy`.
    func farkasCheck(_ rawY: [Double]) -> (value: Double, violation: Double)? {
        guard rawY.count == rowCount, let y = Self.normalized(rawY) else { return nil }
        let z = constraints.transposeTimes(y).map { -$0 }
        var value = 0.0, violation = 0.0
        for i in 0..<rowCount {
            let term = Self.support(y[i], rowLower[i], rowUpper[i])
            value += term.value
            violation = max(violation, term.violation)
        }
        for j in 0..<columnCount {
            let term = Self.support(z[j], columnLower[j], columnUpper[j])
            value += term.value
            violation = max(violation, term.violation)
        }
        return (value, violation)
    }

    /// The improvement `-cᵀd` (minimize) or `cᵀd` (maximize) for `d` scaled to
    /// `‖d‖∞ = 1`, and the largest violation of the recession-cone signs.
    func rayCheck(_ rawD: [Double]) -> (value: Double, violation: Double)? {
        guard rawD.count == columnCount, let d = Self.normalized(rawD) else { return nil }
        let cd = zip(objective, d).reduce(0) { $0 + $1.0 * $1.1 }
        let ad = constraints.times(d)
        var violation = 0.0
        for i in 0..<rowCount {
            if rowLower[i] > -.infinity { violation = max(violation, -ad[i]) }
            if rowUpper[i] < .infinity { violation = max(violation, ad[i]) }
        }
        for j in 0..<columnCount {
            if columnLower[j] > -.infinity { violation = max(violation, -d[j]) }
            if columnUpper[j] < .infinity { violation = max(violation, d[j]) }
        }
        return (sense == .minimize ? -cd : cd, violation)
    }

    /// The largest finite bound magnitude, rows and columns.
    var boundMagnitude: Double {
        var largest = 0.0
        for bound in rowLower + rowUpper + columnLower + columnUpper where bound.isFinite {
            largest = max(largest, abs(bound))
        }
        return largest
    }

    /// The support term `v⁺ lower - v⁻ upper` of one multiplier: its finite
    /// value and, when it multiplies an infinite bound, the multiplier's size.
    static func support(_ v: Double, _ lower: Double, _ upper: Double) -> (value: Double, violation: Double) {
        if v > 0 { return lower.isFinite ? (v * lower, 0) : (0, v) }
        if v < 0 { return upper.isFinite ? (v * upper, 0) : (0, -v) }
        return (0, 0)
    }

    /// `v / ‖v‖∞`, or `nil` for a zero or non-finite vector.
    static func normalized(_ v: [Double]) -> [Double]? {
        let norm = v.reduce(0) { max($0, abs($1)) }
        guard norm > 0, norm.isFinite, v.allSatisfy(\.isFinite) else { return nil }
        return v.map { $0 / norm }
    }
}
