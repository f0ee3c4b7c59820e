import Scenario

/// The data of one deployment model, in plain numbers: zones, posts, vehicle types, the routes that
/// answer each zone within its response target, the sampled peak hours, the doctrine minimum, the
/// force and the budget rows. `DeploymentModel` turns it into a linear program;
/// `DeploymentInstance(scenario:zones:samples:)` builds it from a scenario, and tests build small
/// ones by hand.
public struct DeploymentInstance: Sendable {
    /// A post that can hold reserves and vehicles (the Polres HQ and the Polsek).
    public struct Post: Sendable, Equatable {
        /// Index into the scenario's posts.
        public var scenarioIndex: Int
        public var label: String
        public init(scenarioIndex: Int, label: String) { self.scenarioIndex = scenarioIndex; self.label = label }
    }

    /// A vehicle type with operable vehicles.
    public struct Vehicle: Sendable, Equatable {
        /// Index into the scenario's vehicle types.
        public var scenarioIndex: Int
        public var label: String
        public var seats: Double
        public var operable: Int
        public init(scenarioIndex: Int, label: String, seats: Double, operable: Int) {
            self.scenarioIndex = scenarioIndex
            self.label = label
            self.seats = seats
            self.operable = operable
        }
    }

    /// Responders from `post` in vehicles of type `vehicle` reach a zone within its target.
    public struct Route: Sendable, Hashable {
        public var post: Int
        public var vehicle: Int
        public init(post: Int, vehicle: Int) { self.post = post; self.vehicle = vehicle }
    }

    /// One sampled peak hour: responders needed at each zone with demand (zones increasing).
    public struct Sample: Sendable, Equatable {
        public var probability: Double
        public var zones: [Int]
        public var responders: [Double]
        public init(probability: Double, zones: [Int], responders: [Double]) {
            self.probability = probability
            self.zones = zones
            self.responders = responders
        }
    }

    public var zones: [DeploymentZone]
    public var posts: [Post]
    public var vehicles: [Vehicle]
    /// The in-time routes of each zone, by (post, vehicle).
    public var routes: [[Route]]
    public var samples: [Sample]
    /// Guard police the doctrine minimum asks for, by category (categories with TPS only).
    public var minimum: [VulnerabilityCategory: Int]
    /// `force.deployablePersonnel`.
    public var deployable: Int
    /// Reserve shifts per day: a post's reserves split over them, so `r_p / S` are on duty.
    public var shiftsPerDay: Int
    /// Budget rows in rupiah (`BudgetModel`).
    public var budgetRows: [BudgetModel.Row]

    public init(zones: [DeploymentZone], posts: [Post], vehicles: [Vehicle], routes: [[Route]], samples: [Sample],
                minimum: [VulnerabilityCategory: Int], zoneMinimum: [Int]? = nil, deployable: Int, shiftsPerDay: Int,
                budgetRows: [BudgetModel.Row]) {
        self.zones = zones
        self.posts = posts
        self.vehicles = vehicles
        self.routes = routes
        self.samples = samples
        self.minimum = minimum
        self.zoneMinimum = zoneMinimum ?? [Int](repeating: 0, count: zones.count)
        self.deployable = deployable
        self.shiftsPerDay = shiftsPerDay
        self.budgetRows = budgetRows
    }

    /// Guard police of the whole doctrine minimum.
    public var minimumTotal: Int { minimum.values.reduce(0, +) }

    /// The doctrine minimum's whole part at each zone, `m_z = floor(police_c · n_z / tps_c)` under
    /// the minimum pattern of the zone's category (2 per sangat rawan TPS, 1 per rawan TPS in
    /// 2 : 2, 0 for a desa's few kurang rawan TPS in 2 : 80): each TPS of a category whose
    /// minimum is a police or more per TPS is guarded, and the category row `M_c` places the rest.
    public var zoneMinimum: [Int]

}

extension DeploymentInstance {
    /// The instance of a scenario, for the sampled peak hours (each of probability 1/K).
    ///
    /// Routes: post p and vehicle type v answer zone z in time when v reaches z's access type and
    /// `dispatchDelay + 60 · km(p, z) · roadFactor / speed_v(access) ≤ target(access)`, with km the
    /// great-circle distance to the zone's centroid (the simulator's travel model; explicit
    /// `travel_times` entries are not used here).
    public init(scenario: Scenario, zones: [DeploymentZone], samples: [DemandSampler.PeakHour],
                shifts: DeploymentPlan.ShiftPattern = DeploymentPlan.ShiftPattern()) {
        let posts = scenario.posts.enumerated().filter { $0.element.kind == .polres || $0.element.kind == .polsek }
            .map { Post(scenarioIndex: $0.offset, label: $0.element.id) }
        let vehicles = scenario.vehicles.enumerated().filter { $0.element.operableCount > 0 }
            .map { Vehicle(scenarioIndex: $0.offset, label: $0.element.id, seats: Double(max(1, $0.element.seats)),
                           operable: $0.element.operableCount) }
        let dispatch = scenario.dispatch
        let routes = zones.map { zone in
            let target = dispatch.responseTargetMinutes[zone.access] ?? .infinity
            var routes: [Route] = []
            for (p, post) in posts.enumerated() {
                let place = scenario.posts[post.scenarioIndex]
                let km = Geodesy.distanceKm(latitude1: place.latitude, longitude1: place.longitude,
                                            latitude2: zone.latitude, longitude2: zone.longitude) * dispatch.roadFactor
                for (v, vehicle) in vehicles.enumerated() {
                    let speed = scenario.vehicles[vehicle.scenarioIndex].speedKmh[zone.access] ?? 0
                    if speed > 0 && dispatch.dispatchDelayMinutes + 60 * km / speed <= target { routes.append(Route(post: p, vehicle: v)) }
                }
            }
            return routes
        }
        let minimum = scenario.security.minimumPolice(scenario.tps.countByCategory()).filter { $0.value > 0 }
        let deployable = scenario.force.deployablePersonnel
        let minimumTotal = minimum.values.reduce(0, +)
        let probability = 1 / Double(max(1, samples.count))
        let zoneMinimum = zones.map { zone in
            scenario.security.minimum[zone.category].map { $0.police * zone.tps.count / $0.tps } ?? 0
        }
        self.init(zones: zones, posts: posts, vehicles: vehicles, routes: routes,
                  samples: samples.map { Sample(probability: probability, zones: $0.zones, responders: $0.responders) },
                  minimum: minimum, zoneMinimum: zoneMinimum, deployable: deployable, shiftsPerDay: shifts.reserveShiftsPerDay,
                  budgetRows: BudgetModel(scenario: scenario).rows(guardRange: min(minimumTotal, deployable)...max(minimumTotal, deployable)))
    }
}
