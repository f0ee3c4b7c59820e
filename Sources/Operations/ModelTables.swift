import Scenario
import Simulation

/// Everything a model precomputes, shared read-only by its replications. A final class, so that
/// replications hold one reference rather than copying some sixty arrays.
final class ModelTables: Sendable {
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
    /// Rest a reserve shift pattern leaves short of `force.shift.restHours`, hours per person and
    /// shift (Replication+Shifts.swift).
    let restShortfallHours: Double
    /// The timeline's escort convoys.
    let escorts: EscortTable

    init(scenario: Scenario, plan: DeploymentPlan, contingencies: [Contingency],
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
        try ModelTables.check(options.scriptedIncidents, scenario: scenario, phases: phases)

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
        restShortfallHours = max(0, scenario.force.shift.restHours - (24 - 24 / Double(force.shiftsPerDay)))
        escorts = EscortTable(scenario: scenario, sites: sites, force: force, phases: phases,
                              handoverMinutes: options.escortHandoverMinutes)
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

