import Scenario

/// What one replication of the operation produced: its KPIs, optionally every incident, and an
/// hourly time series. The runner merges results in replication order, so outputs do not depend
/// on which thread ran which replication.
public struct ReplicationResult: Sendable, Equatable {
    /// Replication number, from 0.
    public var replication: Int
    /// One value per KPI, in the order of `KPI.all`. NaN where a KPI is undefined in this
    /// replication (e.g. the share answered within target when no river incident happened).
    public var kpis: [Double]
    /// Every incident, in order of occurrence; empty when the incident log is off.
    public var incidents: [IncidentRecord]
    /// One sample per hour from the start of the timeline.
    public var hourly: HourlySeries
    /// Person-hours on duty in each phase of the timeline (guards, detachments, reserves and
    /// patrols, BKO), in the scenario's phase order.
    public var personnelHoursByPhase: [Double]
    /// Kernel events handled in the replication (for throughput measurements).
    public var events: UInt64 = 0
    /// Every incident's response time, binned (filled whether or not the incident log is on).
    public var responses = ResponseHistogram()

    public init(replication: Int, kpis: [Double], incidents: [IncidentRecord], hourly: HourlySeries,
                personnelHoursByPhase: [Double] = []) {
        self.replication = replication
        self.kpis = kpis
        self.incidents = incidents
        self.hourly = hourly
        self.personnelHoursByPhase = personnelHoursByPhase
    }
}

/// One incident's history. Times are minutes from H0 00:00 (NaN when it never happened, e.g. an
/// incident still waiting at the end has no arrival).
public struct IncidentRecord: Sendable, Equatable {
    /// Index into the scenario's incident types.
    public var type: Int32
    /// Where: a TPS index for TPS incidents, else a post index (PPK or KPU).
    public var site: Int32
    public var siteIsPost: Bool
    /// Severity when it occurred, and at the end (after escalations).
    public var initialSeverity: Int8
    public var finalSeverity: Int8
    public var occurredMinute: Double
    /// First responder (guard or dispatched unit) on scene.
    public var firstArrivalMinute: Double
    /// Full required strength on scene.
    public var fullStrengthMinute: Double
    /// First dispatch from a post (NaN when guards alone handled it).
    public var dispatchMinute: Double
    public var resolvedMinute: Double
    /// Responders needed at the end (after escalations).
    public var respondersNeeded: Int16
    /// Most responders on scene at once.
    public var respondersMax: Int16
    public var escalations: Int8
    /// True for an offspring of the contagion process.
    public var isContagion: Bool
    public var access: AccessType

    public init(type: Int32, site: Int32, siteIsPost: Bool, initialSeverity: Int8, finalSeverity: Int8,
                occurredMinute: Double, firstArrivalMinute: Double, fullStrengthMinute: Double,
                dispatchMinute: Double, resolvedMinute: Double, respondersNeeded: Int16, respondersMax: Int16,
                escalations: Int8, isContagion: Bool, access: AccessType) {
        self.type = type
        self.site = site
        self.siteIsPost = siteIsPost
        self.initialSeverity = initialSeverity
        self.finalSeverity = finalSeverity
        self.occurredMinute = occurredMinute
        self.firstArrivalMinute = firstArrivalMinute
        self.fullStrengthMinute = fullStrengthMinute
        self.dispatchMinute = dispatchMinute
        self.resolvedMinute = resolvedMinute
        self.respondersNeeded = respondersNeeded
        self.respondersMax = respondersMax
        self.escalations = escalations
        self.isContagion = isContagion
        self.access = access
    }
}

/// Hourly samples over the timeline, taken at the start of each hour (index 0 = the timeline's start).
public struct HourlySeries: Sendable, Equatable {
    public var activeIncidents: [Double] = []
    public var idleReserves: [Double] = []
    public var workingVehicles: [Double] = []
    public var personnelOnDuty: [Double] = []
    /// Cumulative spend, rupiah.
    public var spendRupiah: [Double] = []
    public init() {}
}

/// A key performance indicator of one replication: a name (the CSV key), a unit, and a description.
public struct KPI: Sendable, Hashable {
    public var name: String
    public var unit: String
    public var description: String

    public init(name: String, unit: String, description: String) {
        self.name = name
        self.unit = unit
        self.description = description
    }
}
