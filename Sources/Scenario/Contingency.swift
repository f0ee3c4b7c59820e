/// A scripted or random overlay on the base scenario: a flood, a protest at the KPU office,
/// a vehicle failure wave, a communication outage, a hoax surge, or reinforcement arriving.
///
/// Parameters that a kind does not use must be absent; those it needs must be present (the
/// loader enforces both, so a flood cannot silently carry a dispatch delay).
public struct Contingency: Sendable, Hashable {
    public var id: String
    public var kind: ContingencyKind
    /// Chance that it happens in a replication; 1 makes it scripted.
    public var probability: Double
    public var startMinute: Double
    public var endMinute: Double
    /// Kecamatan affected; empty means the whole district.
    public var kecamatan: [String]
    /// flood: travel times multiplied by this (>= 1).
    public var travelTimeMultiplier: Double?
    /// flood: share of affected TPS moved to another site.
    public var tpsMovedShare: Double?
    /// hoax_surge, kpu_protest: incident rates multiplied by this (>= 1).
    public var rateMultiplier: Double?
    /// comms_outage: extra minutes before a dispatch goes out.
    public var dispatchDelayMinutes: Double?
    /// vehicle_failure_wave: share of working vehicles that fail at the start.
    public var vehicleFailureShare: Double?
    /// reinforcement: personnel arriving; kpu_protest: responders the protest ties down.
    public var personnel: Int?

    /// The parameters each kind requires (first list) and may take (second list), by YAML key.
    static let parameters: [ContingencyKind: (required: [String], optional: [String])] = [
        .flood: (["travel_time_multiplier"], ["tps_moved_share"]),
        .kpuProtest: (["personnel"], ["rate_multiplier"]),
        .vehicleFailureWave: (["vehicle_failure_share"], []),
        .commsOutage: (["dispatch_delay_minutes"], []),
        .hoaxSurge: (["rate_multiplier"], []),
        .reinforcement: (["personnel"], []),
    ]
}
