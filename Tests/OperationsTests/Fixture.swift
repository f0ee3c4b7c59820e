import Foundation
@testable import Operations
@testable import Scenario

/// Tiny districts built in code: a Polres HQ and one Polsek, TPS where the test puts them, one
/// incident type, one phase; each test changes what it needs.
enum Fixture {
    static let latitude = -1.8
    static let longitude = 110.0

    /// A district with `tps` polling stations at the given offsets (km east, km north) from the
    /// posts, which stand together at (latitude, longitude).
    static func scenario(tpsOffsetsKm: [(east: Double, north: Double)], days: Double = 2,
                         type: IncidentType = incidentType()) -> Scenario {
        var tps = PollingStations()
        tps.kecamatanNames = ["Hilir"]
        tps.desaNames = ["Desa"]
        for (n, offset) in tpsOffsetsKm.enumerated() {
            let (lat, lon) = Geography.offset(latitude: latitude, longitude: longitude, eastKm: offset.east, northKm: offset.north)
            tps.ids.append("tps-\(n + 1)")
            tps.latitude.append(lat)
            tps.longitude.append(lon)
            tps.voters.append(250)
            tps.desa.append(0)
            tps.kecamatan.append(0)
            tps.polsek.append(1)
            tps.access.append(.road)
            tps.category.append(.kurangRawan)
            tps.risk.append(0.5)
        }
        let posts = [
            Post(id: "polres", name: "Polres", kind: .polres, kecamatan: "Hilir", latitude: latitude, longitude: longitude, access: .road),
            Post(id: "polsek", name: "Polsek", kind: .polsek, kecamatan: "Hilir", latitude: latitude, longitude: longitude, access: .road),
        ]
        var force = Force(units: [Force.Unit(id: "samapta", personnel: 300)])
        force.bko.personnel = 0
        var dispatch = Dispatch()
        dispatch.dispatchDelayMinutes = 0
        dispatch.preemption = false
        let car = VehicleType(id: "r4", kind: .car, count: 100, outOfOrderShare: 0, seats: 5,
                              speedKmh: [.road: 60, .river: 0, .remote: 20], fuel: .pertalite,
                              fuelLitresPerKm: 0.1, fuelLitresPerHour: 0, meanKmBetweenFailures: 0, meanRepairHours: 24)
        let phase = Timeline.Phase(id: "operation", kind: .other, startMinute: 0, endMinute: days * 1_440,
                                   incidentIntensity: 1, guardDuties: [], allowancePerPersonDayRupiah: nil)
        var budget = Budget(totalRupiah: 1_000_000_000_000, lines: [.init(kind: .allowance, rupiah: 1_000_000_000)])
        budget.fuelPriceRupiahPerLitre = [.pertalite: 10_000, .pertamax: 13_500, .dexlite: 14_900, .solar: 6_800]
        return Scenario(
            name: "fixture", description: "", seed: 7,
            district: .init(name: "Kecil", province: "Kalbar", areaKm2: 100),
            posts: posts, tps: tps, force: force, vehicles: [car], budget: budget,
            timeline: Timeline(electionDay: "2024-02-14", utcOffsetHours: 7, phases: [phase], escorts: []),
            incidents: IncidentModel(types: [type], hourlyProfile: IncidentModel.flatProfile,
                                     riskWeights: [.kurangRawan: 1, .rawan: 3, .sangatRawan: 6, .khusus: 4], contagion: .off),
            contingencies: [], dispatch: dispatch,
            security: SecurityPattern(ratios: SecurityPattern.practice2024),
            travelTimes: [], files: .init(main: "", tps: "", posts: nil, travelTimes: nil))
    }

    /// `n` TPS standing at the posts: every journey takes no time.
    static func atPosts(_ n: Int) -> [(east: Double, north: Double)] { Array(repeating: (0, 0), count: n) }

    static func incidentType(id: String = "dispute", severity: Int = 2, responders: Int = 1,
                             timeOnScene: DurationDistribution = .exponential(meanMinutes: 30),
                             ratePerSiteDay: Double = 0, escalation: IncidentType.Escalation? = nil) -> IncidentType {
        IncidentType(id: id, name: id, site: .tps, severity: severity, responders: responders, timeOnScene: timeOnScene,
                     ratePerSiteDay: ratePerSiteDay, phaseFactors: [:], escalation: escalation)
    }

    /// A plan with `reserve` personnel and `cars` cars at the Polsek (post 1), `hqReserve` and
    /// `hqCars` at the Polres HQ (post 0), no guards, one reserve shift a day.
    static func plan(_ scenario: Scenario, reserve: Int, cars: Int = 100, hqReserve: Int = 0, hqCars: Int = 0,
                     patrol: Int = 0) -> DeploymentPlan {
        var shifts = DeploymentPlan.ShiftPattern()
        shifts.reserveShiftsPerDay = 1
        return DeploymentPlan(
            strategy: "fixture", guardGroups: [], tpsGuardGroup: [Int32](repeating: -1, count: scenario.tps.count),
            posts: [
                .init(post: 0, reservePersonnel: hqReserve, patrolPersonnel: 0, vehicles: [hqCars]),
                .init(post: 1, reservePersonnel: reserve, patrolPersonnel: patrol, vehicles: [cars]),
            ],
            shifts: shifts)
    }

    /// The Ketapang reference scenario from the repository.
    static func ketapang() throws -> Scenario {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Scenario.load(path: root.appendingPathComponent("scenarios/ketapang/scenario.yaml").path)
    }

    /// The column of a KPI by name (the test fails loudly on a typo).
    static func kpi(_ result: ReplicationResult, _ name: String) -> Double {
        guard let column = KPI.column(named: name) else { fatalError("no KPI named \(name)") }
        return result.kpis[column]
    }
}
