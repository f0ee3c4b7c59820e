/// The KPI catalogue: one entry per column of `ReplicationResult.kpis`, in column order.
///
/// Response time is occurrence to the first responder on scene (a TPS guard or a dispatched
/// team); quantiles are over the incidents that were answered, type 7 (linear interpolation,
/// Hyndman and Fan 1996). Shares are NaN when nothing was there to count.
extension KPI {
    public static let all: [KPI] = KPIColumn.allCases.map(\.kpi)

    /// The column of the KPI named `name`, or nil.
    public static func column(named name: String) -> Int? { all.firstIndex { $0.name == name } }
}

/// Column indices of ``KPI/all``.
enum KPIColumn: Int, CaseIterable {
    case incidents, contagionIncidents
    case responseMean, responseP50, responseP90, responseP95, dispatchWaitMean, timeInSystemMean
    case withinTargetRoad, withinTargetRiver, withinTargetRemote
    case escalated, unresolved, severeLate, preemptions
    case activeIncidentsMean, tpsHoursUncovered
    case reserveUtilization, vehicleUtilization, vehicleFailures, fatigueHours, personnelHours
    case spendAllowance, spendFuel, spendMaintenance, spendBKO, spendContingency, spendTotal
    case overrun, overrunMinute, linesOverAllocation
    case bkoRequested, bkoArrivalMinute, contingenciesOccurred
    case escortConvoys, escortDelayMean, escortPersonnelHours, escortsUnfinished

    var kpi: KPI {
        let (name, unit, description) = entry
        return KPI(name: name, unit: unit, description: description)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private var entry: (String, String, String) {
        switch self {
        case .incidents: ("incidents", "count", "Incidents that occurred (base and contagion)")
        case .contagionIncidents: ("incidents_contagion", "count", "Incidents that were offspring of the contagion process")
        case .responseMean: ("response_mean_minutes", "minutes", "Mean time from occurrence to the first responder on scene, answered incidents")
        case .responseP50: ("response_p50_minutes", "minutes", "Median response time, answered incidents")
        case .responseP90: ("response_p90_minutes", "minutes", "90th percentile of response time, answered incidents")
        case .responseP95: ("response_p95_minutes", "minutes", "95th percentile of response time, answered incidents")
        case .dispatchWaitMean: ("dispatch_wait_mean_minutes", "minutes", "Mean time from occurrence to the first dispatch from a post, dispatched incidents")
        case .timeInSystemMean: ("time_in_system_mean_minutes", "minutes", "Mean time from occurrence to resolution, resolved incidents")
        case .withinTargetRoad: ("within_target_share_road", "share", "Share of incidents at road sites answered within the road response target (NaN if none)")
        case .withinTargetRiver: ("within_target_share_river", "share", "Share of incidents at river sites answered within the river response target (NaN if none)")
        case .withinTargetRemote: ("within_target_share_remote", "share", "Share of incidents at remote sites answered within the remote response target (NaN if none)")
        case .escalated: ("incidents_escalated", "count", "Incidents that escalated at least once")
        case .unresolved: ("incidents_unresolved", "count", "Incidents still open at the end of the timeline")
        case .severeLate: ("severe_late", "count", "Incidents of severity 4 or more (at the end) not answered within their access type's target")
        case .preemptions: ("preemptions", "count", "Teams taken from a lower-severity incident for a higher-severity one")
        case .activeIncidentsMean: ("active_incidents_mean", "incidents", "Time-average number of open incidents over the timeline")
        case .tpsHoursUncovered: ("tps_hours_uncovered", "TPS-hours", "Hours of TPS guard duty with no guard group at the TPS (unguarded, or the group away at another of its TPS)")
        case .reserveUtilization: ("reserve_utilization", "share", "Busy reserve and patrol personnel-minutes over on-duty reserve and patrol personnel-minutes")
        case .vehicleUtilization: ("vehicle_utilization", "share", "Vehicle-minutes on trips over vehicle-minutes in working order")
        case .vehicleFailures: ("vehicle_failures", "count", "Vehicle failures (trips and failure waves), each sent to repair")
        case .fatigueHours: ("fatigue_hours", "person-hours", "Duty beyond the maximum without relief: guard shifts longer than max_duty_hours, reserve shifts likewise, overtime on scene or on escort after a shift ends, and rest short of rest_hours between reserve shifts")
        case .personnelHours: ("personnel_hours", "person-hours", "Personnel on duty integrated over the timeline (guards, PPK and KPU detachments, reserves and patrols, BKO)")
        case .spendAllowance: ("spend_allowance_rupiah", "rupiah", "Allowance of guards, reserves and patrols (person-days times the phase's rate)")
        case .spendFuel: ("spend_fuel_rupiah", "rupiah", "Fuel of every trip")
        case .spendMaintenance: ("spend_maintenance_rupiah", "rupiah", "Repairs of failed vehicles")
        case .spendBKO: ("spend_bko_rupiah", "rupiah", "Allowance of BKO reinforcement from its arrival")
        case .spendContingency: ("spend_contingency_rupiah", "rupiah", "Allowance of reinforcement contingencies while they last")
        case .spendTotal: ("spend_total_rupiah", "rupiah", "Everything spent")
        case .overrun: ("overrun", "0/1", "1 if total spend exceeded the total budget")
        case .overrunMinute: ("overrun_minute", "minutes from H0", "When total spend first exceeded the total budget (NaN if never)")
        case .linesOverAllocation: ("lines_over_allocation", "count", "Budget lines whose spend exceeded their allocation")
        case .bkoRequested: ("bko_requested", "0/1", "1 if BKO reinforcement was requested")
        case .bkoArrivalMinute: ("bko_arrival_minute", "minutes from H0", "When the BKO reinforcement arrived (NaN if it did not arrive within the timeline)")
        case .contingenciesOccurred: ("contingencies_occurred", "count", "Contingencies that happened in this replication")
        case .escortConvoys: ("escort_convoys", "count", "Escort convoys that left their post (ballots out, results in)")
        case .escortDelayMean: ("escort_delay_mean_minutes", "minutes", "Mean wait from a convoy's scheduled departure to its actual departure, departed convoys (NaN if none)")
        case .escortPersonnelHours: ("escort_personnel_hours", "person-hours", "Personnel on escort convoys integrated over their round trips, to the end of the timeline")
        case .escortsUnfinished: ("escorts_unfinished", "count", "Escort convoys not back at their post by their escort's end (or never gone)")
        }
    }
}
