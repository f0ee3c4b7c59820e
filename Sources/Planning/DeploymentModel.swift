import Optimization
import Scenario

/// The deployment model as a two-stage stochastic linear program (docs/deployment-model.md).
///
/// First stage: guards `g_z` at zone z, reserves `r_p` at post p, vehicles `m_pv` of type v at p,
/// and for CVaR the value-at-risk `eta` (free). Second stage, per sampled peak hour k: responders
/// `s_pvzk` sent from p in vehicles of type v to z over an in-time route, and unmet demand
/// `u_zk`; for CVaR the excess `t_k`.
///
/// ```
/// minimize   Σ_k π_k Σ_z w_z u_zk  [+ λ (eta + 1/(1-α) Σ_k π_k t_k)]
/// subject to Σ_{z ∈ c} g_z ≥ M_c                          doctrine minimum, each category c
///            g_z ≥ m_z = floor(police_c · n_z / tps_c)    its whole part at each zone
///            Σ_z g_z + Σ_p r_p ≤ N                        deployable force
///            b_G Σ_z g_z + b_R Σ_p r_p ≤ B_line - b_0     budget rows, million rupiah
///            Σ_p m_pv ≤ O_v                               operable vehicles of type v
///   each k:  g_z + Σ_{(p,v) ∈ routes(z)} s_pvzk + u_zk ≥ d_zk      demand of zone z in hour k
///            Σ_{v,z} s_pvzk - r_p / S ≤ 0                           reserves on duty at p
///            Σ_z s_pvzk - seats_v m_pv ≤ 0                          seats of p's vehicles of type v
///           [t_k + eta - Σ_z w_z u_zk ≥ 0]                          CVaR excess
///            all variables ≥ 0 (eta free), m_pv ≤ O_v
/// ```
///
/// The CVaR term is Rockafellar and Uryasev's linearization ("Optimization of conditional
/// value-at-risk", J. Risk 2(3), 2000): at the optimum eta is the α-quantile of the loss
/// `L_k = Σ_z w_z u_zk` and `eta + E[(L - eta)⁺] / (1 - α)` is the mean of its worst (1 - α) tail.
/// Only zones with demand in hour k get rows and columns in block k, and only posts and vehicle
/// types with a route to them. Columns are the first stage's, then block by block; rows the
/// first stage's, then block by block (`structure`, Optimization's `BlockStructure`).
public struct DeploymentModel: Sendable {
    /// What a row says, for shadow prices and infeasibility messages.
    public enum RowKind: Sendable, Equatable {
        case minimum(VulnerabilityCategory)
        case zoneMinimum(zone: Int)
        case force
        case budget(String)
        case operable(vehicle: Int)
        case demand(sample: Int, zone: Int)
        case capacity(sample: Int, post: Int)
        case seats(sample: Int, post: Int, vehicle: Int)
        case cvar(sample: Int)
    }

    /// The CVaR term of the robust objective.
    public struct CVaR: Sendable, Equatable {
        /// The tail level α in (0, 1): the mean of the worst (1 - α) share of peak hours.
        public var alpha: Double
        /// λ ≥ 0, the term's weight beside the expected unmet demand.
        public var weight: Double
        public init(alpha: Double, weight: Double) { self.alpha = alpha; self.weight = weight }
    }

    public let instance: DeploymentInstance
    public let cvar: CVaR?
    public let program: LinearProgram
    /// The scenario blocks, for the block-angular solver (`solve(_:structure:settings:)`).
    public let structure: BlockStructure
    /// The first-stage columns are `0..<firstStageColumnCount`, its rows `0..<firstStageRowCount`.
    public let firstStageColumnCount: Int
    public let firstStageRowCount: Int
    public let rowKinds: [RowKind]
    /// Each block's unmet-demand columns, in the sample's zone order.
    public let unmetColumns: [[Int]]

    /// Builds the linear program.
    /// - Parameters:
    ///   - fixed: a first stage to hold fixed (bounds `l = u`); its rows are then left out, so the
    ///     program is the second stage alone (the evaluation of a given plan).
    /// - Throws: `PlanningError` (`.solverFailure`) if the program cannot be posed (a bug).
    public init(_ instance: DeploymentInstance, cvar: CVaR? = nil, fixed: FirstStage? = nil) throws(PlanningError) {
        var builder = ModelBuilder(instance: instance, cvar: cvar)
        builder.addFirstStage(fixed: fixed)
        for k in instance.samples.indices { builder.addBlock(k) }
        self.instance = instance
        self.cvar = cvar
        do {
            program = try builder.program()
            structure = try BlockStructure(columnCount: program.columnCount, rowCount: program.rowCount, blocks: builder.blocks)
        } catch {
            throw PlanningError(.solverFailure, strategy: cvar == nil ? "optimized" : "robust",
                                reason: "the deployment model is malformed: \(error)")
        }
        firstStageColumnCount = builder.firstStageColumnCount
        firstStageRowCount = builder.firstStageRowCount
        rowKinds = builder.rowKinds
        unmetColumns = builder.unmetColumns
    }

    var zoneCount: Int { instance.zones.count }
    var postCount: Int { instance.posts.count }
    var vehicleCount: Int { instance.vehicles.count }

    /// Column of `g_z`, `r_p`, `m_pv` and `eta`.
    public func guardColumn(_ z: Int) -> Int { z }
    public func reserveColumn(_ p: Int) -> Int { zoneCount + p }
    public func vehicleColumn(_ p: Int, _ v: Int) -> Int { zoneCount + postCount + p * vehicleCount + v }
    public var etaColumn: Int? { cvar == nil ? nil : zoneCount + postCount * (1 + vehicleCount) }

    /// The first stage in a solution's column values.
    public func firstStage(_ x: [Double]) -> FirstStage {
        FirstStage(guards: (0..<zoneCount).map { x[guardColumn($0)] },
                   reserves: (0..<postCount).map { x[reserveColumn($0)] },
                   vehicles: (0..<postCount).map { p in (0..<vehicleCount).map { x[vehicleColumn(p, $0)] } })
    }

    /// Expected unmet risk-weighted demand `Σ_k π_k Σ_z w_z u_zk` at column values `x`.
    public func expectedUnmet(_ x: [Double]) -> Double {
        var total = 0.0
        for (k, columns) in unmetColumns.enumerated() {
            let sample = instance.samples[k]
            for (n, column) in columns.enumerated() { total += sample.probability * instance.zones[sample.zones[n]].weight * x[column] }
        }
        return total
    }
}

/// The MPS-safe form of a label: whitespace becomes `_`.
func mpsName(_ label: String) -> String {
    String(label.map { $0.isWhitespace ? "_" : $0 })
}
