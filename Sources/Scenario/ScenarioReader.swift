import Foundation

/// Reads the top level of a scenario's YAML main file and assembles the `Scenario`.
///
/// Section readers live in `ScenarioReader+Section.swift` files. Cross-references are checked
/// where the referring value is read, so each error keeps its line: posts and the TPS table are
/// read first, then the sections that name them (a TPS naming a Polsek, a phase factor naming a
/// phase, a guard duty or incident site needing a PPK or KPU post, a contingency naming a kecamatan).
struct ScenarioReader {
    let top: YAMLMapping
    let folder: String
    let file: String

    /// Ranges beyond which a number cannot be real for a district (or the whole country).
    enum Limit {
        static let personnel = 0...1_000_000
        static let vehicles = 0...1_000_000
        static let rupiah = 0...1_000_000_000_000_000
    }

    func read() throws -> Scenario {
        let versionNode = try top.required("siaga", expected: "the format version, 1")
        guard case .success(Scenario.formatVersion) = versionNode.int(in: 0...Int.max) else {
            throw versionNode.error(expected: "format version \(Scenario.formatVersion), the only one this Siaga reads")
        }
        let name = try top.required("name", expected: "the scenario's name").string()
        let description = try top.optional("description")?.string() ?? ""
        let seed = try readSeed()
        let district = try readDistrict(top.required("district", expected: "a mapping with name, province, area_km2"))
        let tables = try top.required("tables", expected: "a mapping with at least 'tps: FILE.csv'").mapping()
        let tpsPath = try tables.required("tps", expected: "the polling-station CSV file").string()
        let postsPath = try tables.optional("posts")?.string()
        let travelPath = try tables.optional("travel_times")?.string()
        try tables.finish()

        let posts = try readPosts(csvPath: postsPath)
        let tps = try TPSTableReader.read(path: resolve(tpsPath), posts: posts)
        let sites = Set([IncidentSite.tps] + (posts.contains { $0.kind == .ppk } ? [.ppk] : [])
                        + (posts.contains { $0.kind == .kpu } ? [.kpu] : []))
        let timeline = try readTimeline(top.required("timeline", expected: "a mapping with election_day and phases"), sites: sites)
        var travelTimes: [TravelTime] = []
        if let travelPath {
            let postIds = Set(posts.map(\.id)), tpsIds = Set(tps.ids)
            travelTimes = try TravelTimeReader.read(path: resolve(travelPath)) { postIds.contains($0) || tpsIds.contains($0) }
        }

        var scenario = Scenario(
            name: name, description: description, seed: seed, district: district,
            posts: posts, tps: tps,
            force: try readForce(top.required("force", expected: "a mapping with units")),
            vehicles: try readVehicles(top.required("vehicles", expected: "a list of vehicle types")),
            budget: try readBudget(top.required("budget", expected: "a mapping with total_rupiah")),
            timeline: timeline,
            incidents: try readIncidents(top.required("incidents", expected: "a mapping with types"), timeline: timeline, sites: sites),
            contingencies: [],
            dispatch: try top.optional("dispatch").map(readDispatch) ?? Dispatch(),
            security: try top.optional("security").map(readSecurity)
                ?? SecurityPattern(ratios: SecurityPattern.practice2024),
            travelTimes: travelTimes,
            files: .init(main: file, tps: resolve(tpsPath), posts: postsPath.map(resolve), travelTimes: travelPath.map(resolve))
        )
        if let planning = top.optional("planning") {
            scenario.planning = try readPlanning(planning)
        }
        if let list = top.optional("contingencies") {
            var ids = Set<String>()
            let kecamatan = tps.kecamatanNames
            scenario.contingencies = try list.sequence().map { node in
                let contingency = try ContingencyReader.read(node, electionDay: timeline.day, kecamatan: kecamatan)
                guard ids.insert(contingency.id).inserted else {
                    throw node.error(expected: "a contingency id used once", found: "'\(contingency.id)' again")
                }
                return contingency
            }
        }
        try top.finish()
        return scenario
    }

    /// A table path relative to the main file's folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }

    private func readSeed() throws -> UInt64 {
        guard let node = top.optional("seed") else { return 1 }
        return UInt64(try node.int(in: 0...Int.max).get())
    }

    private func readDistrict(_ node: YAMLNode) throws -> Scenario.District {
        let map = try node.mapping()
        let district = Scenario.District(
            name: try map.required("name", expected: "the district's name").string(),
            province: try map.optional("province")?.string() ?? "",
            areaKm2: try map.required("area_km2", expected: "the area in square kilometres")
                .double(in: 0.01...2_000_000, unit: "km²").get()
        )
        try map.finish()
        return district
    }

    private func readPosts(csvPath: String?) throws -> [Post] {
        let inline = top.optional("posts")
        switch (inline, csvPath) {
        case (let node?, nil):
            let items = try node.sequence()
            guard !items.isEmpty else { throw node.error(expected: "at least one post (a Polsek at least)", found: "an empty list") }
            let posts = try items.map(PostReader.read)
            try PostReader.checkUnique(posts, location: { items[$0].location }, keyPath: { "\(items[$0].keyPath).\($1)" })
            return posts
        case (nil, let path?):
            return try PostReader.readCSV(path: resolve(path))
        case (let node?, _?):
            throw node.error(expected: "posts either inline here or in tables.posts, not both", found: "both")
        case (nil, nil):
            throw ScenarioError(.invalid, at: top.location, keyPath: "posts",
                                expected: "a list of posts, or 'posts: FILE.csv' under tables", found: "neither")
        }
    }
}
