/// The operation's budget: the total, its lines, and the prices the ledger charges against them.
public struct Budget: Sendable, Hashable {
    /// What a budget line pays for; the simulation's ledger charges each cost to its line.
    public enum LineKind: String, CaseIterable, Sendable, Hashable {
        /// Per-diem allowance (uang saku, meals, transport, health) per person-day.
        case allowance
        /// Fuel for patrols, escorts and responses.
        case fuel
        /// Vehicle repairs and maintenance.
        case maintenance
        /// Allowances of BKO reinforcement.
        case bko
        /// Reserve for contingencies.
        case contingency
        /// Anything else (equipment, communications, administration).
        case other
    }

    public struct Line: Sendable, Hashable {
        public var kind: LineKind
        public var rupiah: Int
        public init(kind: LineKind, rupiah: Int) { self.kind = kind; self.rupiah = rupiah }
    }

    /// The whole budget, rupiah.
    public var totalRupiah: Int
    /// Allocation by line; the lines sum to at most the total, and what is left is unallocated.
    public var lines: [Line]
    /// Allowance per person per day, rupiah (2019: Rp 171,000 [58]).
    public var allowancePerPersonDayRupiah: Int = 171_000
    /// Allowance of a BKO person per day, rupiah.
    public var bkoAllowancePerPersonDayRupiah: Int = 171_000
    /// Fuel price per litre, rupiah (Kalbar, Feb 2024 [59]).
    public var fuelPriceRupiahPerLitre: [FuelType: Int] = [.pertalite: 10_000, .pertamax: 13_500, .dexlite: 14_900, .solar: 6_800]
    /// Cost of one vehicle repair, rupiah.
    public var repairCostRupiah: Int = 1_500_000

    public init(totalRupiah: Int, lines: [Line]) {
        self.totalRupiah = totalRupiah
        self.lines = lines
    }

    /// The rupiah allocated to a line kind (0 if the scenario has no such line).
    public func allocated(_ kind: LineKind) -> Int { lines.filter { $0.kind == kind }.reduce(0) { $0 + $1.rupiah } }

    /// Budget not allocated to any line.
    public var unallocatedRupiah: Int { totalRupiah - lines.reduce(0) { $0 + $1.rupiah } }
}
