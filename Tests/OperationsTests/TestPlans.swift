@testable import Scenario

/// Two simple plans for real scenarios, independent of the Planning target: what a test needs is
/// two plans that differ, not good ones.
enum TestPlans {
    /// No guards; the deployable force as reserves at the Polres HQ with every operable vehicle.
    static func allAtHeadquarters(_ scenario: Scenario) -> DeploymentPlan {
        let hq = scenario.posts.firstIndex { $0.kind == .polres } ?? 0
        let posts = scenario.posts.indices.map { p in
            DeploymentPlan.PostForce(post: p, reservePersonnel: p == hq ? scenario.force.deployablePersonnel : 0,
                                     patrolPersonnel: 0,
                                     vehicles: scenario.vehicles.map { p == hq ? $0.operableCount : 0 })
        }
        return DeploymentPlan(strategy: "all-at-hq", guardGroups: [],
                              tpsGuardGroup: [Int32](repeating: -1, count: scenario.tps.count),
                              posts: posts, shifts: .init())
    }

    /// Two police at every TPS that is not kurang rawan (one group per TPS) and one group of two
    /// per ten kurang rawan TPS of a Polsek, while the deployable force lasts; the rest as
    /// reserves spread evenly over the Polsek; vehicles spread the same way.
    static func guardsAndPolsekReserves(_ scenario: Scenario) -> DeploymentPlan {
        var budget = scenario.force.deployablePersonnel
        var groups: [DeploymentPlan.GuardGroup] = []
        var tpsGroup = [Int32](repeating: -1, count: scenario.tps.count)
        var openGroup: [Int32: (group: Int32, members: Int)] = [:]
        for t in 0..<scenario.tps.count where budget >= 2 {
            if scenario.tps.category[t] != .kurangRawan {
                tpsGroup[t] = Int32(groups.count)
                groups.append(.init(id: "g\(groups.count)", police: 2))
                budget -= 2
            } else if let current = openGroup[scenario.tps.polsek[t]], current.members < 10 {
                tpsGroup[t] = current.group
                openGroup[scenario.tps.polsek[t]] = (current.group, current.members + 1)
            } else {
                tpsGroup[t] = Int32(groups.count)
                openGroup[scenario.tps.polsek[t]] = (Int32(groups.count), 1)
                groups.append(.init(id: "g\(groups.count)", police: 2))
                budget -= 2
            }
        }
        let polsek = scenario.posts.indices.filter { scenario.posts[$0].kind == .polsek }
        let posts = scenario.posts.indices.map { p -> DeploymentPlan.PostForce in
            guard let rank = polsek.firstIndex(of: p) else {
                return .init(post: p, reservePersonnel: 0, patrolPersonnel: 0, vehicles: scenario.vehicles.map { _ in 0 })
            }
            let share = { (total: Int) in total / polsek.count + (rank < total % polsek.count ? 1 : 0) }
            return .init(post: p, reservePersonnel: share(budget), patrolPersonnel: 0,
                         vehicles: scenario.vehicles.map { share($0.operableCount) })
        }
        return DeploymentPlan(strategy: "guards-and-polsek", guardGroups: groups, tpsGuardGroup: tpsGroup,
                              posts: posts, shifts: .init())
    }
}
