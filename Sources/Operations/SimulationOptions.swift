import Scenario

/// What a replication records and the few modelling constants a scenario does not set.
///
/// User options (what to record, scripted incidents) sit beside model constants that have no
/// source (marked DEFAULT, as in the scenarios); every constant is named here so a run's settings
/// are visible in one place.
public struct SimulationOptions: Sendable, Hashable {
    /// Keep every incident's history in `ReplicationResult.incidents`.
    public var recordIncidents: Bool = true
    /// Keep the hourly series in `ReplicationResult.hourly`.
    public var recordHourly: Bool = true
    /// Generate the random incidents of the scenario's incident model. Off, only
    /// ``scriptedIncidents`` (and their contagion offspring) happen: drills and hand-traced tests.
    public var generatesRandomIncidents: Bool = true
    /// Incidents that happen in every replication, at a given site and minute (a drill's script).
    public var scriptedIncidents: [ScriptedIncident] = []
    /// Posts considered for each site, nearest first by road distance (the site's own Polsek and
    /// the Polres HQ are always added). DEFAULT 8: beyond the 8th post a response is never the
    /// fastest in a district of Ketapang's shape.
    public var candidatePostCount: Int = 8
    /// Speed of a TPS guard group moving from its centroid to one of its TPS, km/h. DEFAULT 20:
    /// on foot or by motorcycle on village roads (Bhabinkamtibmas ride motorcycles).
    public var guardSpeedKmh: Double = 20
    /// How far a flood moves a TPS it relocates, km (the brief's "about 2 km"), added to every
    /// journey to that TPS while the flood lasts.
    public var movedTPSKilometres: Double = 2
    /// Escalations of one incident at most. DEFAULT 3: a brawl left alone for hours does not keep
    /// growing without bound; the model says "escalated" and stops adding responders.
    public var maxEscalationsPerIncident: Int = 3
    /// Active teams of one candidate post that preemption examines, most recently dispatched
    /// first. A performance bound: it never binds in a district (a Polres HQ has tens of teams out
    /// at most), but one HQ reserve for all of Indonesia can have thousands.
    public var preemptionScanLimit: Int = 64
    /// Minutes an escort convoy spends loading at its origin, and again handing over at its
    /// destination. DEFAULT 60: counting and signing for ballot boxes or result forms.
    public var escortHandoverMinutes: Double = 60

    public init() {}
}

/// An incident that happens at a fixed site and minute in every replication.
public struct ScriptedIncident: Sendable, Hashable {
    /// Index into the scenario's incident types.
    public var type: Int
    /// A TPS index for a TPS type, else a post index (a PPK post for a PPK type, a KPU post for a
    /// KPU type).
    public var site: Int
    /// Minutes from H0 00:00; must fall inside the timeline.
    public var minute: Double

    public init(type: Int, site: Int, minute: Double) {
        self.type = type
        self.site = site
        self.minute = minute
    }
}
