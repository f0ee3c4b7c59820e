import Scenario
import Simulation

/// The end of a replication: the incident log, the KPIs in `KPI.all` order, the hourly series.
extension Replication {
    mutating func finish(replication number: Int) -> ReplicationResult {
        let end = model.phases.horizonEnd
        advance(to: end)
        for t in teams.indices where teams[t].state != .free && teams[t].group < 0 && teams[t].shiftSerial != shiftSerial {
            tally.fatigueHours += Double(teams[t].personnel) * max(0, end - teams[t].shiftEnd) / 60
        }
        var kpis = [Double](repeating: .nan, count: KPIColumn.allCases.count)
        let responses = incidentKPIs(into: &kpis)
        forceKPIs(into: &kpis)
        budgetKPIs(into: &kpis)
        escortKPIs(into: &kpis)
        var result = ReplicationResult(replication: number, kpis: kpis,
                                       incidents: model.options.recordIncidents ? records() : [],
                                       hourly: tally.hourly)
        result.personnelHoursByPhase = tally.personnelHoursByPhase
        result.responses = responses
        return result
    }

    private func records() -> [IncidentRecord] {
        incidents[0..<scheduledCount].map { incident in
            let site = Int(incident.site), isPost = model.sites.isPost(site)
            return IncidentRecord(
                type: incident.type, site: Int32(isPost ? site - model.sites.tpsCount : site), siteIsPost: isPost,
                initialSeverity: incident.initialSeverity, finalSeverity: incident.severity,
                occurredMinute: incident.time, firstArrivalMinute: incident.firstArrival,
                fullStrengthMinute: incident.fullStrength, dispatchMinute: incident.dispatchMinute,
                resolvedMinute: incident.resolvedMinute,
                respondersNeeded: Int16(clamping: incident.needed), respondersMax: Int16(clamping: incident.respondersMax),
                escalations: incident.escalations, isContagion: incident.isContagion,
                access: SiteTable.accessTypes[Int(model.sites.access[site])])
        }
    }

    /// The incident KPIs; returns the response times binned for `response_cdf.csv`.
    private func incidentKPIs(into kpis: inout [Double]) -> ResponseHistogram {
        var responses: [Double] = [], waits = Summation(), inSystem = Summation()
        var histogram = ResponseHistogram()
        var answeredInTime = [0, 0, 0], total = [0, 0, 0]
        var contagion = 0, escalated = 0, unresolved = 0, severeLate = 0
        responses.reserveCapacity(scheduledCount)
        for incident in incidents[0..<scheduledCount] {
            let access = Int(model.sites.access[Int(incident.site)])
            let response = incident.firstArrival - incident.time
            let isInTime = !response.isNaN && response <= model.responseTarget[access]
            if !response.isNaN { responses.append(response) }
            histogram.add(responseMinutes: response)
            if !incident.dispatchMinute.isNaN { waits.add(incident.dispatchMinute - incident.time) }
            if !incident.resolvedMinute.isNaN { inSystem.add(incident.resolvedMinute - incident.time) }
            total[access] += 1
            if isInTime { answeredInTime[access] += 1 }
            if incident.isContagion { contagion += 1 }
            if incident.escalations > 0 { escalated += 1 }
            if incident.status != .resolved { unresolved += 1 }
            if incident.severity >= 4 && !isInTime { severeLate += 1 }
        }
        responses.sort()
        kpis[KPIColumn.incidents.rawValue] = Double(scheduledCount)
        kpis[KPIColumn.contagionIncidents.rawValue] = Double(contagion)
        kpis[KPIColumn.responseMean.rawValue] = responses.isEmpty ? .nan : responses.reduce(0, +) / Double(responses.count)
        kpis[KPIColumn.responseP50.rawValue] = Replication.quantile(responses, 0.50)
        kpis[KPIColumn.responseP90.rawValue] = Replication.quantile(responses, 0.90)
        kpis[KPIColumn.responseP95.rawValue] = Replication.quantile(responses, 0.95)
        kpis[KPIColumn.dispatchWaitMean.rawValue] = waits.mean
        kpis[KPIColumn.timeInSystemMean.rawValue] = inSystem.mean
        let shares: [KPIColumn] = [.withinTargetRoad, .withinTargetRiver, .withinTargetRemote]
        for a in 0..<3 {
            kpis[shares[a].rawValue] = total[a] == 0 ? .nan : Double(answeredInTime[a]) / Double(total[a])
        }
        kpis[KPIColumn.escalated.rawValue] = Double(escalated)
        kpis[KPIColumn.unresolved.rawValue] = Double(unresolved)
        kpis[KPIColumn.severeLate.rawValue] = Double(severeLate)
        kpis[KPIColumn.preemptions.rawValue] = Double(tally.preemptions)
        let length = model.phases.horizonEnd - model.phases.horizonStart
        kpis[KPIColumn.activeIncidentsMean.rawValue] = length > 0 ? tally.activeArea / length : .nan
        return histogram
    }

    private func forceKPIs(into kpis: inout [Double]) {
        let force = model.force
        kpis[KPIColumn.tpsHoursUncovered.rawValue] = Double(force.unguardedTPS) * model.phases.tpsDutyHours + tally.awayHours
        kpis[KPIColumn.reserveUtilization.rawValue] = tally.onDutyReserveArea > 0 ? tally.busyReserveArea / tally.onDutyReserveArea : .nan
        kpis[KPIColumn.vehicleUtilization.rawValue] = tally.workingVehicleArea > 0 ? tally.busyVehicleArea / tally.workingVehicleArea : .nan
        kpis[KPIColumn.vehicleFailures.rawValue] = Double(tally.vehicleFailures)
        kpis[KPIColumn.fatigueHours.rawValue] = tally.fatigueHours + model.guardFatigueHoursPerGuard * Double(force.guardPoliceTotal)
        kpis[KPIColumn.personnelHours.rawValue] = tally.personnelHours
        kpis[KPIColumn.bkoRequested.rawValue] = tally.isBKORequested ? 1 : 0
        kpis[KPIColumn.bkoArrivalMinute.rawValue] = tally.bkoArrivalMinute
        kpis[KPIColumn.contingenciesOccurred.rawValue] = Double(tally.contingenciesOccurred)
    }

    private func budgetKPIs(into kpis: inout [Double]) {
        let columns: [(Budget.LineKind, KPIColumn)] = [
            (.allowance, .spendAllowance), (.fuel, .spendFuel), (.maintenance, .spendMaintenance),
            (.bko, .spendBKO), (.contingency, .spendContingency),
        ]
        for (line, column) in columns { kpis[column.rawValue] = ledger.spent(line) }
        kpis[KPIColumn.spendTotal.rawValue] = ledger.total
        kpis[KPIColumn.overrun.rawValue] = ledger.overrunMinute.isNaN ? 0 : 1
        kpis[KPIColumn.overrunMinute.rawValue] = ledger.overrunMinute
        let budget = model.scenario.budget
        let over = BudgetLedger.lines.filter { ledger.spent($0) > Double(budget.allocated($0)) + 1e-6 }
        kpis[KPIColumn.linesOverAllocation.rawValue] = Double(over.count)
    }

    /// The type-7 sample quantile of sorted values (Hyndman and Fan, "Sample quantiles in
    /// statistical packages", Am. Stat. 50(4), 1996): `h = (n - 1) p`, linear between the
    /// neighbouring order statistics. NaN for no values.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down)), high = min(sorted.count - 1, low + 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
}

/// A running sum and count; mean NaN when empty.
struct Summation {
    var sum = 0.0
    var count = 0
    mutating func add(_ value: Double) { sum += value; count += 1 }
    var mean: Double { count == 0 ? .nan : sum / Double(count) }
}
