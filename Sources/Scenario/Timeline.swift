/// The election operation's calendar: phases that partition time, and scheduled escort tasks.
///
/// Times are minutes from 00:00 local time on election day (H0). A scenario writes them as
/// `H-4`, `H-4 06:00`, `H0 07:00`, `H+1 12:00`, or as a local date and time `2024-02-14T07:00`.
public struct Timeline: Sendable, Hashable {
    /// A phase with its own incident intensity and guard duties. Phases are ordered and do not overlap.
    public struct Phase: Sendable, Hashable {
        public var id: String
        public var kind: PhaseKind
        public var startMinute: Double
        public var endMinute: Double
        /// Multiplier on every incident type's base rate during the phase.
        public var incidentIntensity: Double
        /// Guard duties held during the phase (TPS, PPK, KPU).
        public var guardDuties: Set<IncidentSite>
        /// Allowance per person-day during the phase, if it differs from the budget's default.
        public var allowancePerPersonDayRupiah: Int?

        public var durationMinutes: Double { endMinute - startMinute }
    }

    /// A convoy task: ballots and logistics out to the PPK and TPS, or results in to the KPU.
    public struct Escort: Sendable, Hashable {
        public enum Kind: String, CaseIterable, Sendable, Hashable { case ballotsOut = "ballots_out", resultsIn = "results_in" }
        public var id: String
        public var kind: Kind
        public var startMinute: Double
        public var endMinute: Double
        /// Personnel riding with each convoy.
        public var personnelPerConvoy: Int
        /// Convoys (Ketapang 2019: 14 trucks to 7 inland kecamatan [49]).
        public var convoys: Int
        public var vehicle: VehicleKind
    }

    /// Election day (H0) as `YYYY-MM-DD`.
    public var electionDay: String
    /// Local time offset from UTC, hours (WIB: +7).
    public var utcOffsetHours: Int
    public var phases: [Phase]
    public var escorts: [Escort]

    /// Start of the first phase, minutes from H0.
    public var startMinute: Double { phases.first?.startMinute ?? 0 }
    /// End of the last phase, minutes from H0.
    public var endMinute: Double { phases.last?.endMinute ?? 0 }
}
