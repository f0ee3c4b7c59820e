import Scenario

/// The text `siaga validate` prints: what the scenario holds, in the planner's terms.
struct ScenarioSummary {
    let text: String

    init(_ s: Scenario) {
        var out = "Scenario \(s.name)\n  file \(s.files.main)\n"
        out += "District \(s.district.name)\(s.district.province.isEmpty ? "" : ", \(s.district.province)"), "
        out += "\(group(Int(s.district.areaKm2.rounded()))) km²\n\n"

        let tps = s.tps
        let byCategory = tps.countByCategory(), byAccess = tps.countByAccess()
        out += "Polling stations (TPS)  \(group(tps.count)) in \(group(tps.kecamatanNames.count)) kecamatan and \(group(tps.desaNames.count)) desa; \(group(tps.totalVoters)) voters\n"
        let need = s.tpsPoliceNeed()
        var rows = [["category", "TPS", "share", "pattern", "police need"]]
        for category in VulnerabilityCategory.allCases {
            let count = byCategory[category] ?? 0
            let ratio = s.security.ratios[category]
            rows.append([category.displayName, group(count), percent(count, tps.count),
                         ratio.map { "\($0.police) : \($0.tps) TPS" } ?? "-", group(need[category] ?? 0)])
        }
        rows.append(["all", group(tps.count), "100.0%", "", group(need.values.reduce(0, +))])
        out += table(rows)
        out += "  by access: " + AccessType.allCases.map { "\($0.rawValue) \(group(byAccess[$0] ?? 0))" }.joined(separator: ", ") + "\n\n"

        var postCounts: [PostKind: Int] = [:]
        for post in s.posts { postCounts[post.kind, default: 0] += 1 }
        out += "Posts  " + PostKind.allCases.compactMap { kind in postCounts[kind].map { "\(kind.rawValue) \($0)" } }
            .joined(separator: ", ") + "\n\n"

        let f = s.force
        let totalNeed = need.values.reduce(0, +)
        out += "Force  \(group(f.totalPersonnel)) personnel in \(f.units.count) units\n"
        out += "  deployable at fraction \(fraction(f.deployableFraction)): \(group(f.deployablePersonnel)); routine duty \(group(f.routinePersonnel))\n"
        out += "  reserve (power on hand) \(group(f.reservePersonnel)); left for TPS and patrols \(group(f.deployablePersonnel - f.reservePersonnel))\n"
        let gap = totalNeed - (f.deployablePersonnel - f.reservePersonnel)
        out += "  TPS police need under the pattern \(group(totalNeed))"
        out += gap > 0 ? ": short by \(group(gap)) (BKO available \(group(f.bko.personnel)) after \(formatHours(f.bko.delayHours)))\n"
                       : ": covered with \(group(-gap)) to spare\n"
        out += "  support: Linmas \(group(f.linmasPerTPS * tps.count)) (\(f.linmasPerTPS) per TPS), TNI \(group(f.tniPersonnel)) (cap \(group(f.tniCap)))\n\n"

        var vehicleRows = [["vehicle", "kind", "count", "out of order", "operable", "seats"]]
        for v in s.vehicles {
            vehicleRows.append([v.id, v.kind.rawValue, group(v.count), "\(group(v.outOfOrderCount)) (\(percent1(v.outOfOrderShare)))",
                                group(v.operableCount), String(v.seats)])
        }
        vehicleRows.append(["all", "", group(s.vehicles.reduce(0) { $0 + $1.count }), group(s.vehicles.reduce(0) { $0 + $1.outOfOrderCount }),
                            group(s.vehicles.reduce(0) { $0 + $1.operableCount }), ""])
        out += "Vehicles\n" + table(vehicleRows) + "\n"

        let b = s.budget
        var budgetRows = [["budget line", "rupiah", "share"]]
        for line in b.lines { budgetRows.append([line.kind.rawValue, "Rp " + group(line.rupiah), percent(line.rupiah, b.totalRupiah)]) }
        if b.unallocatedRupiah > 0 || b.lines.isEmpty {
            budgetRows.append(["unallocated", "Rp " + group(b.unallocatedRupiah), percent(b.unallocatedRupiah, b.totalRupiah)])
        }
        budgetRows.append(["total", "Rp " + group(b.totalRupiah), "100.0%"])
        out += "Budget\n" + table(budgetRows)
        out += "  allowance Rp \(group(b.allowancePerPersonDayRupiah)) per person-day\n\n"

        let t = s.timeline
        let days = (t.endMinute - t.startMinute) / 1440
        out += "Timeline  election day \(t.electionDay) (UTC\(t.utcOffsetHours >= 0 ? "+" : "")\(t.utcOffsetHours)); \(t.phases.count) phases over \(formatDays(days)) days, \(t.escorts.count) escorts\n"
        var phaseRows = [["phase", "kind", "from", "to", "intensity", "guards at"]]
        for p in t.phases {
            phaseRows.append([p.id, p.kind.rawValue, ScenarioTimeText.format(p.startMinute), ScenarioTimeText.format(p.endMinute),
                              "x" + trim(p.incidentIntensity), p.guardDuties.map(\.rawValue).sorted().joined(separator: ", ")])
        }
        out += table(phaseRows) + "\n"

        let contagion = s.incidents.contagion
        out += "Incidents  \(s.incidents.types.count) types; contagion "
        out += contagion.isEnabled ? "on (branching ratio \(trim(contagion.branchingRatio)), \(trim(contagion.decayHours)) h, \(trim(contagion.rangeKm)) km)\n" : "off\n"
        out += "Contingencies  " + (s.contingencies.isEmpty ? "none" : s.contingencies.map { "\($0.id) (\($0.kind.rawValue), p \(trim($0.probability)))" }
            .joined(separator: ", ")) + "\n"
        out += "\nValid.\n"
        text = out
    }
}

/// Formats times as the scenario writes them.
enum ScenarioTimeText {
    static func format(_ minutes: Double) -> String {
        let total = Int(minutes.rounded(.down))
        let day = total >= 0 ? total / 1440 : -((-total + 1439) / 1440)
        let minuteOfDay = total - day * 1440
        let sign = day > 0 ? "+" : (day < 0 ? "-" : "")
        let hh = minuteOfDay / 60, mm = minuteOfDay % 60
        return "H\(sign)\(day == 0 ? "0" : String(abs(day))) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
    }
}
