/// The Polres force and its support: personnel by unit, the share deployed for the election
/// operation, the standing reserve, TNI and Linmas support, BKO reinforcement and shift rules.
public struct Force: Sendable, Hashable {
    /// Personnel of one unit (Sabhara, Brimob, Lantas, Intelkam, Reskrim, Bhabinkamtibmas, ...).
    public struct Unit: Sendable, Hashable {
        public var id: String
        public var personnel: Int
        public init(id: String, personnel: Int) { self.id = id; self.personnel = personnel }
    }

    /// Reinforcement placed under the Polres (bawah kendali operasi) by the Polda on request.
    public struct BKO: Sendable, Hashable {
        /// Personnel the Polda can send.
        public var personnel: Int = 0
        /// Hours from the request to arrival.
        public var delayHours: Double = 12
        public init() {}
    }

    /// Duty rules. 2019 showed that duty hours kill (DOMAIN.md section 2, 6).
    public struct Shift: Sendable, Hashable {
        /// Longest continuous duty before relief is due, hours.
        public var maxDutyHours: Double = 12
        /// Rest after a shift, hours.
        public var restHours: Double = 8
        public init() {}
    }

    public var units: [Unit]
    /// Share of the force deployed for the election; the rest keep routine duty. Default 2/3 (Kabaharkam 2023).
    public var deployableFraction: Double = 2.0 / 3.0
    /// Of the deployed force, personnel held as reserve ("power on hand").
    public var reservePersonnel: Int = 0
    /// Linmas (civil protection) guards per TPS, assigned by local government.
    public var linmasPerTPS: Int = 2
    /// TNI personnel supporting the operation under Polri control.
    public var tniPersonnel: Int = 0
    public var bko = BKO()
    public var shift = Shift()

    public init(units: [Unit]) { self.units = units }

    /// All Polres personnel.
    public var totalPersonnel: Int { units.reduce(0) { $0 + $1.personnel } }

    /// Personnel deployed for the operation: `floor(total * fraction)`, with a 1e-9 tolerance so that
    /// 552 * 2/3 gives 368 despite binary rounding.
    public var deployablePersonnel: Int { Int((Double(totalPersonnel) * deployableFraction + 1e-9).rounded(.down)) }

    /// Personnel left on routine duty.
    public var routinePersonnel: Int { totalPersonnel - deployablePersonnel }

    /// The TNI cap: at most 2/3 of Polri's strength, under Polri control (DOMAIN.md section 2, [8]).
    public var tniCap: Int { Int((Double(totalPersonnel) * 2.0 / 3.0 + 1e-9).rounded(.down)) }
}
