import Optimization
import Scenario

/// Assembles the columns and rows of `DeploymentModel`, first stage first, then block by block.
struct ModelBuilder {
    let instance: DeploymentInstance
    let cvar: DeploymentModel.CVaR?
    private var objective: [Double] = []
    private var columnLower: [Double] = []
    private var columnUpper: [Double] = []
    private var columnNames: [String] = []
    private var triplets: [(row: Int, column: Int, value: Double)] = []
    private var rowLower: [Double] = []
    private var rowUpper: [Double] = []
    private var rowNames: [String] = []
    private(set) var rowKinds: [DeploymentModel.RowKind] = []
    private(set) var unmetColumns: [[Int]] = []
    private(set) var blocks: [BlockStructure.Block] = []
    private(set) var firstStageColumnCount = 0
    private(set) var firstStageRowCount = 0
    private var eta: Int?

    /// Budget rows are stated in millions of rupiah, so that their coefficients are near 1.
    static let rupiahPerUnit = 1_000_000.0

    init(instance: DeploymentInstance, cvar: DeploymentModel.CVaR?) {
        self.instance = instance
        self.cvar = cvar
    }

    private mutating func column(_ name: String, cost: Double = 0, lower: Double = 0, upper: Double = .infinity) -> Int {
        objective.append(cost)
        columnLower.append(lower)
        columnUpper.append(upper)
        columnNames.append(name)
        return objective.count - 1
    }

    private mutating func row(_ kind: DeploymentModel.RowKind, _ name: String, lower: Double = -.infinity,
                              upper: Double = .infinity, _ entries: [(Int, Double)]) {
        let i = rowNames.count
        for (column, value) in entries where value != 0 { triplets.append((i, column, value)) }
        rowLower.append(lower)
        rowUpper.append(upper)
        rowNames.append(name)
        rowKinds.append(kind)
    }

    /// A cost of 1e-6 to 2e-6 per unit on each first-stage column, different for each (a
    /// multiplicative hash of its index): it breaks the ties between equally good deployments, so
    /// that the interior-point method ends near a vertex of the optimal face rather than at its
    /// analytic centre, where every tied alternative holds a fraction and rounding loses most.
    /// At most 2e-6 per person or vehicle: far below any shadow price that matters.
    static func tieBreak(_ column: Int) -> Double {
        1e-6 * (1 + Double((UInt64(column) &* 2_654_435_761) % 1_009) / 1_009)
    }

    /// The first-stage columns, and their rows unless `fixed` holds them.
    mutating func addFirstStage(fixed: FirstStage?) {
        let zones = instance.zones, posts = instance.posts, vehicles = instance.vehicles
        for z in zones.indices {
            let value = fixed?.guards[z]
            _ = column("g.z\(z)", cost: Self.tieBreak(objective.count), lower: value ?? 0, upper: value ?? .infinity)
        }
        for (p, post) in posts.enumerated() {
            let value = fixed?.reserves[p]
            _ = column("r.\(mpsName(post.label))", cost: Self.tieBreak(objective.count), lower: value ?? 0, upper: value ?? .infinity)
        }
        for (p, post) in posts.enumerated() {
            for (v, vehicle) in vehicles.enumerated() {
                let value = fixed?.vehicles[p][v]
                _ = column("m.\(mpsName(post.label)).\(mpsName(vehicle.label))", cost: Self.tieBreak(objective.count),
                           lower: value ?? 0, upper: value ?? Double(vehicle.operable))
            }
        }
        if let cvar { eta = column("eta", cost: cvar.weight, lower: -.infinity) }
        firstStageColumnCount = objective.count
        if fixed == nil { addFirstStageRows() }
        firstStageRowCount = rowNames.count
    }

    private mutating func addFirstStageRows() {
        let zones = instance.zones, posts = instance.posts, vehicles = instance.vehicles
        for category in VulnerabilityCategory.allCases {
            guard let police = instance.minimum[category], police > 0 else { continue }
            let members = zones.indices.filter { zones[$0].category == category }
            row(.minimum(category), "minimum.\(category.rawValue)", lower: Double(police), members.map { ($0, 1.0) })
        }
        for (z, police) in instance.zoneMinimum.enumerated() where police > 0 {
            row(.zoneMinimum(zone: z), "minimum.z\(z)", lower: Double(police), [(z, 1.0)])
        }
        let people = Array(0..<(zones.count + posts.count))
        row(.force, "force", upper: Double(instance.deployable), people.map { ($0, 1.0) })
        for budget in instance.budgetRows where budget.perGuardRupiah != 0 || budget.perReserveRupiah != 0 {
            let unit = Self.rupiahPerUnit
            let entries = zones.indices.map { ($0, budget.perGuardRupiah / unit) }
                + posts.indices.map { (zones.count + $0, budget.perReserveRupiah / unit) }
            row(.budget(budget.name), "budget.\(budget.name)", upper: (budget.limitRupiah - budget.constantRupiah) / unit, entries)
        }
        for (v, vehicle) in vehicles.enumerated() {
            let entries = posts.indices.map { (zones.count + posts.count + $0 * vehicles.count + v, 1.0) }
            row(.operable(vehicle: v), "operable.\(mpsName(vehicle.label))", upper: Double(vehicle.operable), entries)
        }
    }

    /// Block k: dispatch and unmet-demand columns, demand, capacity, seat and CVaR rows.
    mutating func addBlock(_ k: Int) {
        let sample = instance.samples[k]
        let zones = instance.zones, posts = instance.posts, vehicles = instance.vehicles
        let firstColumn = objective.count, firstRow = rowNames.count
        var dispatch: [[(column: Int, route: DeploymentInstance.Route)]] = []
        for z in sample.zones {
            dispatch.append(instance.routes[z].map { route in
                (column("s.k\(k).z\(z).\(mpsName(posts[route.post].label)).\(mpsName(vehicles[route.vehicle].label))"), route)
            })
        }
        let unmet = sample.zones.map { column("u.k\(k).z\($0)", cost: sample.probability * zones[$0].weight) }
        unmetColumns.append(unmet)
        let excess = cvar.map { column("t.k\(k)", cost: $0.weight * sample.probability / (1 - $0.alpha)) }

        for (n, z) in sample.zones.enumerated() {
            let entries = [(z, 1.0)] + dispatch[n].map { ($0.column, 1.0) } + [(unmet[n], 1.0)]
            row(.demand(sample: k, zone: z), "demand.k\(k).z\(z)", lower: sample.responders[n], entries)
        }
        let all = dispatch.flatMap { $0 }
        for p in Set(all.map(\.route.post)).sorted() {
            let entries = all.filter { $0.route.post == p }.map { ($0.column, 1.0) }
                + [(zones.count + p, -1 / Double(instance.shiftsPerDay))]
            row(.capacity(sample: k, post: p), "capacity.k\(k).\(mpsName(posts[p].label))", upper: 0, entries)
        }
        for route in Set(all.map(\.route)).sorted(by: { ($0.post, $0.vehicle) < ($1.post, $1.vehicle) }) {
            let entries = all.filter { $0.route == route }.map { ($0.column, 1.0) }
                + [(zones.count + posts.count + route.post * vehicles.count + route.vehicle, -vehicles[route.vehicle].seats)]
            row(.seats(sample: k, post: route.post, vehicle: route.vehicle),
                "seats.k\(k).\(mpsName(posts[route.post].label)).\(mpsName(vehicles[route.vehicle].label))", upper: 0, entries)
        }
        if let excess, let eta {
            let entries = [(excess, 1.0), (eta, 1.0)] + sample.zones.indices.map { (unmet[$0], -zones[sample.zones[$0]].weight) }
            row(.cvar(sample: k), "cvar.k\(k)", lower: 0, entries)
        }
        blocks.append(.init(columns: firstColumn..<objective.count, rows: firstRow..<rowNames.count))
    }

    func program() throws(LinearProgramError) -> LinearProgram {
        let matrix = try SparseMatrix(rows: rowNames.count, columns: objective.count, triplets: triplets)
        return try LinearProgram(name: "siaga-deployment", objective: objective, constraints: matrix,
                                 rowLower: rowLower, rowUpper: rowUpper, columnLower: columnLower, columnUpper: columnUpper,
                                 rowNames: rowNames, columnNames: columnNames, objectiveName: "unmet")
    }
}
