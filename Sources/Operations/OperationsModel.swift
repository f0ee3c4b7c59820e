import Scenario
import Simulation

/// The election-security operations model: a scenario, a deployment plan and a set of
/// contingencies, ready to run replications.
///
/// Building the model does every piece of work that does not depend on the random numbers, once:
/// the site table, each site's candidate posts, the rate blocks and alias tables of the incident
/// process, the spatial grid for contagion, the plan laid out per post. Replications share it
/// read-only, so one model serves any number of threads.
///
/// ```swift
/// let model = try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies,
///                                 options: SimulationOptions())
/// let result = model.run(replication: 0, seed: scenario.seed)
/// ```
///
/// `run` is a pure function of `(model, replication, seed)`: every random draw comes from a
/// `RandomStream` keyed by `(seed, replication, purpose, entity)` (the purposes are listed in
/// ContingencyTable.swift), so results are identical whatever thread runs them, and the incidents
/// and contingencies of a replication are the same under every plan (common random numbers).
public struct OperationsModel: Sendable {
    let scenario: Scenario
    let options: SimulationOptions
    let types: [IncidentType]
    let contagion: Contagion
    let sites: SiteTable
    let candidates: CandidateTable
    let blocks: RateBlocks
    let phases: PhaseTable
    let vehicles: VehicleTable
    let force: ForceLayout
    let contingencies: ContingencyTable
    /// Nearest-TPS index for contagion offspring (nil when contagion is off).
    let tpsGrid: SpatialGrid?
    /// The detachment (index into `force.detachmentPost`) at each post, or -1.
    let detachmentOfPost: [Int32]
    /// `dispatch.responseTargetMinutes` by access index.
    let responseTarget: [Double]
    /// Fatigue hours of one TPS guard over the timeline (PhaseTable.guardFatigueHours).
    let guardFatigueHoursPerGuard: Double

    /// Prepares a scenario, plan and contingencies for simulation.
    ///
    /// - Parameters:
    ///   - scenario: A loaded (valid) scenario.
    ///   - plan: A plan for this scenario (same TPS, posts and vehicle types).
    ///   - contingencies: Those that may happen, each with its probability (the scenario's own
    ///     and any from library files).
    ///   - options: What to record, and the model constants (SimulationOptions.swift).
    /// - Throws: `OperationsError` when the plan does not fit the scenario, a contingency names an
    ///   unknown kecamatan, a scripted incident is out of range, or an option is.
    public init(scenario: Scenario, plan: DeploymentPlan, contingencies: [Contingency],
                options: SimulationOptions) throws(OperationsError) {
        try OperationsError.check(plan: plan, scenario: scenario)
        try OperationsError.check(options: options)
        self.scenario = scenario
        self.options = options
        types = scenario.incidents.types
        contagion = scenario.incidents.contagion
        sites = SiteTable(scenario: scenario)
        phases = PhaseTable(scenario: scenario)
        vehicles = VehicleTable(scenario: scenario)
        force = ForceLayout(scenario: scenario, plan: plan, sites: sites, guardSpeedKmh: options.guardSpeedKmh)
        let weights = RateBlocks.tpsWeights(scenario)
        blocks = RateBlocks(scenario: scenario, tpsWeights: weights)
        self.contingencies = try ContingencyTable(contingencies, sites: sites, tpsWeights: weights, blocks: blocks)
        try OperationsModel.check(options.scriptedIncidents, scenario: scenario, phases: phases)

        let layout = force
        let usable = (0..<scenario.posts.count).map { p in
            let hasVehicles = (0..<layout.vehicleTypes).contains { layout.vehicles[p * layout.vehicleTypes + $0] > 0 }
            return hasVehicles && (layout.roster[p] > 0 || p == layout.headquarters)
        }
        candidates = CandidateTable(sites: sites, scenario: scenario, isUsable: usable,
                                    headquarters: force.headquarters, count: options.candidatePostCount)
        tpsGrid = contagion.isEnabled && contagion.branchingRatio > 0
            ? SpatialGrid(latitude: scenario.tps.latitude, longitude: scenario.tps.longitude) : nil
        var detachments = [Int32](repeating: -1, count: scenario.posts.count)
        for (j, post) in force.detachmentPost.enumerated() { detachments[Int(post)] = Int32(j) }
        detachmentOfPost = detachments
        responseTarget = SiteTable.accessTypes.map { scenario.dispatch.responseTargetMinutes[$0] ?? .infinity }
        guardFatigueHoursPerGuard = phases.guardFatigueHours(guardShiftHours: plan.shifts.guardShiftHours,
                                                             maxDutyHours: scenario.force.shift.maxDutyHours)
    }

    /// Runs one replication.
    ///
    /// - Parameters:
    ///   - replication: The replication number (from 0); a part of every stream key.
    ///   - seed: The experiment's master seed (usually the scenario's).
    /// - Returns: The replication's KPIs (in `KPI.all` order), its incident log (when
    ///   `options.recordIncidents`), and its hourly series (when `options.recordHourly`).
    public func run(replication: Int, seed: UInt64) -> ReplicationResult {
        let stream = UInt64(bitPattern: Int64(replication))
        var state = Replication(model: self, seed: seed, replication: stream)
        var kernel = Kernel<OperationsEvent>(startTime: phases.horizonStart, capacity: 256)
        state.start(kernel: &kernel)
        kernel.run(until: phases.horizonEnd, handler: &state)
        return state.finish(replication: replication)
    }

    private static func check(_ scripted: [ScriptedIncident], scenario: Scenario, phases: PhaseTable) throws(OperationsError) {
        for (n, incident) in scripted.enumerated() {
            let subject = "scriptedIncidents[\(n)]"
            guard scenario.incidents.types.indices.contains(incident.type) else {
                throw OperationsError(.invalidScriptedIncident, subject: subject,
                                      expected: "an incident type index below \(scenario.incidents.types.count)", found: "\(incident.type)")
            }
            let kind = scenario.incidents.types[incident.type].site
            let isValidSite = kind == .tps
                ? scenario.tps.count > incident.site && incident.site >= 0
                : scenario.posts.indices.contains(incident.site)
                    && scenario.posts[incident.site].kind == (kind == .ppk ? PostKind.ppk : PostKind.kpu)
            guard isValidSite else {
                throw OperationsError(.invalidScriptedIncident, subject: subject,
                                      expected: kind == .tps ? "a TPS index" : "the index of a \(kind.rawValue) post", found: "\(incident.site)")
            }
            guard incident.minute >= phases.horizonStart && incident.minute < phases.horizonEnd else {
                throw OperationsError(.invalidScriptedIncident, subject: subject,
                                      expected: "a minute in [\(phases.horizonStart), \(phases.horizonEnd))", found: "\(incident.minute)")
            }
        }
    }
}
