import Scenario

/// Places the operable vehicles of each type at posts, where the people who drive them stand by.
enum VehiclePlacement {
    /// Vehicles per post and type (`[post][type]`).
    ///
    /// - Road vehicles (cars, motorcycles, trucks): each type's `operableCount` by largest
    ///   remainder over the posts' reserve personnel. With no reserves anywhere, all go to the
    ///   Polres HQ, or without one over `fallbackWeights`.
    /// - Boats: only to posts whose area has river TPS, in proportion to those river TPS among
    ///   the posts holding reserves. A Polsek's area is its TPS; the Polres HQ's area is the whole
    ///   district (its reserve serves every Polsek). If no post with reserves has river TPS in its
    ///   area, boats go by river TPS alone; with no river TPS at all, as road vehicles.
    static func place(_ scenario: Scenario, reserves: [Int], headquarters: Int?, fallbackWeights: [Double]) -> [[Int]] {
        let postCount = scenario.posts.count
        var result = [[Int]](repeating: [Int](repeating: 0, count: scenario.vehicles.count), count: postCount)
        let river = riverTPS(scenario, headquarters: headquarters)
        let staffedRiver = river.indices.map { reserves[$0] > 0 ? river[$0] : 0 }
        for (type, vehicle) in scenario.vehicles.enumerated() where vehicle.operableCount > 0 {
            let count = vehicle.operableCount
            var parts: [Int]?
            if vehicle.kind == .boat {
                parts = Apportionment.largestRemainder(count, weights: staffedRiver)
                    ?? Apportionment.largestRemainder(count, weights: river)
            }
            parts = parts ?? Apportionment.largestRemainder(count, weights: reserves.map(Double.init))
            if parts == nil, let headquarters {
                parts = [Int](repeating: 0, count: postCount)
                parts![headquarters] = count
            }
            parts = parts ?? Apportionment.largestRemainder(count, weights: fallbackWeights)
            for (post, part) in (parts ?? []).enumerated() { result[post][type] = part }
        }
        return result
    }

    /// River TPS in each post's area (Polsek: its TPS; Polres HQ: the district; others: none).
    static func riverTPS(_ scenario: Scenario, headquarters: Int?) -> [Double] {
        var counts = [Double](repeating: 0, count: scenario.posts.count)
        var total = 0.0
        for i in 0..<scenario.tps.count where scenario.tps.access[i] == .river {
            counts[Int(scenario.tps.polsek[i])] += 1
            total += 1
        }
        if let headquarters { counts[headquarters] = total }
        return counts
    }
}
