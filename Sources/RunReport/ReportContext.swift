import Charts
import Scenario

/// What every chart builder of one report shares: the run, its scenario and plan, the language.
struct ReportContext {
    let folder: RunFolder
    let scenario: Scenario
    let strings: ReportStrings
    /// The plan drawn on the map: the simulated plan, or a compare folder's baseline plan.
    let plan: DeploymentPlan?
    /// Where that plan was read from.
    let planFolder: String?

    var replications: Int { folder.manifest.replications }
    var numbers: NumberText { strings.numbers }

    /// `Base case` or `Contingency: flood`.
    func caseLabel(_ name: String) -> String {
        name == "base" ? strings[.baseCase] : strings.format(.contingencyCase, ["name": name])
    }

    /// A phase's label: its kind in words, with its id when several phases share the kind.
    func phaseLabel(_ index: Int) -> String {
        let phases = scenario.timeline.phases
        guard index < phases.count else { return strings[.phaseNone] }
        let phase = phases[index]
        let kind: String
        switch phase.kind {
        case .campaign: kind = strings[.phaseCampaign]
        case .quiet: kind = strings[.phaseQuiet]
        case .voting: kind = strings[.phaseVoting]
        case .counting: kind = strings[.phaseCounting]
        case .recapitulation: kind = strings[.phaseRecapitulation]
        case .other: kind = strings[.phaseOther]
        }
        return phases.filter { $0.kind == phase.kind }.count > 1 ? "\(kind) (\(phase.id))" : kind
    }

    /// The colour of a phase, the same in every chart; grey outside every phase.
    func phaseColor(_ index: Int) -> String {
        index < scenario.timeline.phases.count ? Palette.color(index) : Palette.neutral
    }

    func accessLabel(_ access: AccessType) -> String {
        switch access {
        case .road: strings[.accessRoad]
        case .river: strings[.accessRiver]
        case .remote: strings[.accessRemote]
        }
    }

    /// The headline KPIs of a comparison, with their labels.
    var mainKPIs: [(kpi: String, label: String, unit: String)] {
        [("response_mean_minutes", strings[.kpiResponseMean], "minutes"),
         ("response_p90_minutes", strings[.kpiResponseP90], "minutes"),
         ("within_target_share_road", strings[.kpiWithinTargetRoad], "share"),
         ("spend_total_rupiah", strings[.kpiSpendTotal], "rupiah")]
    }

    /// A percentage tick label: `20%`, `2,5%`.
    func percent(_ share: Double, decimals: Int) -> String { numbers.string(share * 100, decimals: decimals) + "%" }

    /// A day from H0 as a planner writes it: `H-3`, `H0`, `H+1`.
    func dayLabel(_ days: Double) -> String {
        let rounded = (days * 100).rounded() / 100
        if rounded == 0 { return "H0" }
        let decimals = rounded == rounded.rounded() ? 0 : 1
        return (rounded > 0 ? "H+" : "H-") + numbers.string(abs(rounded), decimals: decimals)
    }
}
