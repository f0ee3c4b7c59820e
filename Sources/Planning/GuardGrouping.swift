import Scenario

/// Forms the guard groups of the security pattern: `police` officers over `tps` TPS of a category.
enum GuardGrouping {
    /// A possible guard group: TPS of one category that the pattern puts under one set of police.
    struct Candidate: Sendable, Equatable {
        var category: VulnerabilityCategory
        /// 1-based position in the category's proximity order; the group id is built from it.
        var sequence: Int
        /// TPS indices, in proximity order.
        var members: [Int]
        /// Mean distance from each member TPS to its own Polsek post, km.
        var meanDistanceKm: Double
    }

    /// The category's TPS in proximity order, cut into groups of `ratio.tps`.
    ///
    /// TPS are sorted by (kecamatan name, desa name, latitude, longitude, scenario order), so a
    /// group holds neighbouring TPS of one desa where it can and crosses into the next desa or
    /// kecamatan only to fill up. The number of groups is `ceil(n / ratio.tps)`, the same count
    /// `Scenario.tpsPoliceNeed()` uses, so the doctrine need matches `siaga validate`.
    /// - Complexity: O(n log n) for the category's n TPS.
    static func candidates(_ scenario: Scenario, category: VulnerabilityCategory,
                           ratio: SecurityPattern.Ratio) -> [Candidate] {
        let tps = scenario.tps
        let kecamatanRank = ranks(tps.kecamatanNames), desaRank = ranks(tps.desaNames)
        var members = tps.category.indices.filter { tps.category[$0] == category }
        members.sort { a, b in
            let ka = kecamatanRank[Int(tps.kecamatan[a])], kb = kecamatanRank[Int(tps.kecamatan[b])]
            if ka != kb { return ka < kb }
            let da = desaRank[Int(tps.desa[a])], db = desaRank[Int(tps.desa[b])]
            if da != db { return da < db }
            if tps.latitude[a] != tps.latitude[b] { return tps.latitude[a] < tps.latitude[b] }
            if tps.longitude[a] != tps.longitude[b] { return tps.longitude[a] < tps.longitude[b] }
            return a < b
        }
        return stride(from: 0, to: members.count, by: ratio.tps).enumerated().map { offset, start in
            let chunk = Array(members[start..<min(start + ratio.tps, members.count)])
            let total = chunk.reduce(0.0) { $0 + distanceToPolsekKm(scenario, tps: $1) }
            return Candidate(category: category, sequence: offset + 1, members: chunk,
                             meanDistanceKm: total / Double(chunk.count))
        }
    }

    /// Candidates nearest to their Polsek first; ties in proximity order.
    static func nearestFirst(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted {
            $0.meanDistanceKm != $1.meanDistanceKm ? $0.meanDistanceKm < $1.meanDistanceKm : $0.sequence < $1.sequence
        }
    }

    /// The group id: the category's name and the zero-padded sequence, e.g. `kurang_rawan-017`.
    /// Ids do not depend on the force, so a larger force adds groups without renaming any.
    static func id(category: VulnerabilityCategory, sequence: Int, of count: Int) -> String {
        let digits = String(sequence), width = String(max(count, 1)).count
        return category.rawValue + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func distanceToPolsekKm(_ scenario: Scenario, tps i: Int) -> Double {
        let post = scenario.posts[Int(scenario.tps.polsek[i])]
        return Geodesy.distanceKm(latitude1: scenario.tps.latitude[i], longitude1: scenario.tps.longitude[i],
                                  latitude2: post.latitude, longitude2: post.longitude)
    }

    /// Rank of each name in sorted order.
    private static func ranks(_ names: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: names.count)
        for (position, index) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rank[index] = position }
        return rank
    }
}
