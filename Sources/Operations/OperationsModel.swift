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
    let tables: ModelTables

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
        tables = try ModelTables(scenario: scenario, plan: plan, contingencies: contingencies, options: options)
    }

    /// Runs one replication.
    ///
    /// - Parameters:
    ///   - replication: The replication number (from 0); a part of every stream key.
    ///   - seed: The experiment's master seed (usually the scenario's).
    /// - Returns: The replication's KPIs (in `KPI.all` order), its incident log (when
    ///   `options.recordIncidents`), and its hourly series (when `options.recordHourly`).
    public func run(replication: Int, seed: UInt64) -> ReplicationResult {
        simulate(replication: replication, seed: seed, recorder: NullMonitor()).result
    }

    /// Draws one replication's contingency occurrences and incidents, for ``run(replication:seed:incidents:)``.
    ///
    /// Neither depends on the plan (IncidentSchedule.swift), so models that differ only in their
    /// plan draw identical ones for the same `(seed, replication)`: `siaga compare` draws them once
    /// per case and replication and runs every strategy on them, which saves the draw (about a fifth
    /// of a Ketapang replication) for all strategies but the first.
    public func drawIncidents(replication: Int, seed: UInt64) -> IncidentDraw {
        let stream = UInt64(bitPattern: Int64(replication))
        let occurs = tables.contingencies.draw(seed: seed, replication: stream)
        return IncidentDraw(replication: replication, seed: seed, contingencyKeys: tables.contingencies.key,
                            tpsCount: tables.sites.tpsCount, occurs: occurs,
                            schedule: tables.generateIncidents(seed: seed, replication: stream, occurs: occurs))
    }

    /// Runs one replication on incidents drawn beforehand; the result equals
    /// `run(replication:seed:)`'s.
    ///
    /// - Precondition: `incidents` was drawn for this `replication` and `seed` by a model of the
    ///   same scenario, contingencies and options as this one (only the plans may differ). The
    ///   replication, seed, contingencies and TPS count are checked.
    public func run(replication: Int, seed: UInt64, incidents: IncidentDraw) -> ReplicationResult {
        precondition(incidents.replication == replication && incidents.seed == seed, "incidents drawn for another replication or seed")
        precondition(incidents.contingencyKeys == tables.contingencies.key && incidents.tpsCount == tables.sites.tpsCount,
                     "incidents drawn by a model of other contingencies or another scenario")
        return simulate(replication: replication, seed: seed, recorder: NullMonitor(),
                        drawn: (incidents.occurs, incidents.schedule)).result
    }

    /// Runs one replication and says what happened, event by event: incidents occurring,
    /// guards engaging, teams dispatched, arriving, preempted and home, escalations, phases,
    /// contingencies and BKO. For tests, drills and debugging; the result equals `run`'s.
    ///
    /// - Returns: The result and the `(what, minute)` records in the order they happened.
    public func trace(replication: Int, seed: UInt64) -> (result: ReplicationResult, records: [TraceRecord]) {
        let (result, recorder) = simulate(replication: replication, seed: seed, recorder: TraceMonitor())
        return (result, recorder.records)
    }

    private func simulate<Recorder: Monitor>(replication: Int, seed: UInt64, recorder: Recorder,
                                             drawn: (occurs: [Bool], schedule: IncidentSchedule)? = nil)
        -> (result: ReplicationResult, recorder: Recorder) {
        let stream = UInt64(bitPattern: Int64(replication))
        var state = Replication(model: tables, seed: seed, replication: stream, recorder: recorder, drawn: drawn)
        var kernel = Kernel<OperationsEvent>(startTime: tables.phases.horizonStart, capacity: 256)
        state.start(kernel: &kernel)
        kernel.run(until: tables.phases.horizonEnd, handler: &state)
        var result = state.finish(replication: replication)
        result.events = kernel.processedEventCount
        return (result, state.recorder)
    }
}

/// One replication's contingency occurrences and incidents, drawn by
/// ``OperationsModel/drawIncidents(replication:seed:)`` to be run under several plans.
public struct IncidentDraw: Sendable {
    let replication: Int
    let seed: UInt64
    let contingencyKeys: [UInt64]
    let tpsCount: Int
    let occurs: [Bool]
    let schedule: IncidentSchedule
}
