#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Equilibration of the problem data by powers of two.
///
/// Ruiz's iteration (Ruiz, "A scaling algorithm to equilibrate both rows and
/// columns norms in matrices", RAL-TR-2001-034) drives every row and column
/// of `A` towards infinity norm 1:
///
/// ```
/// Rᵢ ← Rᵢ / √‖(R A C)ᵢ,:‖∞,   Cⱼ ← Cⱼ / √‖(R A C):,ⱼ‖∞
/// ```
///
/// then the cost and the bounds are normalized by one factor each:
///
/// ```
/// Â = R A C,  ĉ = ω C c,  [r̂ₗ, r̂ᵤ] = β R [rₗ, rᵤ],  [l̂, û] = β C⁻¹ [l, u]
/// x = C x̂ / β,  y = R ŷ / ω,  d = d̂ / (ω C),  ĉᵀx̂ = ω β cᵀx
/// ```
///
/// Every factor is rounded to a power of two, so scaling and unscaling are
/// exact in binary floating point: the scaled problem has the same solutions
/// bit for bit, and unscaling adds no rounding error.
struct Scaling: Sendable {
    /// `R`, one per row.
    let row: [Double]
    /// `C`, one per column.
    let column: [Double]
    /// `ω`, the cost factor.
    let objective: Double
    /// `β`, the bound factor.
    let bound: Double

    /// No scaling.
    init(identityFor problem: BoundedForm) {
        row = Array(repeating: 1, count: problem.rows)
        column = Array(repeating: 1, count: problem.columns)
        objective = 1
        bound = 1
    }

    /// Ruiz equilibration of `problem.a`, then cost and bound normalization.
    init(equilibrating problem: BoundedForm) {
        var r = [Double](repeating: 1, count: problem.rows)
        var c = [Double](repeating: 1, count: problem.columns)
        let a = problem.a
        for _ in 0..<Tuning.ruizIterations {
            var rowNorm = [Double](repeating: 0, count: a.rows), columnNorm = [Double](repeating: 0, count: a.columns)
            for j in 0..<a.columns {
                for k in a.entries(ofColumn: j) {
                    let v = abs(r[a.rowIndices[k]] * a.values[k] * c[j])
                    rowNorm[a.rowIndices[k]] = max(rowNorm[a.rowIndices[k]], v)
                    columnNorm[j] = max(columnNorm[j], v)
                }
            }
            let deviation = (rowNorm + columnNorm).reduce(0) { $1 > 0 ? max($0, abs(1 - $1)) : $0 }
            if deviation <= Tuning.ruizTolerance { break }
            for i in r.indices where rowNorm[i] > 0 { r[i] /= rowNorm[i].squareRoot() }
            for j in c.indices where columnNorm[j] > 0 { c[j] /= columnNorm[j].squareRoot() }
        }
        row = r.map(Self.powerOfTwo)
        column = c.map(Self.powerOfTwo)
        let costNorm = zip(problem.c, column).reduce(0) { max($0, abs($1.0 * $1.1)) }
        objective = costNorm > 0 ? Self.powerOfTwo(1 / costNorm) : 1
        var boundNorm = 0.0
        for i in 0..<problem.rows {
            for v in [problem.rowLower[i], problem.rowUpper[i]] where v.isFinite { boundNorm = max(boundNorm, abs(v * row[i])) }
        }
        for j in 0..<problem.columns {
            for v in [problem.columnLower[j], problem.columnUpper[j]] where v.isFinite {
                boundNorm = max(boundNorm, abs(v / column[j]))
            }
        }
        bound = boundNorm > 0 ? Self.powerOfTwo(1 / boundNorm) : 1
    }

    /// The scaled problem; its offset is scaled like the objective, `ω β c₀`.
    func apply(to problem: BoundedForm) -> BoundedForm {
        let (r, c, w, b) = (row, column, objective, bound)
        return BoundedForm(
            a: problem.a.scaled(rows: r, columns: c),
            c: problem.c.indices.map { w * c[$0] * problem.c[$0] }, offset: w * b * problem.offset,
            rowLower: problem.rowLower.indices.map { b * r[$0] * problem.rowLower[$0] },
            rowUpper: problem.rowUpper.indices.map { b * r[$0] * problem.rowUpper[$0] },
            columnLower: problem.columnLower.indices.map { b * problem.columnLower[$0] / c[$0] },
            columnUpper: problem.columnUpper.indices.map { b * problem.columnUpper[$0] / c[$0] })
    }

    /// `x = C x̂ / β`.
    func unscalePrimal(_ x: [Double]) -> [Double] { x.indices.map { column[$0] * x[$0] / bound } }
    /// `y = R ŷ / ω`.
    func unscaleDual(_ y: [Double]) -> [Double] { y.indices.map { row[$0] * y[$0] / objective } }
    /// A ray's direction only: `d = C d̂`.
    func unscaleRay(_ d: [Double]) -> [Double] { d.indices.map { column[$0] * d[$0] } }
    /// A Farkas ray's direction only: `y = R ŷ`.
    func unscaleFarkas(_ y: [Double]) -> [Double] { y.indices.map { row[$0] * y[$0] } }

    /// `2^round(log₂ v)` for `v > 0`, clamped to `2^±60`.
    static func powerOfTwo(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        return Double(sign: .plus, exponent: Int(log2(v).rounded()).clamped(to: -60...60), significand: 1)
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
