import Optimization
import Scenario

/// Why no plan meets the constraints, in the planner's words: the rows the solver's Farkas
/// certificate names, and by how much each cap falls short.
///
/// A certificate is a multiplier `y_i` per row with `Σ_i (y_i⁺ rₗᵢ - y_i⁻ rᵤᵢ) + Σ_j (z_j⁺ l_j -
/// z_j⁻ u_j) > 0` for `z = -Aᵀy` (Farkas' lemma; Solution.swift): the rows with `y_i > 0` are
/// demands that cannot all be met (here the doctrine minimum), those with `y_i < 0` caps (the
/// force, a budget row). Second-stage rows never conflict (unmet demand absorbs any shortfall),
/// and the operable-vehicle rows cannot (zero vehicles meet them), so only the minimum, force and
/// budget rows with `|y_i| > 1e-7 max |y|` are named. An interior-point certificate is a ray
/// inside the cone of certificates, so its value mixes several conflicts; the shortfall is instead
/// computed exactly at the cheapest point the minimum allows, `G = Σ_c max(M_c, Σ_{z∈c} m_z)`
/// guards and no reserves (every cap grows with G and R): `G - N` police for the force row,
/// `b_G G + b_0 - B` rupiah for a budget row. Caps the certificate names that are not short are
/// left out.
public struct InfeasibilityReport: Sendable {
    public let message: String
    /// The rows named in the message.
    public let rows: [String]

    public init(model: DeploymentModel, solution: Solution) {
        guard case let .farkas(y)? = solution.certificate else {
            message = "no plan meets the constraints (the solver found no certificate to say which)"
            rows = []
            return
        }
        let lp = model.program, instance = model.instance
        let largest = (0..<model.firstStageRowCount).reduce(0) { max($0, abs(y[$1])) }
        let named = (0..<model.firstStageRowCount).filter { i in
            guard abs(y[i]) > 1e-7 * largest else { return false }
            switch model.rowKinds[i] {
            case .minimum, .zoneMinimum: return y[i] > 0
            case .force, .budget: return y[i] < 0
            default: return false
            }
        }
        let guards = Double(Self.minimumGuards(instance))
        var caps: [(row: Int, text: String)] = []
        for i in named where y[i] < 0 {
            switch model.rowKinds[i] {
            case .force:
                let short = guards - lp.rowUpper[i]
                if short > 1e-6 { caps.append((i, Self.describe(model, row: i) + ": short by \(Self.whole(short)) police")) }
            case .budget(let name):
                guard let row = instance.budgetRows.first(where: { $0.name == name }) else { continue }
                let short = row.perGuardRupiah * guards + row.constantRupiah - row.limitRupiah
                if short > 0.5 {
                    caps.append((i, Self.describe(model, row: i)
                                 + ": short by Rp \(Self.whole(short)) (each guard costs Rp \(Self.whole(row.perGuardRupiah)))"))
                }
            default: break
            }
        }
        let needs = named.filter { y[$0] > 0 }
        rows = (needs + caps.map(\.row)).map { lp.rowNames[$0] }
        let parts = Self.describeNeeds(model, rows: needs) + caps.map(\.text)
        message = "no plan meets these constraints together: " + parts.joined(separator: "; ")
    }

    /// Guard police of the cheapest plan the minimum allows: each category's `max(M_c, Σ m_z)`.
    static func minimumGuards(_ instance: DeploymentInstance) -> Int {
        VulnerabilityCategory.allCases.reduce(0) { sum, category in
            let zones = instance.zones.indices.filter { instance.zones[$0].category == category }
            return sum + max(instance.minimum[category] ?? 0, zones.reduce(0) { $0 + instance.zoneMinimum[$1] })
        }
    }

    /// The plan's fixed costs a line cannot pay: rows of no variable whose constant exceeds the
    /// limit (expected fuel or repairs above their line), or nil.
    public static func constantRows(_ instance: DeploymentInstance) -> String? {
        for row in instance.budgetRows where row.perGuardRupiah == 0 && row.perReserveRupiah == 0 && row.constantRupiah > row.limitRupiah + 0.5 {
            return "the expected \(row.name) of the operation, Rp \(whole(row.constantRupiah)), exceeds the \(row.name) line, "
                + "Rp \(whole(row.limitRupiah)): short by Rp \(whole(row.constantRupiah - row.limitRupiah))"
        }
        return nil
    }

    /// The minimum rows as one phrase, "the doctrine minimum needs 450 police (sangat rawan 32,
    /// ...)", then any other rows.
    /// The figures are the categories' minimum police `M_c` for the categories whose rows (their
    /// category row or a zone's) the certificate names.
    static func describeNeeds(_ model: DeploymentModel, rows: [Int]) -> [String] {
        var categories = Set<VulnerabilityCategory>(), others: [String] = []
        for i in rows {
            switch model.rowKinds[i] {
            case .minimum(let category): categories.insert(category)
            case .zoneMinimum(let z): categories.insert(model.instance.zones[z].category)
            default: others.append(describe(model, row: i))
            }
        }
        guard !categories.isEmpty else { return others }
        let named = VulnerabilityCategory.allCases.filter { categories.contains($0) }
        let figures = named.map { category in
            (category, max(model.instance.minimum[category] ?? 0,
                           model.instance.zones.indices.filter { model.instance.zones[$0].category == category }
                               .reduce(0) { $0 + model.instance.zoneMinimum[$1] }))
        }
        let total = figures.reduce(0) { $0 + $1.1 }
        let parts = figures.map { "\($0.0.displayName) \(groupDigits($0.1))" }.joined(separator: ", ")
        return ["the doctrine minimum needs \(groupDigits(total)) police (\(parts))"] + others
    }

    static func describe(_ model: DeploymentModel, row i: Int) -> String {
        let lp = model.program, instance = model.instance
        switch model.rowKinds[i] {
        case .minimum(let category):
            return "the doctrine minimum for \(category.displayName) TPS needs \(whole(lp.rowLower[i])) police"
        case .force:
            return "the deployable force is \(whole(lp.rowUpper[i]))"
        case .budget(let name):
            guard let row = instance.budgetRows.first(where: { $0.name == name }) else { return "the \(name) budget" }
            let committed = row.constantRupiah > 0 ? " (Rp \(whole(row.constantRupiah)) of it committed to fixed costs)" : ""
            return "the \(name) budget is Rp \(whole(row.limitRupiah))\(committed)"
        case .operable(let v):
            return "\(whole(lp.rowUpper[i])) operable \(instance.vehicles[v].label)"
        default:
            return lp.rowNames[i]
        }
    }

    static func whole(_ value: Double) -> String { groupDigits(Int(value.rounded())) }
}

/// `1,227,895,000`.
func groupDigits(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (n, c) in digits.enumerated() {
        if n > 0 && (digits.count - n) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (value < 0 ? "-" : "") + out
}
