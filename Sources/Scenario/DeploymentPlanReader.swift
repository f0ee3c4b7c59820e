extension DeploymentPlan {
    /// Loads and checks a plan folder against the scenario it is meant for (docs/plan-format.md).
    ///
    /// Reads `plan.json`, `guard_groups.csv`, `tps_guards.csv`, `posts.csv` and `vehicles.csv`, in
    /// that order, and checks as it reads: every TPS, group, post and vehicle-type id exists (with
    /// a did-you-mean for a near miss) and is listed once; every group guards at least one TPS;
    /// counts are whole numbers in range; the vehicles of each type do not exceed the scenario's
    /// operable vehicles of that type; and the personnel the plan deploys (guards, reserves,
    /// patrols) do not exceed the deployable force. A TPS missing from `tps_guards.csv` is
    /// unguarded; a post missing from `posts.csv` or `vehicles.csv` holds nothing.
    /// - Parameters:
    ///   - folder: the plan folder.
    ///   - scenario: the scenario the plan is checked against.
    /// - Throws: `ScenarioError` naming the file, line, column, CSV column or JSON key path, what
    ///   was expected and what was found.
    public static func load(folder: String, scenario: Scenario) throws -> DeploymentPlan {
        try DeploymentPlanReader(folder: folder, scenario: scenario).read()
    }
}

/// Reads a plan folder; one method per file, errors thrown at the first problem.
struct DeploymentPlanReader {
    let folder: String
    let scenario: Scenario
    /// Post index by id.
    let postIds: [String: Int]

    init(folder: String, scenario: Scenario) {
        self.folder = folder
        self.scenario = scenario
        var index: [String: Int] = [:]
        for (i, post) in scenario.posts.enumerated() { index[post.id] = i }
        postIds = index
    }

    func path(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

    func read() throws -> DeploymentPlan {
        let header = try readPlanJSON()
        var tally = DeployedTally(deployable: scenario.force.deployablePersonnel)
        let groups = try readGuardGroups(&tally)
        let tpsGroup = try readTPSGuards(groups)
        var posts = scenario.posts.indices.map {
            DeploymentPlan.PostForce(post: $0, reservePersonnel: 0, patrolPersonnel: 0,
                                     vehicles: [Int](repeating: 0, count: scenario.vehicles.count))
        }
        try readPosts(into: &posts, tally: &tally)
        try readVehicles(into: &posts)
        return DeploymentPlan(strategy: header.strategy, guardGroups: groups.list, tpsGuardGroup: tpsGroup,
                              posts: posts, shifts: header.shifts)
    }

    /// Guard groups in file order, their ids, and where each id is written.
    struct Groups {
        var list: [DeploymentPlan.GuardGroup] = []
        var index: [String: Int] = [:]
        var locations: [SourceLocation] = []
    }

    func readGuardGroups(_ tally: inout DeployedTally) throws -> Groups {
        let file = path("guard_groups.csv")
        var reader = try CSVReader(bytes: InputFile.readBytes(file), file: file)
        let header = try CSVHeader(&reader, required: ["group_id", "police"], optional: [], what: "one guard group per line")
        var groups = Groups()
        while try reader.nextRow() {
            try header.checkWidth(reader)
            let idField = CSVField(reader: reader, column: "group_id", i: header.index("group_id")!)
            let id = try idField.text()
            if let first = groups.index[id] {
                throw idField.error(expected: "a group id used once (already on line \(groups.locations[first].line ?? 0))")
            }
            let policeField = CSVField(reader: reader, column: "police", i: header.index("police")!)
            let police = try policeField.integer(in: 1...1000, unit: "police in the group")
            try tally.add(police, at: policeField)
            groups.index[id] = groups.list.count
            groups.locations.append(reader.location(idField.i))
            groups.list.append(.init(id: id, police: police))
        }
        return groups
    }

    /// Guard group index per TPS in scenario order, -1 where unguarded.
    func readTPSGuards(_ groups: Groups) throws -> [Int32] {
        let file = path("tps_guards.csv")
        var reader = try CSVReader(bytes: InputFile.readBytes(file), file: file)
        let header = try CSVHeader(&reader, required: ["tps_id", "group_id"], optional: [], what: "one TPS per line")
        let ids = scenario.tps.ids
        var tpsIndex: [String: Int] = [:]
        tpsIndex.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { tpsIndex[id] = i }
        var result = [Int32](repeating: -1, count: ids.count)
        var listedOn = [Int](repeating: 0, count: ids.count)
        var guarded = [Int](repeating: 0, count: groups.list.count)
        while try reader.nextRow() {
            try header.checkWidth(reader)
            let tpsField = CSVField(reader: reader, column: "tps_id", i: header.index("tps_id")!)
            let id = try tpsField.text()
            guard let i = tpsIndex[id] else {
                var error = tpsField.error(expected: "the id of a TPS of the scenario")
                error.found = "unknown TPS \(ScenarioError.quote(id))"
                error.hint = Suggestion.hint(for: id, in: ids)
                throw error
            }
            guard listedOn[i] == 0 else {
                throw tpsField.error(expected: "each TPS listed once (already on line \(listedOn[i]))")
            }
            listedOn[i] = reader.rowLine
            let groupField = CSVField(reader: reader, column: "group_id", i: header.index("group_id")!)
            guard !reader.isEmpty(groupField.i) else { continue }
            let name = reader.text(groupField.i)
            guard let group = groups.index[name] else {
                var error = groupField.error(expected: "the id of a group in guard_groups.csv, or nothing for an unguarded TPS")
                error.found = "unknown group \(ScenarioError.quote(name))"
                error.hint = Suggestion.hint(for: name, in: groups.list.map(\.id))
                throw error
            }
            result[i] = Int32(group)
            guarded[group] += 1
        }
        if let idle = guarded.firstIndex(of: 0) {
            throw ScenarioError(.invalid, at: groups.locations[idle], keyPath: "column 'group_id'",
                                expected: "a group that guards at least one TPS in tps_guards.csv",
                                found: "group \(ScenarioError.quote(groups.list[idle].id)) guarding none",
                                hint: "remove the group or assign TPS to it")
        }
        return result
    }

    func readPosts(into posts: inout [DeploymentPlan.PostForce], tally: inout DeployedTally) throws {
        let file = path("posts.csv")
        var reader = try CSVReader(bytes: InputFile.readBytes(file), file: file)
        let header = try CSVHeader(&reader, required: ["post_id", "reserve_personnel"], optional: ["patrol_personnel"],
                                   what: "one post per line")
        var listedOn = [Int](repeating: 0, count: posts.count)
        while try reader.nextRow() {
            try header.checkWidth(reader)
            let postField = CSVField(reader: reader, column: "post_id", i: header.index("post_id")!)
            let post = try postIndex(postField)
            guard listedOn[post] == 0 else {
                throw postField.error(expected: "each post listed once (already on line \(listedOn[post]))")
            }
            listedOn[post] = reader.rowLine
            let reserveField = CSVField(reader: reader, column: "reserve_personnel", i: header.index("reserve_personnel")!)
            posts[post].reservePersonnel = try reserveField.integer(in: ScenarioReader.Limit.personnel, unit: "personnel")
            try tally.add(posts[post].reservePersonnel, at: reserveField)
            if let column = header.index("patrol_personnel"), !reader.isEmpty(column) {
                let patrolField = CSVField(reader: reader, column: "patrol_personnel", i: column)
                posts[post].patrolPersonnel = try patrolField.integer(in: ScenarioReader.Limit.personnel, unit: "personnel")
                try tally.add(posts[post].patrolPersonnel, at: patrolField)
            }
        }
    }

    func readVehicles(into posts: inout [DeploymentPlan.PostForce]) throws {
        let file = path("vehicles.csv")
        var reader = try CSVReader(bytes: InputFile.readBytes(file), file: file)
        let header = try CSVHeader(&reader, required: ["post_id", "vehicle_type", "count"], optional: [],
                                   what: "one post and vehicle type per line")
        let types = scenario.vehicles.map(\.id)
        var placed = [Int](repeating: 0, count: types.count)
        var listedOn: [Int: Int] = [:]
        while try reader.nextRow() {
            try header.checkWidth(reader)
            let post = try postIndex(CSVField(reader: reader, column: "post_id", i: header.index("post_id")!))
            let typeField = CSVField(reader: reader, column: "vehicle_type", i: header.index("vehicle_type")!)
            let name = try typeField.text()
            guard let type = types.firstIndex(of: name) else {
                var error = typeField.error(expected: "the id of a vehicle type of the scenario (\(types.joined(separator: ", ")))")
                error.found = "unknown vehicle type \(ScenarioError.quote(name))"
                error.hint = Suggestion.hint(for: name, in: types)
                throw error
            }
            if let line = listedOn.updateValue(reader.rowLine, forKey: post * types.count + type) {
                throw typeField.error(expected: "each post and vehicle type once (already on line \(line))")
            }
            let countField = CSVField(reader: reader, column: "count", i: header.index("count")!)
            let count = try countField.integer(in: ScenarioReader.Limit.vehicles, unit: "vehicles")
            placed[type] += count
            let vehicle = scenario.vehicles[type]
            guard placed[type] <= vehicle.operableCount else {
                var error = countField.error(expected: "at most \(vehicle.operableCount) '\(vehicle.id)' over all posts: the operable "
                                             + "vehicles (\(vehicle.count) in the fleet, \(vehicle.outOfOrderCount) out of order)")
                error.found = "\(count), which brings the plan to \(placed[type])"
                throw error
            }
            posts[post].vehicles[type] = count
        }
    }

    /// The scenario's index of the post named in `field`.
    private func postIndex(_ field: CSVField) throws -> Int {
        let id = try field.text()
        if let index = postIds[id] { return index }
        var error = field.error(expected: "the id of a post of the scenario")
        error.found = "unknown post \(ScenarioError.quote(id))"
        error.hint = Suggestion.hint(for: id, in: scenario.posts.map(\.id))
        throw error
    }
}

/// The personnel a plan deploys so far, against the deployable force.
struct DeployedTally {
    let deployable: Int
    private(set) var total = 0

    init(deployable: Int) { self.deployable = deployable }

    /// Adds `count` read from `field`; throws there if the plan now deploys more than the deployable force.
    mutating func add(_ count: Int, at field: CSVField) throws {
        total += count
        guard total > deployable else { return }
        var error = field.error(expected: "a plan within the deployable force of \(deployable) personnel (guards, reserves and patrols together)")
        error.found = "\(count), which brings the plan to \(total)"
        error.hint = "BKO reinforcement is not part of a plan's deployed force"
        throw error
    }
}
