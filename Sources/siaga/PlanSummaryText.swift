import Planning
import Scenario

/// The text `siaga plan` prints: what the plan does with the force, in the planner's terms.
struct PlanSummaryText {
    let text: String

    init(_ s: PlanSummary, scenario: Scenario, output: String) {
        var out = "Plan '\(s.strategy)' for \(scenario.name)\n"
        out += "  wrote \(output)/: \(DeploymentPlan.fileNames.joined(separator: ", "))\n\n"

        out += "Guards  \(group(s.guardPolice)) police in \(group(s.guardGroups)) groups; "
        out += "\(group(s.guardedTPS)) of \(group(s.tps)) TPS guarded, \(group(s.unguardedTPS)) unguarded\n"
        var rows = [["category", "TPS", "guarded", "unguarded", "groups", "police", "pattern", "need"]]
        for c in s.coverage {
            let ratio = scenario.security.ratios[c.category]
            rows.append([c.category.displayName, group(c.tps), group(c.guarded), group(c.unguarded), group(c.groups),
                         group(c.police), ratio.map { "\($0.police) : \($0.tps)" } ?? "-", group(c.doctrineNeed)])
        }
        rows.append(["all", group(s.tps), group(s.guardedTPS), group(s.unguardedTPS), group(s.guardGroups),
                     group(s.guardPolice), "", group(s.doctrineNeed)])
        out += table(rows)
        if s.unguardedTPS > 0 && s.doctrineNeed > s.guardPolice {
            out += "  the force is short of the pattern: \(group(s.unguardedTPS)) TPS unguarded; "
            out += "\(group(s.doctrineNeed - s.guardPolice)) more police would guard them all\n"
        } else if s.unguardedTPS > 0 {
            out += "  \(group(s.unguardedTPS)) TPS unguarded: the plan puts its guard police where they are worth more\n"
        }
        out += "\n"

        out += "Reserves  \(group(s.reservePersonnel)): "
        out += s.reserves.filter { $0.kind == .polres || $0.kind == .polsek || $0.personnel > 0 }
            .map { "\($0.kind.rawValue) \(group($0.personnel)) (\($0.postsWithReserves) of \($0.posts) posts)" }
            .joined(separator: ", ") + "\n"
        out += "Patrols  \(group(s.patrolPersonnel))\n"
        out += "Deployed  \(group(s.deployedPersonnel)) of \(group(s.deployablePersonnel)) deployable\n\n"

        var vehicleRows = [["vehicle", "kind", "placed", "operable", "posts"]]
        for v in s.vehicles {
            vehicleRows.append([v.id, v.kind.rawValue, group(v.placed), group(v.operable), group(v.posts)])
        }
        out += "Vehicles\n" + table(vehicleRows)
        text = out
    }
}
