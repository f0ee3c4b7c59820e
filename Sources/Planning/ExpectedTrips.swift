import Foundation
import Scenario

/// The fuel and repairs a deployment is planned to cost: the expected trips of the operation,
/// charged the way the simulator's ledger charges them (Sources/Operations/VehicleTable.swift).
///
/// Expected incidents. The rate of the incident model (IncidentModel.swift) integrated over the
/// timeline, block by block (phase × local hour), gives per type k and unit site weight
///
/// ```
/// I_k = Σ_phases Σ_hours base_k · intensity_p · phaseFactor_k,p · hourly[h] · minutes / 1440,
/// E[N_k,s] = I_k · w_s / (1 - eta)
/// ```
///
/// with `w_s = riskWeight[cat] · (0.5 + risk)` for a TPS and 1 for each PPK or KPU office, and
/// `1 / (1 - eta)` the mean Hawkes cluster size when contagion is on (Hawkes and Oakes 1974).
/// Surges of contingencies are left out.
///
/// Trips (the reference dispatch). Each incident is answered from the Polres or Polsek post and
/// vehicle type that reach it fastest (`60 · km · roadFactor / speed[access]`), with
/// `ceil(responders / seats)` vehicles, out and back; each escort convoy drives home (the police
/// post nearest its origin), origin, destination, home, in the fastest vehicle of its kind:
///
/// ```
/// fuel  = Σ trips · vehicles · (km · litresPerKm + hours · litresPerHour) · price
/// parts = Σ trips · vehicles · (1 - exp(-km / meanKmBetweenFailures)) · repairCost
/// ```
///
/// This is the plan's *planned* fuel and maintenance: it does not depend on where the plan puts
/// people (the design intent is that each incident is answered from its own area). A plan that
/// keeps its reserves far away spends more in the simulation; `siaga simulate` measures that.
public struct ExpectedTrips: Sendable, Equatable {
    public var incidents: Double = 0
    public var fuelRupiah: Double = 0
    public var maintenanceRupiah: Double = 0

    public init(scenario: Scenario) {
        let police = scenario.posts.indices.filter { scenario.posts[$0].kind == .polres || scenario.posts[$0].kind == .polsek }
        guard !police.isEmpty else { return }
        let perWeight = Self.integratedRates(scenario)
        let eta = scenario.incidents.contagion.isEnabled ? scenario.incidents.contagion.branchingRatio : 0
        let tps = scenario.tps
        let weights = (0..<tps.count).map { (scenario.incidents.riskWeights[tps.category[$0]] ?? 1) * (0.5 + tps.risk[$0]) }
        for (k, type) in scenario.incidents.types.enumerated() {
            var sites: [(latitude: Double, longitude: Double, access: AccessType, weight: Double)] = []
            switch type.site {
            case .tps: sites = (0..<tps.count).map { (tps.latitude[$0], tps.longitude[$0], tps.access[$0], weights[$0]) }
            case .ppk, .kpu:
                let kind: PostKind = type.site == .ppk ? .ppk : .kpu
                sites = scenario.posts.filter { $0.kind == kind }.map { ($0.latitude, $0.longitude, $0.access, 1) }
            }
            for site in sites {
                let count = perWeight[k] * site.weight / (1 - eta)
                guard count > 0, let trip = Self.fastest(scenario, from: police, latitude: site.latitude,
                                                         longitude: site.longitude, access: site.access) else { continue }
                let vehicles = Double((type.responders + trip.seats - 1) / trip.seats)
                incidents += count
                add(scenario, type: trip.type, km: 2 * trip.km, minutes: 2 * trip.minutes, times: count * vehicles)
            }
        }
        addEscorts(scenario, police: police)
    }

    /// `I_k`: expected incidents of each type per unit site weight over the timeline.
    static func integratedRates(_ scenario: Scenario) -> [Double] {
        let model = scenario.incidents
        return model.types.map { type in
            var total = 0.0
            for phase in scenario.timeline.phases {
                let factor = type.phaseFactors[phase.id] ?? type.phaseFactors[phase.kind.rawValue] ?? 1
                var t = phase.startMinute
                while t < phase.endMinute {
                    let hour = (t / 60).rounded(.down)
                    let next = min(phase.endMinute, (hour + 1) * 60)
                    let h = ((Int(hour) % 24) + 24) % 24
                    total += type.ratePerSiteDay * phase.incidentIntensity * factor * model.hourlyProfile[h] * (next - t) / 1_440
                    t = next
                }
            }
            return total
        }
    }

    /// The (post, vehicle type) reaching a place fastest, one way; only vehicles of `kind` if given.
    static func fastest(_ scenario: Scenario, from posts: [Int], latitude: Double, longitude: Double, access: AccessType,
                        kind: VehicleKind? = nil) -> (post: Int, type: Int, km: Double, minutes: Double, seats: Int)? {
        var best: (post: Int, type: Int, km: Double, minutes: Double, seats: Int)?
        for p in posts {
            let post = scenario.posts[p]
            let km = Geodesy.distanceKm(latitude1: post.latitude, longitude1: post.longitude, latitude2: latitude, longitude2: longitude)
                * scenario.dispatch.roadFactor
            for (v, vehicle) in scenario.vehicles.enumerated() where vehicle.operableCount > 0 && (kind == nil || vehicle.kind == kind) {
                let speed = vehicle.speedKmh[access] ?? 0
                guard speed > 0 else { continue }
                let minutes = 60 * km / speed
                if best == nil || minutes < best!.minutes { best = (p, v, km, minutes, max(1, vehicle.seats)) }
            }
        }
        return best
    }

    private mutating func add(_ scenario: Scenario, type v: Int, km: Double, minutes: Double, times: Double) {
        let vehicle = scenario.vehicles[v]
        let price = Double(scenario.budget.fuelPriceRupiahPerLitre[vehicle.fuel] ?? 0)
        fuelRupiah += times * (km * vehicle.fuelLitresPerKm + minutes / 60 * vehicle.fuelLitresPerHour) * price
        let failure = vehicle.meanKmBetweenFailures > 0 && km > 0 ? -expm1(-km / vehicle.meanKmBetweenFailures) : 0
        maintenanceRupiah += times * failure * Double(scenario.budget.repairCostRupiah)
    }

    /// Escort convoys: home → origin → destination → home, one vehicle of the escort's kind.
    private mutating func addEscorts(_ scenario: Scenario, police: [Int]) {
        let kpu = scenario.posts.filter { $0.kind == .kpu }, ppk = scenario.posts.filter { $0.kind == .ppk }
        guard let office = kpu.first, !ppk.isEmpty else { return }
        let factor = scenario.dispatch.roadFactor
        for escort in scenario.timeline.escorts {
            for c in 0..<escort.convoys {
                let station = ppk[c % ppk.count]
                let (origin, destination) = escort.kind == .ballotsOut ? (office, station) : (station, office)
                guard let out = Self.fastest(scenario, from: police, latitude: origin.latitude, longitude: origin.longitude,
                                             access: origin.access, kind: escort.vehicle) else { continue }
                let speed = scenario.vehicles[out.type].speedKmh[destination.access] ?? 0
                guard speed > 0 else { continue }
                let home = scenario.posts[out.post]
                let leg = Geodesy.distanceKm(latitude1: origin.latitude, longitude1: origin.longitude,
                                             latitude2: destination.latitude, longitude2: destination.longitude) * factor
                let back = Geodesy.distanceKm(latitude1: destination.latitude, longitude1: destination.longitude,
                                              latitude2: home.latitude, longitude2: home.longitude) * factor
                let km = out.km + leg + back
                add(scenario, type: out.type, km: km, minutes: 60 * km / speed, times: 1)
            }
        }
    }
}
