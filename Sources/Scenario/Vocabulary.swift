/// TPS vulnerability categories used by Polri and Bawaslu in 2024 (DOMAIN.md section 1):
/// kurang rawan (less vulnerable), rawan (vulnerable), sangat rawan (very vulnerable) and
/// khusus (special locations such as a prison). Polri 2024 has no "aman" tier.
public enum VulnerabilityCategory: String, CaseIterable, Sendable, Hashable, Codable {
    case kurangRawan = "kurang_rawan"
    case rawan
    case sangatRawan = "sangat_rawan"
    case khusus

    /// The planner's name, as in Polri documents.
    public var displayName: String {
        switch self {
        case .kurangRawan: "kurang rawan"
        case .rawan: "rawan"
        case .sangatRawan: "sangat rawan"
        case .khusus: "khusus"
        }
    }
}

/// How a place is reached: by road, only by river (boat), or a remote place reached slowly off-road.
public enum AccessType: String, CaseIterable, Sendable, Hashable, Codable {
    case road, river, remote
}

/// What a post is.
public enum PostKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// District police headquarters (Mapolres).
    case polres
    /// Sub-district police post (Polsek); TPS belong to one.
    case polsek
    /// The district election commission office (KPU kabupaten), where recapitulation ends.
    case kpu
    /// The kecamatan election committee (PPK), where recapitulation starts.
    case ppk
    /// Any other staging post (a Brimob camp, a jetty, a temporary post).
    case staging
}

/// Vehicle kinds; speed and fuel depend on the kind and on the access type.
public enum VehicleKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// R2 (roda dua).
    case motorcycle
    /// R4 patrol car (roda empat).
    case car
    /// Troop or logistics truck.
    case truck
    /// River or sea boat (speedboat, longboat).
    case boat
}

/// Fuels sold in Kalimantan Barat, priced in the budget (DOMAIN.md section 7).
public enum FuelType: String, CaseIterable, Sendable, Hashable, Codable {
    case pertalite, pertamax, dexlite, solar
}

/// What happens in a phase of the operation.
public enum PhaseKind: String, CaseIterable, Sendable, Hashable, Codable {
    case campaign
    case quiet = "quiet_period"
    case voting
    case counting
    case recapitulation
    case other
}

/// Where incidents of a type happen.
public enum IncidentSite: String, CaseIterable, Sendable, Hashable, Codable {
    /// At or near a polling station.
    case tps
    /// At a PPK (kecamatan recapitulation).
    case ppk
    /// At the KPU office.
    case kpu
}

/// The contingencies the operations model knows (ARCHITECTURE.md, "Contingencies").
public enum ContingencyKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Travel slower in a region for a period; some TPS moved.
    case flood
    /// Mass protest at the KPU office during recapitulation.
    case kpuProtest = "kpu_protest"
    /// Many vehicles fail at once.
    case vehicleFailureWave = "vehicle_failure_wave"
    /// Dispatch is delayed while radios and phones are down.
    case commsOutage = "comms_outage"
    /// Incident rates multiplied in a region.
    case hoaxSurge = "hoax_surge"
    /// Extra personnel (BKO) arrive.
    case reinforcement
}

/// A probability distribution of a positive duration, as written in a scenario.
public enum DurationDistribution: Sendable, Hashable {
    case fixed(minutes: Double)
    case exponential(meanMinutes: Double)
    /// Lognormal with the given mean and standard deviation of the duration itself.
    case lognormal(meanMinutes: Double, sdMinutes: Double)
    case triangular(minMinutes: Double, modeMinutes: Double, maxMinutes: Double)

    /// The mean duration in minutes.
    public var meanMinutes: Double {
        switch self {
        case .fixed(let m): m
        case .exponential(let m): m
        case .lognormal(let m, _): m
        case .triangular(let a, let c, let b): (a + b + c) / 3
        }
    }
}

/// The distribution names a scenario may use.
enum DurationDistributionName: String, CaseIterable {
    case fixed, exponential, lognormal, triangular
}
