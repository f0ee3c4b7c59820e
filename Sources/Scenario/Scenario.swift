/// A whole scenario: one district command (Polres), its polling stations, posts, force, fleet,
/// budget, calendar, incident model, contingencies and rules; loaded and validated once.
public struct Scenario: Sendable {
    /// The district itself.
    public struct District: Sendable, Hashable {
        public var name: String
        public var province: String
        public var areaKm2: Double
    }

    /// The files the scenario was read from.
    public struct Files: Sendable, Hashable {
        public var main: String
        public var tps: String
        public var posts: String?
        public var travelTimes: String?
    }

    public static let formatVersion = 1

    public var name: String
    public var description: String
    public var seed: UInt64
    public var district: District
    public var posts: [Post]
    public var tps: PollingStations
    public var force: Force
    public var vehicles: [VehicleType]
    public var budget: Budget
    public var timeline: Timeline
    public var incidents: IncidentModel
    public var contingencies: [Contingency]
    public var dispatch: Dispatch
    public var security: SecurityPattern
    public var travelTimes: [TravelTime]
    public var files: Files
    /// Choices for the deployment model (`planning`; all defaults when absent).
    public var planning = PlanningOptions()

    /// Police needed at TPS under the security pattern, by category.
    public func tpsPoliceNeed() -> [VulnerabilityCategory: Int] {
        var need: [VulnerabilityCategory: Int] = [:]
        for (category, count) in tps.countByCategory() {
            need[category] = security.ratios[category]?.police(forTPS: count) ?? 0
        }
        return need
    }
}
